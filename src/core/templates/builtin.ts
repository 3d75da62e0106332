/**
 * The built-in messages, in the placeholder language (spec §5). An email's first line is its
 * `Subject:`. All wording is the project's own; docs/messages.md says which advice each part
 * follows. Users may copy one into their templates folder as a starting point.
 */
import type { TemplateId } from "../types";

const SIGN_OFF = (closing: string): string => `${closing},\n{{your_name}}\n{{signature}}`;

export const BUILTIN_TEMPLATES: Readonly<Record<TemplateId, string>> = {
  "thank-you": `Subject: Thank you — {{role}} interview

Dear {{greeting_name}},

Thank you for meeting with me on {{interview_day}} to discuss the {{role}} position at {{company}}. I especially enjoyed our conversation about {{highlight}}.

It left me even more interested in the role, and I would be glad to join {{company}}.

${SIGN_OFF("Best regards")}
`,

  "follow-up-1": `Subject: {{your_name}} — {{role}} — interview follow-up

Dear {{greeting_name}},

{{thanks_sentence}} {{occasion}}

I am still very interested in the role. Our conversation about {{highlight}} has stayed with me, and what draws me most is [one line on what draws you to the role or the company].

Could you let me know how the process is going and what the next steps are?

If you need anything else from me, such as references or work samples, I would be happy to send it.

${SIGN_OFF("Best regards")}
`,

  "follow-up-2": `Subject: {{your_name}} — {{role}} — checking in

Dear {{greeting_name}},

{{thanks_sentence}} {{occasion}}

I understand that a decision like this takes time. Could you let me know whether the position has been filled, and when you expect to decide?

I remain keen on the role and on the chance to join {{company}}, and I would be glad to hear from you either way.

${SIGN_OFF("Kind regards")}
`,

  "phone-script": `**If someone else answers**
"Hello, this is {{your_name}}. Could I speak with {{interviewer_spoken_full}}, please?"

**Opening**
"Hi {{spoken_name}}, this is {{your_name}}. I interviewed for the {{role}} position on {{interview_day}}. {{thanks_sentence}} {{occasion_spoken}} I'm still very interested in the role."

**The question**
"Have you reached a decision on the position?"
- **Not yet:** "Thank you for letting me know. Are there any questions or concerns about my candidacy that I can answer, or anything else I can send you?"
- **They went another direction:** "I'm sorry to hear that. I would have enjoyed working with you and the team, and I hope you'll keep me in mind for future openings. Thank you for considering me."
- **They chose you:** "That's wonderful news, thank you! What are the next steps, and is there anything you need from me?"

**Before you hang up**
"When would be a good day for me to check back with you?" Say the day back to them: "Great, I'll check in on [the day they give]."
"Thank you for your time."
Then log the call (Log a follow-up, phone call) with that day as the agreed check-back day.

**Things not to say**
- Nothing that sounds desperate, such as "I really need this job".
- No pressure: don't push for an answer today or use another offer to hurry them.
- No complaints about how long it is taking or how hard they are to reach.
- Don't call again before the day you agreed.
`,

  voicemail: `"Hi {{spoken_name}}, this is {{your_name}}. I interviewed with you for the {{role}} position at {{company}} on {{interview_day}}, and I enjoyed our conversation about {{highlight}}. I'm calling to ask for an update on where things stand; I'm still very interested in the role. Could you call me back when you have a moment? My number is {{your_phone}}. Again, that's {{your_phone}}. Thank you, and have a good day."

{{next_step}}
`,

  "message-with-colleague": `"Hello, this is {{your_name}}. Could you pass a message on to {{interviewer_spoken_full}}, please? I interviewed for the {{role}} position at {{company}} on {{interview_day}}, and I'm calling to ask for an update. Please tell {{spoken_name}} that I enjoyed our conversation about {{highlight}} and that I'm still very interested in the role. My number is {{your_phone}}. Again, that's {{your_phone}}. Thank you for passing it on."

Ask the name of the person you spoke to, and add it to the note when you log this message.
{{next_step}}
`,

  "rejection-reply": `Subject: Re: {{role}} position — thank you

Dear {{greeting_name}},

Thank you for letting me know, and for the time you and the team gave me during the process for the {{role}} position.

I am sorry it did not work out this time; I was genuinely looking forward to the chance of joining {{company}}. I would be grateful if you kept me in mind for future openings that fit my background.

It was a pleasure to meet you, and I wish you and the team all the best.

${SIGN_OFF("Kind regards")}
`,
};
