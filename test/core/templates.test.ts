import { describe, expect, it } from "vitest";
import { parseInterviewNote } from "../../src/core/note";
import { computeStatus } from "../../src/core/rules";
import { defaultSettings, type FollowUpSettings } from "../../src/core/settings";
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
  type RenderedTemplate,
} from "../../src/core/templates";
import type { FollowUpStatus, InterviewNote, TemplateId } from "../../src/core/types";
import { aNote } from "../support/note-builder";

const TODAY = "2026-11-25";

function fullSettings(): FollowUpSettings {
  const s = defaultSettings();
  s.yourName = "Sam Okafor";
  s.yourEmail = "sam@example.org";
  s.yourPhone = "+44 20 7946 0018";
  s.signature = "sam@example.org · +44 20 7946 0018";
  return s;
}

function fullNote(): InterviewNote {
  const fm = aNote()
    .set("company", "Northwind Traders")
    .set("role", "Data Analyst")
    .set("interviewer", "Dana Reyes")
    .set("interviewer_email", "dana@northwind.example")
    .set("interviewer_phone", "+1 555 0100")
    .set("highlight", "the new forecasting dashboard")
    .interviewedOn("2026-11-18")
    .build();
  return parseInterviewNote(fm, "Interviews/Northwind.md");
}

function statusOf(note: InterviewNote, day = TODAY): FollowUpStatus {
  return computeStatus(note, { day, minutes: 9 * 60 }, { holidays: [], maxAttempts: 3 });
}

const emptyNote = (): InterviewNote => parseInterviewNote({}, "Interviews/Empty.md");

function renderFull(id: TemplateId): RenderedTemplate {
  const note = fullNote();
  return renderTemplate(id, note, statusOf(note), fullSettings(), TODAY);
}

function renderEmpty(id: TemplateId): RenderedTemplate {
  return renderTemplate(id, emptyNote(), null, defaultSettings(), TODAY);
}

/** Nothing a missing value could leave behind. */
function expectNoGaps(text: string): void {
  expect(text).not.toMatch(/undefined|null|NaN|\[object/);
  expect(text).not.toMatch(/\{\{|\}\}/);
  expect(text).not.toMatch(/ ,| \.(?!\.)|\( \)|  +\S|(?:Dear|Hi|Hello)\s+,|Dear,/);
  expect(text).not.toMatch(/\n\n\n/);
  expect(text).not.toMatch(/[ \t]+$/m);
}

const EMAILS: TemplateId[] = ["thank-you", "follow-up-1", "follow-up-2", "rejection-reply"];

describe("every template renders a full note and an empty one", () => {
  for (const id of TEMPLATE_IDS) {
    it(`${id}: full note matches its snapshot and has no gaps`, async () => {
      const r = renderFull(id);
      expectNoGaps(r.markdown);
      expect(r.unknown).toEqual([]);
      await expect(r.markdown).toMatchFileSnapshot(`../snapshots/templates/${id}.full.md`);
    });
    it(`${id}: empty note shows placeholders, never a gap`, async () => {
      const r = renderEmpty(id);
      expectNoGaps(r.markdown);
      expect(r.markdown).toContain("[your name]");
      await expect(r.markdown).toMatchFileSnapshot(`../snapshots/templates/${id}.empty.md`);
    });
    it(`${id}: is one valid callout (every line quoted, blank lines as ">")`, () => {
      for (const r of [renderFull(id), renderEmpty(id)]) {
        expect(r.markdown.endsWith("\n")).toBe(true);
        const lines = r.markdown.slice(0, -1).split("\n");
        expect(lines[0]).toBe(`> [!note] ${TEMPLATES[id].title} — Wed 25 Nov 2026`);
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
});

describe("spec §5 checklist, item by item", () => {
  it("thank-you: subject names a thank-you for the role; greeting; thanks; highlight; interest; sign-off", () => {
    const r = renderFull("thank-you");
    expect(r.subject).toMatch(/thank you/i);
    expect(r.subject).toContain("Data Analyst");
    expect(r.body).toMatch(/^Dear Dana Reyes,/);
    expect(r.body).toMatch(/Thank you for taking the time/);
    expect(r.body).toContain("the new forecasting dashboard");
    expect(r.body).toContain("Wednesday, 18 November");
    expect(r.body).toMatch(/interested in the role/);
    expect(r.body).toMatch(/Best regards,\nSam Okafor\nsam@example.org · \+44 20 7946 0018$/);
  });

  it("thank-you without an interviewer greets the Hiring Manager; without a highlight shows the placeholder", () => {
    const r = renderEmpty("thank-you");
    expect(r.body).toMatch(/^Dear Hiring Manager,/);
    expect(r.body).toContain("[something specific you discussed]");
    expect(r.body).toContain("[role]");
    expect(r.body).toContain("[company]");
    expect(r.subject).toBe("Thank you — [role] interview");
  });

  it("follow-up-1: subject 'name — role — interview follow-up'; role and day; interest; asks for next steps; offers more", () => {
    const r = renderFull("follow-up-1");
    expect(r.subject).toBe("Sam Okafor — Data Analyst — interview follow-up");
    expect(r.body).toContain("Data Analyst position at Northwind Traders on Wednesday, 18 November");
    expect(r.body).toMatch(/still very interested/);
    expect(r.body).toMatch(/update on the next steps/);
    expect(r.body).toMatch(/anything else you need from me/);
    expect(r.body).toMatch(/Best regards,\nSam Okafor/);
    expect(renderEmpty("follow-up-1").subject).toBe("[your name] — [role] — interview follow-up");
  });

  it("follow-up-2: subject marked as a reply; day; no news; filled? when decided?; interest; sign-off", () => {
    const r = renderFull("follow-up-2");
    expect(r.subject).toBe(`Re: ${renderFull("follow-up-1").subject}`);
    expect(r.body).toContain("Wednesday, 18 November");
    expect(r.body).toMatch(/not heard any news/);
    expect(r.body).toMatch(/whether the position has been filled/);
    expect(r.body).toMatch(/when you expect to make a decision/);
    expect(r.body).toMatch(/keen on the role/);
    expect(r.body).toMatch(/Kind regards,\nSam Okafor/);
  });

  it("phone-script: name, role, day; interest; both branches; check-back day said back; thanks; things not to say", () => {
    const r = renderFull("phone-script");
    expect(r.body).toContain("this is Sam Okafor");
    expect(r.body).toContain("Data Analyst position on Wednesday, 18 November");
    expect(r.body).toMatch(/still very interested/);
    expect(r.body).toMatch(/come to a decision/);
    expect(r.body).toMatch(/\*\*Not yet:\*\*.*anything else I can provide/);
    expect(r.body).toMatch(/\*\*Yes:\*\*.*still being considered\?.*next step/);
    expect(r.body).toMatch(/check back/);
    expect(r.body).toMatch(/Say the day back to them/);
    expect(r.body).toMatch(/Thank you for your time/);
    const notToSay = r.body.split("**Things not to say**")[1];
    expect(notToSay).toMatch(/desperate/);
    expect(notToSay).toMatch(/pressure/i);
  });

  it("voicemail: name, role, day, one liked thing, call back, your number; an email 2–3 days later", () => {
    const r = renderFull("voicemail");
    expect(r.body).toContain("this is Sam Okafor");
    expect(r.body).toContain("Data Analyst position at Northwind Traders on Wednesday, 18 November");
    expect(r.body).toContain("the new forecasting dashboard");
    expect(r.body).toMatch(/call me back/);
    expect(r.body).toContain("+44 20 7946 0018");
    expect(r.body).toMatch(/follow-up email 2–3 business days after/);
    expect(renderEmpty("voicemail").body).toContain("My number is [your phone]");
  });

  it("message-with-colleague: the same, left with someone else, asking them to pass it on", () => {
    const r = renderFull("message-with-colleague");
    expect(r.body).toMatch(/pass a message on to Dana Reyes/);
    expect(r.body).toContain("Data Analyst position at Northwind Traders on Wednesday, 18 November");
    expect(r.body).toContain("+44 20 7946 0018");
    expect(r.body).toMatch(/2–3 business days/);
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
    const thanked = parseInterviewNote(aNote().thanked("2026-11-18").build(), "x.md");
    const notPending = statusOf(thanked);
    expect(notPending.thankYouPending).toBe(false);
    for (const id of ["follow-up-1", "follow-up-2", "phone-script"] as const) {
      expect(renderTemplate(id, note, pending, fullSettings(), TODAY).body, id).toContain(THANKS_SENTENCE);
      const without = renderTemplate(id, thanked, notPending, fullSettings(), TODAY).body;
      expect(without, id).not.toContain(THANKS_SENTENCE);
      expectNoGaps(without);
    }
    for (const id of ["thank-you", "voicemail", "message-with-colleague", "rejection-reply"] as const) {
      expect(renderTemplate(id, note, pending, fullSettings(), TODAY).body, id).not.toContain(THANKS_SENTENCE);
    }
  });

  it("values from the note are used as written: unicode, quotes, a multi-line signature", () => {
    const note = parseInterviewNote(
      { company: "Ünïcode & Co", role: 'Lead "Ops"', interviewer: "Zoë Ñúñez", interview_date: "2026-02-28" },
      "u.md",
    );
    const s = fullSettings();
    s.signature = "Sam\r\nLine two\n\n";
    const r = renderTemplate("thank-you", note, null, s, "2026-03-02");
    expect(r.body).toMatch(/^Dear Zoë Ñúñez,/);
    expect(r.body).toContain('the Lead "Ops" role at Ünïcode & Co');
    expect(r.body).toContain("Saturday, 28 February");
    expect(r.body.endsWith("Sam Okafor\nSam\nLine two")).toBe(true);
    expect(r.markdown).toContain("> [!note] Thank-you email — Mon 2 Mar 2026\n");
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
    const values = placeholderValues(fullNote(), null, fullSettings(), TODAY);
    expect(Object.keys(values).sort()).toEqual(PLACEHOLDERS.map((p) => p.name).sort());
    for (const id of TEMPLATE_IDS) expect(fillPlaceholders(BUILTIN_TEMPLATES[id], values).unknown, id).toEqual([]);
    expect(values.interview_day).toBe("Wednesday, 18 November");
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
    const r = renderTemplate("follow-up-1", note, statusOf(note), fullSettings(), TODAY, userTemplate);
    expect(r.subject).toBe("Checking in — Data Analyst at Northwind Traders");
    expect(r.body).toBe(
      [
        "Hello Dana Reyes,",
        "",
        THANKS_SENTENCE,
        "It was Wednesday, 18 November (2026-11-18), first stage. {{mystery}}",
        "",
        "Sam Okafor · sam@example.org · +44 20 7946 0018",
        "sam@example.org · +44 20 7946 0018",
      ].join("\n"),
    );
    expect(r.unknown).toEqual(["mystery"]);
    expect(r.markdown.startsWith("> [!note] Follow-up email — Wed 25 Nov 2026\n> Subject: Checking in")).toBe(true);
  });

  it("missing values show their placeholders; CRLF and a BOM are handled", () => {
    const r = renderTemplate("thank-you", emptyNote(), null, defaultSettings(), TODAY, `\uFEFF---\r\na: 1\r\n---\r\n${userTemplate.replace(/\n/g, "\r\n")}`);
    expect(r.body).not.toContain("\r");
    expect(r.body).toContain("Hello [interviewer's name],");
    expect(r.body).toContain("It was [interview day] ([interview date]), first stage.");
    expect(r.body).toContain("[your name] · [your email] · [your phone]");
    expect(r.body).not.toContain(THANKS_SENTENCE);
  });

  it("a template without a Subject line has no subject; a value never becomes the subject", () => {
    const note = parseInterviewNote({ company: "Subject: gotcha", interview_date: "2026-11-18" }, "x.md");
    const r = renderTemplate("voicemail", note, null, defaultSettings(), TODAY, "{{company}}\nHi");
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
    expect(followUpEmailTemplate(note, { ...statusOf(note), template: "follow-up-2" })).toBe("follow-up-2");
    expect(followUpEmailTemplate(note, { ...statusOf(note), template: "follow-up-1" })).toBe("follow-up-1");
  });
  it("otherwise picks -2 when an unanswered email or LinkedIn message exists", () => {
    const emailed = parseInterviewNote(aNote().emailed("2026-11-25").build(), "a.md");
    expect(followUpEmailTemplate(emailed, { ...statusOf(emailed), template: "phone-script" })).toBe("follow-up-2");
    expect(followUpEmailTemplate(emailed, null)).toBe("follow-up-2");
    const replied = parseInterviewNote(aNote().emailed("2026-11-25").set("last_reply", "2026-11-26").build(), "a.md");
    expect(followUpEmailTemplate(replied, null)).toBe("follow-up-1");
    const voicemail = parseInterviewNote(aNote().attempt("2026-11-25", "voicemail").build(), "a.md");
    expect(followUpEmailTemplate(voicemail, null)).toBe("follow-up-1");
    const called = parseInterviewNote(aNote().emailed("2026-11-24").attempt("2026-11-25", "phone").build(), "a.md");
    expect(followUpEmailTemplate(called, null)).toBe("follow-up-1");
    const beforeInterview = parseInterviewNote(aNote().emailed("2026-11-10").build(), "a.md");
    expect(followUpEmailTemplate(beforeInterview, null)).toBe("follow-up-1");
  });
});
