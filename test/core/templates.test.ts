import { describe, expect, it } from "vitest";
import { parseInterviewNote } from "../../src/core/note";
import { defaultSettings } from "../../src/core/settings";
import {
  BUILTIN_TEMPLATES,
  PLACEHOLDERS,
  TEMPLATE_IDS,
  TEMPLATES,
  THANKS_SENTENCE,
  fillPlaceholders,
  followUpEmailTemplate,
  placeholderValues,
  renderTemplate,
  splitSubject,
  stripFrontmatter,
  toCallout,
} from "../../src/core/templates";
import type { TemplateId } from "../../src/core/types";
import { aNote } from "../support/note-builder";
import { TODAY, emptyNote, fullFrontmatter, fullNote, fullSettings, noteOf, render, renderEmpty, renderFull, statusOf } from "./templates-fixtures";
import { US } from "../support/day-formats";

/** Nothing a missing value could leave behind. */
function expectNoGaps(text: string): void {
  expect(text).not.toMatch(/undefined|null|NaN|\[object/);
  expect(text).not.toMatch(/\{\{|\}\}/);
  expect(text).not.toMatch(/ ,| \.(?!\.)|\( \)|  +\S|(?:Dear|Hi|Hello)\s+,|Dear,/);
  expect(text).not.toMatch(/\n\n\n/);
  expect(text).not.toMatch(/[ \t]+$/m);
}

const EMAILS: TemplateId[] = ["thank-you", "follow-up-1", "follow-up-2", "rejection-reply"];

/** The callout's title line without "> [!note] ". */
const calloutTitle = (markdown: string): string => markdown.split("\n")[0].replace(/^> \[!note\] /, "");

describe("every template renders a full note and an empty one", () => {
  for (const id of TEMPLATE_IDS) {
    it(`${id}: no gaps in a full note; placeholders, never a gap, in an empty one`, () => {
      const full = renderFull(id);
      expectNoGaps(full.markdown);
      expect(full.unknown).toEqual([]);
      expect(full.markdown).not.toMatch(/\[(?:role|company|your name|interview day|interviewer's name|something specific you discussed)\]/);
      const empty = renderEmpty(id);
      expectNoGaps(empty.markdown);
      expect(empty.markdown).toContain("[your name]");
      expect(empty.markdown).toContain("[role]");
    });
    it(`${id}: is one valid callout (every line quoted, blank lines as ">")`, () => {
      for (const r of [renderFull(id), renderEmpty(id)]) {
        expect(r.markdown.endsWith("\n")).toBe(true);
        const lines = r.markdown.slice(0, -1).split("\n");
        expect(lines[0]).toMatch(/^> \[!note\] .* — Wed, Nov 25, 2026$/);
        for (const l of lines.slice(1)) expect(l === ">" || l.startsWith("> ")).toBe(true);
      }
    });
  }

  it("emails have a Subject line; scripts do not", () => {
    for (const id of TEMPLATE_IDS) {
      const r = renderFull(id);
      if (EMAILS.includes(id)) {
        expect(r.subject, id).not.toBeNull();
        expect(r.markdown).toContain(`> Subject: ${r.subject}\n>\n`);
        expect(r.body).not.toMatch(/^Subject:/m);
      } else {
        expect(r.subject, id).toBeNull();
      }
      expect(TEMPLATES[id].email).toBe(EMAILS.includes(id));
    }
  });

  it("callout titles: follow-ups carry their number and say how to send them; other messages their title", () => {
    expect(calloutTitle(renderFull("thank-you").markdown)).toBe("Thank-you email — Wed, Nov 25, 2026");
    expect(calloutTitle(renderFull("follow-up-1").markdown)).toBe("Follow-up 1 — a new email — Wed, Nov 25, 2026");
    expect(renderFull("follow-up-1").title).toBe("Follow-up 1");
    expect(calloutTitle(renderFull("phone-script").markdown)).toBe("Phone script — Wed, Nov 25, 2026");
    expect(calloutTitle(renderFull("rejection-reply").markdown)).toBe("Reply to a rejection — a reply in their thread — Wed, Nov 25, 2026");
    // Two unanswered emails: the next one is follow-up 3.
    const twice = noteOf(fullFrontmatter().thanked("2026-11-18").emailed("2026-11-25").emailed("2026-12-03"));
    const third = render("follow-up-2", twice, "2026-12-10");
    expect(statusOf(twice, "2026-12-10").attempt).toBe(3);
    expect(third.title).toBe("Follow-up 3");
    expect(calloutTitle(third.markdown)).toBe("Follow-up 3 — a new email — Thu, Dec 10, 2026");
    // LinkedIn as their channel: the same text, sent as a LinkedIn message.
    const linkedin = noteOf(fullFrontmatter().thanked("2026-11-18").set("preferred_channel", "linkedin"));
    expect(calloutTitle(render("follow-up-1", linkedin).markdown)).toBe("Follow-up 1 — a LinkedIn message — Wed, Nov 25, 2026");
    // Without a readable interview day the number is unknown and left out, never "undefined".
    expect(calloutTitle(renderEmpty("follow-up-2").markdown)).toBe("Follow-up — a new email — Wed, Nov 25, 2026");
  });

  it("a follow-up's number is its place since their last answer, also when the status is not a follow-up", () => {
    const note = noteOf(fullFrontmatter().thanked("2026-11-18").emailed("2026-11-25"));
    // Two days after the email the status is "waiting": the number still counts the email.
    expect(renderTemplate("follow-up-2", note, null, fullSettings(), "2026-11-27", US).title).toBe("Follow-up 2");
    const replied = noteOf(fullFrontmatter().thanked("2026-11-18").emailed("2026-11-25").set("last_reply", "2026-11-26"));
    expect(renderTemplate("follow-up-1", replied, null, fullSettings(), "2026-12-03", US).title).toBe("Follow-up 1");
  });
});

describe("spec §5 checklist, item by item", () => {
  it("thank-you: subject names a thank-you for the role; greeting; thanks; highlight; interest; sign-off", () => {
    const r = renderFull("thank-you");
    expect(r.subject).toBe("Thank you — Data Analyst interview");
    expect(r.body).toMatch(/^Dear Dana,/);
    expect(r.body).toMatch(/Thank you for meeting with me on Wednesday, November 18 to discuss the Data Analyst position at Northwind Traders\./);
    expect(r.body).toContain("our conversation about the new forecasting dashboard");
    expect(r.body).toMatch(/more interested in the role/);
    expect(r.body).toMatch(/Best regards,\nSam Okafor\nsam@example.org · \+44 20 7946 0018$/);
  });

  it("thank-you without an interviewer greets the Hiring Manager; without a highlight shows the placeholder", () => {
    const r = renderEmpty("thank-you");
    expect(r.body).toMatch(/^Dear Hiring Manager,/);
    expect(r.body).toContain("[something specific you discussed]");
    expect(r.body).toContain("[company]");
    expect(r.subject).toBe("Thank you — [role] interview");
  });

  it("follow-up-1 says more than the thank-you: the occasion, the highlight, what draws you, next steps, an offer", () => {
    const r = renderFull("follow-up-1");
    expect(r.subject).toBe("Sam Okafor — Data Analyst — interview follow-up");
    expect(r.body).toContain("It has been a week since my interview for the Data Analyst position at Northwind Traders on Wednesday, November 18");
    expect(r.body).toMatch(/still very interested in the role/);
    expect(r.body).toContain("Our conversation about the new forecasting dashboard has stayed with me");
    // What draws you to the role is yours to write: the gap is visible.
    expect(r.body).toContain("what draws me most is [one line on what draws you to the role or the company]");
    expect(r.body).toMatch(/what the next steps are\?/);
    expect(r.body).toMatch(/If you need anything else from me, such as references or work samples/);
    expect(r.body).toMatch(/Best regards,\nSam Okafor/);
    expect(r.body.length).toBeGreaterThan(renderFull("thank-you").body.length);
    expect(renderEmpty("follow-up-1").subject).toBe("[your name] — [role] — interview follow-up");
  });

  it("follow-up-2: a subject for a new email (no Re:); the occasion; filled? when? interest; never reproachful", () => {
    const note = noteOf(fullFrontmatter().thanked("2026-11-18").emailed("2026-11-25"));
    const r = render("follow-up-2", note, "2026-12-03");
    expect(r.subject).toBe("Sam Okafor — Data Analyst — checking in");
    expect(r.subject).not.toMatch(/^re:/i);
    expect(TEMPLATES["follow-up-2"].sendAs).toBe("new email");
    expect(r.body).toContain("It has been more than a week since my email of Wednesday, November 25, so I am checking in again");
    expect(r.body).toContain("Wednesday, November 18");
    expect(r.body).toMatch(/whether the position has been filled, and when you expect to decide\?/);
    expect(r.body).toMatch(/keen on the role/);
    expect(r.body).toMatch(/Kind regards,\nSam Okafor/);
    const reproach = /haven't heard|have not heard|no response|no reply|not replied|still waiting|chase|ignored|as I said|once again|again and again|why/i;
    for (const id of ["follow-up-1", "follow-up-2"] as const) {
      for (const n of [note, fullNote(), emptyNote()]) expect(render(id, n, "2026-12-03").body, id).not.toMatch(reproach);
    }
  });

  it("the rejection reply is the one email meant as a reply in their thread", () => {
    for (const id of EMAILS) {
      const r = renderFull(id);
      expect(TEMPLATES[id].sendAs, id).toBe(id === "rejection-reply" ? "reply" : "new email");
      expect(/^Re:/.test(r.subject ?? ""), id).toBe(id === "rejection-reply");
    }
  });

  it("phone-script: name, role, day, occasion; interest; every branch; check-back day said back; thanks; things not to say", () => {
    const r = renderFull("phone-script");
    expect(r.body).toContain('"Hi Dana, this is Sam Okafor. I interviewed for the Data Analyst position on Wednesday, November 18.');
    expect(r.body).toContain("It's been a week since the interview, so I'm calling to see where things stand.");
    expect(r.body).toMatch(/still very interested/);
    expect(r.body).toMatch(/"Have you reached a decision on the position\?"/);
    expect(r.body).toMatch(/\*\*Not yet:\*\*.*any questions or concerns about my candidacy that I can answer, or anything else I can send you\?/);
    const other = /\*\*They went another direction:\*\*(.*)/.exec(r.body)?.[1] ?? "";
    expect(other).toMatch(/sorry to hear/);
    expect(other).toMatch(/would have enjoyed working with you/);
    expect(other).toMatch(/keep me in mind/);
    expect(other).toMatch(/Thank you for considering me/);
    expect(r.body).toMatch(/\*\*They chose you:\*\*.*What are the next steps/);
    expect(r.body).toMatch(/"When would be a good day for me to check back with you\?" Say the day back to them/);
    expect(r.body).toMatch(/Thank you for your time/);
    const notToSay = r.body.split("**Things not to say**")[1];
    expect(notToSay).toMatch(/desperate/);
    expect(notToSay).toMatch(/pressure/i);
  });

  it("voicemail: name, role, day, one liked thing, asks for an update and a call back, the number twice, the next step", () => {
    const r = renderFull("voicemail");
    expect(r.body).toContain("Hi Dana, this is Sam Okafor");
    expect(r.body).toContain("Data Analyst position at Northwind Traders on Wednesday, November 18");
    expect(r.body).toContain("our conversation about the new forecasting dashboard");
    expect(r.body).toMatch(/ask for an update/);
    expect(r.body).toMatch(/call me back/);
    expect(r.body.split("+44 20 7946 0018")).toHaveLength(3);
    expect(r.body).toMatch(/\nReminder: if they don't call back, send a short email between Fri, Nov 27 and Mon, Nov 30 \(follow-up 2, R6b\)\.$/);
    expect(renderEmpty("voicemail").body).toContain("My number is [your phone]. Again, that's [your phone].");
  });

  it("message-with-colleague: the same, left with someone else, asking them to pass it on", () => {
    const r = renderFull("message-with-colleague");
    expect(r.body).toMatch(/pass a message on to Dana Reyes/);
    expect(r.body).toContain("Data Analyst position at Northwind Traders on Wednesday, November 18");
    expect(r.body).toMatch(/ask for an update/);
    expect(r.body).toContain("Please tell Dana that I enjoyed our conversation about the new forecasting dashboard");
    expect(r.body.split("+44 20 7946 0018")).toHaveLength(3);
    expect(r.body).toMatch(/Thank you for passing it on/);
    expect(r.body).toMatch(/\nReminder: if they don't call back, send a short email between Fri, Nov 27 and Mon, Nov 30 \(follow-up 2, R6b\)\.$/);
  });

  it("rejection-reply: thanks, regret, keep me in mind, a good last note", () => {
    const r = renderFull("rejection-reply");
    expect(r.subject).toMatch(/^Re: /);
    expect(r.body).toMatch(/Thank you for letting me know/);
    expect(r.body).toMatch(/sorry it did not work out/);
    expect(r.body).toMatch(/kept me in mind for future openings/);
    expect(r.body).toMatch(/all the best/);
  });

  it("the sentence of thanks appears in follow-up-1, follow-up-2 and the phone script only while pending", () => {
    const note = fullNote();
    const pending = statusOf(note);
    expect(pending.thankYouPending).toBe(true);
    expect(THANKS_SENTENCE).not.toMatch(/again/); // no thank-you has been sent yet
    const thanked = noteOf(fullFrontmatter().thanked("2026-11-18"));
    const notPending = statusOf(thanked);
    expect(notPending.thankYouPending).toBe(false);
    for (const id of ["follow-up-1", "follow-up-2", "phone-script"] as const) {
      const body = renderTemplate(id, note, pending, fullSettings(), TODAY, US).body;
      expect(body.split(THANKS_SENTENCE), id).toHaveLength(2); // exactly one sentence
      const without = renderTemplate(id, thanked, notPending, fullSettings(), TODAY, US).body;
      expect(without, id).not.toContain(THANKS_SENTENCE);
      expectNoGaps(without);
    }
    for (const id of ["thank-you", "voicemail", "message-with-colleague", "rejection-reply"] as const) {
      expect(renderTemplate(id, note, pending, fullSettings(), TODAY, US).body, id).not.toContain(THANKS_SENTENCE);
    }
  });

  it("values from the note are used as written: unicode, quotes, a multi-line signature", () => {
    const note = parseInterviewNote(
      { company: "Ünïcode & Co", role: 'Lead "Ops"', interviewer: "Zoë Ñúñez", interview_date: "2026-02-28" },
      "u.md",
    );
    const s = fullSettings();
    s.signature = "Sam\r\nLine two\n\n";
    const r = renderTemplate("thank-you", note, null, s, "2026-03-02", US);
    expect(r.body).toMatch(/^Dear Zoë,/);
    expect(r.body).toContain('the Lead "Ops" position at Ünïcode & Co');
    expect(r.body).toContain("Saturday, February 28");
    expect(r.body.endsWith("Sam Okafor\nSam\nLine two")).toBe(true);
    expect(r.markdown).toContain("> [!note] Thank-you email — Mon, Mar 2, 2026\n");
  });
});

/** The sentences of a message's body between its greeting and its sign-off. */
function bodySentences(body: string): string[] {
  const lines = body.split("\n");
  const start = lines.findIndex((l) => /^Dear .*,$/.test(l)) + 1;
  const end = lines.findIndex((l) => /^(?:Best|Kind) regards,$/.test(l));
  return lines
    .slice(start, end)
    .join(" ")
    .match(/[^.?!]+[.?!]+/g)!
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

const words = (sentence: string): string[] => sentence.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

describe("thank-you: short and specific", () => {
  const notes = [
    fullNote(),
    noteOf(fullFrontmatter().set("highlight", "the team's move from nightly batches to streaming").set("company", "Acme Analytics")),
    noteOf(fullFrontmatter().set("highlight", "how the support team triages tickets").set("role", "Support Engineer").set("company", "Globex")),
    noteOf(fullFrontmatter().set("highlight", "your plans for the design system").set("role", "Product Designer").set("company", "Initech").set("interviewer", "Priya Nair")),
    noteOf(aNote().set("role", "Nurse").set("company", "St Mary's Hospital").set("highlight", "the night-shift handover")),
    emptyNote(),
  ];

  it("no word three times in any two sentences in a row", () => {
    for (const note of notes) {
      const sentences = bodySentences(renderTemplate("thank-you", note, null, fullSettings(), TODAY, US).body);
      expect(sentences.length).toBeGreaterThanOrEqual(3);
      for (let i = 0; i + 1 < sentences.length; i++) {
        const counts = new Map<string, number>();
        for (const w of [...words(sentences[i]), ...words(sentences[i + 1])]) counts.set(w, (counts.get(w) ?? 0) + 1);
        const thrice = [...counts].filter(([, n]) => n >= 3).map(([w]) => w);
        expect(thrice, `${note.company}: "${sentences[i]} ${sentences[i + 1]}"`).toEqual([]);
      }
    }
  });

  it("the check itself catches a word said three times", () => {
    const counts = new Map<string, number>();
    for (const w of words("I enjoyed the talk about the team. The role suits me.")) counts.set(w, (counts.get(w) ?? 0) + 1);
    expect(counts.get("the")).toBe(3);
  });

  it("no filler, and at most four sentences", () => {
    const filler = /hope this (?:email|message) finds you|just wanted|touch base|reach out|circle back|at your earliest convenience|don't hesitate|do not hesitate|i wanted to|per my|as per|needless to say|to be honest/i;
    for (const note of notes) {
      const body = renderTemplate("thank-you", note, null, fullSettings(), TODAY, US).body;
      expect(body).not.toMatch(filler);
      expect(bodySentences(body).length).toBeLessThanOrEqual(4);
    }
  });
});

describe("fillPlaceholders", () => {
  it("fills known values, case- and space-insensitively", () => {
    const r = fillPlaceholders("Hi {{interviewer}}, {{ Company }} / {{ROLE}}", { interviewer: "Ana", company: "Acme", role: "Dev" });
    expect(r).toEqual({ text: "Hi Ana, Acme / Dev", unknown: [] });
  });

  it("keeps an unknown placeholder exactly as written and names it once", () => {
    const r = fillPlaceholders("{{salary}} and {{ salary }} and {{company}}", { company: "Acme" });
    expect(r.text).toBe("{{salary}} and {{ salary }} and Acme");
    expect(r.unknown).toEqual(["salary"]);
  });

  it("shows the bracket placeholder for a missing value (null, undefined or blank)", () => {
    const r = fillPlaceholders("{{interviewer}}|{{company}}|{{role}}|{{your_name}}|{{your_phone}}|{{highlight}}|{{custom_x}}", {
      interviewer: null,
      company: undefined,
      role: "   ",
      your_name: null,
      your_phone: null,
      highlight: null,
      custom_x: null,
    });
    expect(r.text).toBe(
      "[interviewer's name]|[company]|[role]|[your name]|[your phone]|[something specific you discussed]|[custom x]",
    );
  });

  it("an empty string means nothing: a line of it is dropped, inline it takes one space", () => {
    const values = { thanks_sentence: "", signature: "", company: "Acme" };
    expect(fillPlaceholders("A\n\n{{thanks_sentence}}\n\nB", values).text).toBe("A\n\nB");
    expect(fillPlaceholders("{{thanks_sentence}} I write.", values).text).toBe("I write.");
    expect(fillPlaceholders("One. {{thanks_sentence}} Two.", values).text).toBe("One. Two.");
    expect(fillPlaceholders("End {{thanks_sentence}}", values).text).toBe("End");
    expect(fillPlaceholders("Name\n{{signature}}\n", values).text).toBe("Name\n");
    expect(fillPlaceholders("{{company}}{{signature}}!", values).text).toBe("Acme!");
  });

  it("does not treat replacement patterns in values specially", () => {
    expect(fillPlaceholders("{{company}}", { company: "$& $1 {{role}}" }).text).toBe("$& $1 {{role}}");
  });

  it("every documented placeholder has a value, and the built-ins use only documented ones", () => {
    const values = placeholderValues(fullNote(), null, fullSettings(), TODAY, US);
    expect(Object.keys(values).sort()).toEqual(PLACEHOLDERS.map((p) => p.name).sort());
    for (const id of TEMPLATE_IDS) expect(fillPlaceholders(BUILTIN_TEMPLATES[id], values).unknown, id).toEqual([]);
    expect(values.interview_day).toBe("Wednesday, November 18");
    expect(values.interview_date).toBe("2026-11-18");
    expect(values.today).toBe(TODAY);
    expect(values.stage).toBeNull();
  });
});

describe("user templates", () => {
  const userTemplate = `---
tags: [template]
---
Subject: Checking in — {{role}} at {{company}}

Hello {{interviewer}},

{{thanks_sentence}}
It was {{interview_day}} ({{interview_date}}), {{stage}} stage. {{mystery}}

{{your_name}} · {{your_email}} · {{your_phone}}
{{signature}}
`;

  it("strips frontmatter, takes the first Subject line, fills and names unknowns", () => {
    const note = fullNote();
    const r = renderTemplate("follow-up-1", note, statusOf(note), fullSettings(), TODAY, US, userTemplate);
    expect(r.subject).toBe("Checking in — Data Analyst at Northwind Traders");
    expect(r.body).toBe(
      [
        "Hello Dana Reyes,",
        "",
        THANKS_SENTENCE,
        "It was Wednesday, November 18 (2026-11-18), first stage. {{mystery}}",
        "",
        "Sam Okafor · sam@example.org · +44 20 7946 0018",
        "sam@example.org · +44 20 7946 0018",
      ].join("\n"),
    );
    expect(r.unknown).toEqual(["mystery"]);
    expect(r.markdown.startsWith("> [!note] Follow-up 1 — a new email — Wed, Nov 25, 2026\n> Subject: Checking in")).toBe(true);
  });

  it("the new placeholders work in a user's own template: greeting, spoken name, occasion, number, next step", () => {
    const note = noteOf(fullFrontmatter().thanked("2026-11-18").attempt("2026-11-26", "voicemail").set("greeting", "Ms. Reyes"));
    const own = "Subject: Follow-up {{follow_up_number}}\n\nDear {{greeting_name}} ({{spoken_name}}),\n\n{{occasion}}\n{{occasion_spoken}}\n\n{{next_step}}\n";
    const r = render("follow-up-1", note, "2026-11-30", fullSettings(), own);
    expect(r.unknown).toEqual([]);
    expect(r.subject).toBe("Follow-up 2");
    expect(r.body).toBe(
      [
        "Dear Ms. Reyes (Ms. Reyes),",
        "",
        "I left you a voicemail on Thursday, November 26 and am following up in writing about the Data Analyst position at Northwind Traders, for which I interviewed on Wednesday, November 18.",
        "I left you a voicemail on Thursday, November 26, so I thought I'd try you again.",
        "",
        "Reminder: if they don't call back, send a short email between Wed, Dec 2 and Thu, Dec 3 (follow-up 3, R6b).",
      ].join("\n"),
    );
  });

  it("missing values show their placeholders; CRLF and a BOM are handled", () => {
    const r = renderTemplate("thank-you", emptyNote(), null, defaultSettings(), TODAY, US, `\uFEFF---\r\na: 1\r\n---\r\n${userTemplate.replace(/\n/g, "\r\n")}`);
    expect(r.body).not.toContain("\r");
    expect(r.body).toContain("Hello [interviewer's name],");
    expect(r.body).toContain("It was [interview day] ([interview date]), first stage.");
    expect(r.body).toContain("[your name] · [your email] · [your phone]");
    expect(r.body).not.toContain(THANKS_SENTENCE);
  });

  it("a template without a Subject line has no subject; a value never becomes the subject", () => {
    const note = parseInterviewNote({ company: "Subject: gotcha", interview_date: "2026-11-18" }, "x.md");
    const r = renderTemplate("voicemail", note, null, defaultSettings(), TODAY, US, "{{company}}\nHi");
    expect(r.subject).toBeNull();
    expect(r.body).toBe("Subject: gotcha\nHi");
  });

  it("stripFrontmatter and splitSubject", () => {
    expect(stripFrontmatter("---\na: 1\n---\nbody")).toBe("body");
    expect(stripFrontmatter("---\n---\nbody")).toBe("body");
    expect(stripFrontmatter("no fm\n---\nx\n---\n")).toBe("no fm\n---\nx\n---\n");
    expect(splitSubject("\n\nsubject:  Hi there \n\nBody\n\n")).toEqual({ subject: "Hi there", body: "Body" });
    expect(splitSubject("Body only")).toEqual({ subject: null, body: "Body only" });
  });

  it("toCallout quotes every line", () => {
    expect(toCallout("T", "S", "a\n\nb")).toBe("> [!note] T\n> Subject: S\n>\n> a\n>\n> b\n");
  });
});

describe("followUpEmailTemplate (Insert follow-up email)", () => {
  it("uses the status's follow-up template when it names one", () => {
    const note = fullNote();
    expect(followUpEmailTemplate(note, { ...statusOf(note), template: "follow-up-2" }, TODAY)).toBe("follow-up-2");
    expect(followUpEmailTemplate(note, { ...statusOf(note), template: "follow-up-1" }, TODAY)).toBe("follow-up-1");
  });
  it("otherwise picks -2 when an unanswered email or LinkedIn message exists", () => {
    const emailed = parseInterviewNote(aNote().emailed("2026-11-25").build(), "a.md");
    expect(followUpEmailTemplate(emailed, { ...statusOf(emailed), template: "phone-script" }, TODAY)).toBe("follow-up-2");
    expect(followUpEmailTemplate(emailed, null, TODAY)).toBe("follow-up-2");
    const replied = parseInterviewNote(aNote().emailed("2026-11-25").set("last_reply", "2026-11-26").build(), "a.md");
    expect(followUpEmailTemplate(replied, null, TODAY)).toBe("follow-up-1");
    const voicemail = parseInterviewNote(aNote().attempt("2026-11-25", "voicemail").build(), "a.md");
    expect(followUpEmailTemplate(voicemail, null, TODAY)).toBe("follow-up-1");
    const called = parseInterviewNote(aNote().emailed("2026-11-24").attempt("2026-11-25", "phone").build(), "a.md");
    expect(followUpEmailTemplate(called, null, TODAY)).toBe("follow-up-1");
    const beforeInterview = parseInterviewNote(aNote().emailed("2026-11-10").build(), "a.md");
    expect(followUpEmailTemplate(beforeInterview, null, TODAY)).toBe("follow-up-1");
  });
  it("an email dated after today was not sent yet: the first follow-up (spec §2)", () => {
    const planned = parseInterviewNote(aNote().interviewedOn("2026-11-18").emailed("2026-12-20").build(), "a.md");
    expect(followUpEmailTemplate(planned, null, "2026-11-19")).toBe("follow-up-1");
    expect(followUpEmailTemplate(planned, null, "2026-12-20")).toBe("follow-up-2");
  });
});
