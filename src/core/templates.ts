/**
 * The messages (spec §5): thank-you, follow-ups, phone script, voicemail, a message left with a
 * colleague and a reply to a rejection. Built-in templates are written in the same placeholder
 * language as the user's own (`{{company}}`), so one filler serves both. Pure: no clock, no I/O.
 */
import { formatLong, formatShort } from "./dates";
import type { FollowUpSettings } from "./settings";
import type { Day, FollowUpStatus, InterviewNote, TemplateId } from "./types";

export const TEMPLATE_IDS: readonly TemplateId[] = [
  "thank-you",
  "follow-up-1",
  "follow-up-2",
  "phone-script",
  "voicemail",
  "message-with-colleague",
  "rejection-reply",
];

export interface TemplateInfo {
  id: TemplateId;
  /** Shown in the callout's title and in notices: "Follow-up email". */
  title: string;
  /** An email (has a subject and can be opened in the email app). */
  email: boolean;
}

export const TEMPLATES: Readonly<Record<TemplateId, TemplateInfo>> = {
  "thank-you": { id: "thank-you", title: "Thank-you email", email: true },
  "follow-up-1": { id: "follow-up-1", title: "Follow-up email", email: true },
  "follow-up-2": { id: "follow-up-2", title: "Second follow-up email", email: true },
  "phone-script": { id: "phone-script", title: "Phone script", email: false },
  voicemail: { id: "voicemail", title: "Voicemail", email: false },
  "message-with-colleague": { id: "message-with-colleague", title: "Message with a colleague", email: false },
  "rejection-reply": { id: "rejection-reply", title: "Reply to a rejection", email: true },
};

export function isTemplateId(value: string): value is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(value);
}

/** One placeholder of the template language. */
export interface PlaceholderInfo {
  name: string;
  description: string;
  /** What a missing value shows instead, so the gap stays visible. */
  missing: string;
}

/** Every placeholder a template may use, with what it is filled from. The README lists these. */
export const PLACEHOLDERS: readonly PlaceholderInfo[] = [
  { name: "company", description: "The employer (`company`).", missing: "[company]" },
  { name: "role", description: "The job title (`role`).", missing: "[role]" },
  { name: "interviewer", description: "The interviewer's name (`interviewer`).", missing: "[interviewer's name]" },
  {
    name: "greeting_name",
    description: 'The interviewer\'s name, or "Hiring Manager" when the note has none (for greetings).',
    missing: "Hiring Manager",
  },
  { name: "interviewer_email", description: "Their email address (`interviewer_email`).", missing: "[interviewer's email]" },
  { name: "interviewer_phone", description: "Their phone number (`interviewer_phone`).", missing: "[interviewer's phone]" },
  { name: "interview_day", description: 'The interview day as people write it: "Wednesday, 18 November".', missing: "[interview day]" },
  { name: "interview_date", description: "The interview day as `YYYY-MM-DD`.", missing: "[interview date]" },
  { name: "highlight", description: "One specific thing from the interview (`highlight`).", missing: "[something specific you discussed]" },
  { name: "stage", description: "The interview stage (`stage`); `first` when not set.", missing: "first" },
  { name: "your_name", description: "Your name (settings).", missing: "[your name]" },
  { name: "your_email", description: "Your email address (settings).", missing: "[your email]" },
  { name: "your_phone", description: "Your phone number (settings).", missing: "[your phone]" },
  { name: "signature", description: "Your signature (settings); nothing when not set.", missing: "" },
  { name: "today", description: "Today as `YYYY-MM-DD`.", missing: "[today]" },
  {
    name: "thanks_sentence",
    description: "One sentence of thanks for the interview while the thank-you is still unsent; otherwise nothing.",
    missing: "",
  },
];

const MISSING: ReadonlyMap<string, string> = new Map(PLACEHOLDERS.map((p) => [p.name, p.missing]));

/** Values by placeholder name: a string is used as is (`""` = intentionally nothing), null = missing. */
export type PlaceholderValues = Readonly<Record<string, string | null | undefined>>;

/** The one sentence of thanks added while the thank-you is unsent. */
export const THANKS_SENTENCE = "Thank you again for taking the time to interview me.";

const PLACEHOLDER_RE = /( ?)\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}( ?)/g;
const HAS_PLACEHOLDER_RE = /\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\}/;

/**
 * Fills `{{name}}` placeholders. A name without an entry in `values` is unknown: it stays
 * visible exactly as written and is listed in `unknown` (once, in order of appearance). A value
 * that is null, undefined or blank is missing and shows its `[bracket]` placeholder. An empty
 * string means "nothing here": a line left holding only such placeholders is dropped (with one
 * of the blank lines around it), and an inline one takes one neighbouring space with it.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const lines = text.split("\n");
  const out: string[] = [];
  let dropBlankAfter = false;
  for (const line of lines) {
    if (!HAS_PLACEHOLDER_RE.test(line)) {
      if (dropBlankAfter && line.trim() === "") {
        dropBlankAfter = false;
        continue;
      }
      dropBlankAfter = false;
      out.push(line);
      continue;
    }
    let onlyEmpties = true;
    const filled = line.replace(PLACEHOLDER_RE, (whole: string, before: string, rawName: string, after: string) => {
      const name = rawName.toLowerCase();
      if (!Object.prototype.hasOwnProperty.call(values, name)) {
        if (!unknown.includes(rawName)) unknown.push(rawName);
        onlyEmpties = false;
        return whole;
      }
      const value = values[name];
      if (value === "") {
        return before !== "" && after !== "" ? " " : "";
      }
      onlyEmpties = false;
      const shown = value === null || value === undefined || value.trim() === "" ? (MISSING.get(name) ?? `[${name.replace(/_/g, " ")}]`) : value;
      return `${before}${shown}${after}`;
    });
    if (onlyEmpties && filled.trim() === "") {
      // The whole line was empty placeholders: drop it, and one blank line if it sat between two.
      const prevBlank = out.length === 0 || out[out.length - 1].trim() === "";
      dropBlankAfter = prevBlank;
      continue;
    }
    dropBlankAfter = false;
    out.push(filled);
  }
  return { text: out.join("\n"), unknown };
}

/** The values the placeholders take for one note. */
export function placeholderValues(
  note: InterviewNote,
  status: FollowUpStatus | null,
  settings: FollowUpSettings,
  today: Day,
): Record<string, string | null> {
  const interviewDay = note.interview?.day ?? null;
  const blank = (s: string | null | undefined): string | null => (s === null || s === undefined || s.trim() === "" ? null : s.trim());
  return {
    company: blank(note.company),
    role: blank(note.role),
    interviewer: blank(note.interviewer),
    greeting_name: blank(note.interviewer),
    interviewer_email: blank(note.interviewerEmail),
    interviewer_phone: blank(note.interviewerPhone),
    interview_day: interviewDay ? formatLong(interviewDay) : null,
    interview_date: interviewDay,
    highlight: blank(note.highlight),
    stage: blank(note.stage),
    your_name: blank(settings.yourName),
    your_email: blank(settings.yourEmail),
    your_phone: blank(settings.yourPhone),
    signature: settings.signature.trim() === "" ? "" : settings.signature.replace(/\r\n?/g, "\n").replace(/\s+$/, ""),
    today,
    thanks_sentence: status?.thankYouPending ? THANKS_SENTENCE : "",
  };
}

const SIGN_OFF = (closing: string): string => `${closing},\n{{your_name}}\n{{signature}}`;

/**
 * The built-in templates, in the placeholder language. An email's first line is its
 * `Subject:`. Users may copy one into their templates folder as a starting point.
 */
export const BUILTIN_TEMPLATES: Readonly<Record<TemplateId, string>> = {
  "thank-you": `Subject: Thank you — {{role}} interview

Dear {{greeting_name}},

Thank you for taking the time to meet with me on {{interview_day}} to talk about the {{role}} role at {{company}}. I especially enjoyed talking about {{highlight}}; it gave me a clear picture of the work and the team.

Our conversation made me even more interested in the role, and I would be glad to bring my experience to {{company}}. If there is anything else I can send you, please let me know.

${SIGN_OFF("Best regards")}
`,

  "follow-up-1": `Subject: {{your_name}} — {{role}} — interview follow-up

Dear {{greeting_name}},

{{thanks_sentence}} I am writing to follow up on my interview for the {{role}} position at {{company}} on {{interview_day}}.

I am still very interested in the role. Could you share an update on the next steps in your process?

If there is anything else you need from me, such as references or work samples, I am happy to send it.

${SIGN_OFF("Best regards")}
`,

  "follow-up-2": `Subject: Re: {{your_name}} — {{role}} — interview follow-up

Dear {{greeting_name}},

{{thanks_sentence}} I am checking in again about the {{role}} position at {{company}}, for which I interviewed on {{interview_day}}. I have not heard any news since my last message.

Could you let me know whether the position has been filled, and when you expect to make a decision?

I remain keen on the role and on the chance to contribute to {{company}}.

${SIGN_OFF("Kind regards")}
`,

  "phone-script": `**Opening**
"Hello, this is {{your_name}}. Could I speak with {{interviewer}}, please?"
"Hi {{interviewer}}, it's {{your_name}}. I interviewed for the {{role}} position on {{interview_day}}. {{thanks_sentence}} I'm calling because I'm still very interested in the role."

**The question**
"Have you come to a decision on the position yet?"
- **Not yet:** "Thank you for telling me. Is there anything else I can provide to help with your decision?"
- **Yes:** "Thank you. Am I still being considered? What would the next step be?"

**Before you hang up**
"When would be a good day for me to check back with you?" Say the day back to them: "Great, I'll get in touch on [that day]."
"Thank you for your time, I appreciate it."

**Things not to say**
- Nothing that sounds desperate: no "I really need this job".
- No pressure: don't push for an answer today or use other offers as leverage.
- No complaints about how long the process is taking.
- Don't call again before the day you agreed.
`,

  voicemail: `"Hello {{interviewer}}, this is {{your_name}}. I interviewed with you for the {{role}} position at {{company}} on {{interview_day}}. I enjoyed our conversation about {{highlight}}, and I'm still very interested in the role. Could you call me back when you have a moment? My number is {{your_phone}}. Again, that's {{your_phone}}. Thank you, and have a good day."

Reminder: if you don't hear back, send a short follow-up email 2–3 business days after this message.
`,

  "message-with-colleague": `"Hello, this is {{your_name}}. Could you pass a message on to {{interviewer}}, please? I interviewed for the {{role}} position at {{company}} on {{interview_day}}, and I'm calling to follow up. I'm still very interested in the role, and I'd be grateful for a call back at {{your_phone}} when it suits. Thank you for passing it on."

Ask the name of the person you spoke to and add it to your note.
Reminder: if you don't hear back, send a short follow-up email 2–3 business days after this message.
`,

  "rejection-reply": `Subject: Re: {{role}} position — thank you

Dear {{greeting_name}},

Thank you for letting me know, and for the time you and the team gave me during the process for the {{role}} position.

I am sorry it did not work out this time; I was genuinely looking forward to the chance of joining {{company}}. I would be grateful if you kept me in mind for future openings that fit my background.

It was a pleasure to meet you, and I wish you and the team all the best.

${SIGN_OFF("Kind regards")}
`,
};

export interface RenderedTemplate {
  id: TemplateId;
  title: string;
  /** The subject line of an email (or of a user template that writes one); else null. */
  subject: string | null;
  /** The message as plain text, without the subject line. */
  body: string;
  /** The whole message as one Markdown callout, ready to insert. Ends with a newline. */
  markdown: string;
  /** Placeholders in a user template that have no value (shown as written). */
  unknown: string[];
}

/** Removes a leading YAML frontmatter block (`---` … `---`) from a user template. */
export function stripFrontmatter(text: string): string {
  const t = text.replace(/^\uFEFF/, "");
  const m = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(t);
  return m ? t.slice(m[0].length) : t;
}

/** Splits off the first `Subject:` line; the body is the rest, trimmed of blank lines around it. */
export function splitSubject(text: string): { subject: string | null; body: string } {
  const lines = text.split("\n");
  const i = lines.findIndex((l) => /^\s*subject\s*:/i.test(l));
  if (i < 0) return { subject: null, body: trimBlankLines(text) };
  const subject = lines[i].replace(/^\s*subject\s*:\s*/i, "").trim();
  lines.splice(i, 1);
  return { subject: subject === "" ? null : subject, body: trimBlankLines(lines.join("\n")) };
}

function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, "").replace(/\s+$/, "");
}

/** "Thu 26 Nov 2026" */
export function formatHeaderDay(day: Day): string {
  return `${formatShort(day)} ${day.slice(0, 4)}`;
}

/** Wraps a message as a callout: every line prefixed `> `, blank lines as `>`. */
export function toCallout(title: string, subject: string | null, body: string): string {
  const lines = [`> [!note] ${title}`];
  const content = subject !== null ? `Subject: ${subject}\n\n${body}` : body;
  for (const line of content.split("\n")) lines.push(line.trim() === "" ? ">" : `> ${line}`);
  return `${lines.join("\n")}\n`;
}

/**
 * Renders one template for one note. `source` is the user's own template text when one
 * overrides the built-in (frontmatter is stripped; the first `Subject:` line is the subject).
 */
export function renderTemplate(
  id: TemplateId,
  note: InterviewNote,
  status: FollowUpStatus | null,
  settings: FollowUpSettings,
  today: Day,
  source?: string | null,
): RenderedTemplate {
  const info = TEMPLATES[id];
  const raw = (source ?? BUILTIN_TEMPLATES[id]).replace(/\r\n?/g, "\n");
  const text = source != null ? stripFrontmatter(raw) : raw;
  // The subject is split off before filling, so no value can pose as a subject line.
  const parts = splitSubject(text);
  const values = placeholderValues(note, status, settings, today);
  const body = fillPlaceholders(parts.body, values);
  const subjectFilled = parts.subject === null ? null : fillPlaceholders(parts.subject, values);
  const subject = subjectFilled === null ? null : subjectFilled.text.replace(/\s+/g, " ").trim() || null;
  const unknown = [...(subjectFilled?.unknown ?? [])];
  for (const u of body.unknown) if (!unknown.includes(u)) unknown.push(u);
  const bodyText = trimBlankLines(body.text);
  const title = `${info.title} — ${formatHeaderDay(today)}`;
  return { id, title: info.title, subject, body: bodyText, markdown: toCallout(title, subject, bodyText), unknown };
}

/**
 * The template "Insert follow-up email" uses: the status's own when it is a follow-up email,
 * else the second follow-up when an unanswered email or LinkedIn message exists.
 */
export function followUpEmailTemplate(note: InterviewNote, status: FollowUpStatus | null): TemplateId {
  if (status?.template === "follow-up-1" || status?.template === "follow-up-2") return status.template;
  const interviewDay = note.interview?.day ?? null;
  let lastReply = note.lastReply;
  for (const a of note.followUps) {
    if ((a.channel === "phone" || a.channel === "in-person") && (lastReply === null || a.day > lastReply)) lastReply = a.day;
  }
  const unanswered = note.followUps.some(
    (a) =>
      (a.channel === "email" || a.channel === "linkedin") &&
      (interviewDay === null || a.day >= interviewDay) &&
      (lastReply === null || a.day > lastReply),
  );
  return unanswered ? "follow-up-2" : "follow-up-1";
}
