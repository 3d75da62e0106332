/**
 * The occasion of a follow-up (spec §5 "say why now"): derived from the note in the order of the
 * windows of §3, so its rule id is the one `computeStatus` gives the window.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toHolidaySet } from "../../src/core/dates";
import { parseInterviewNote } from "../../src/core/note";
import { computeStatus } from "../../src/core/rules";
import { findOccasion, type Occasion } from "../../src/core/templates";
import { elapsedWords, spokenOccasion, writtenOccasion } from "../../src/core/templates/occasion";
import { aNote, type NoteBuilder } from "../support/note-builder";
import { arbDay, arbFrontmatter, arbHolidays } from "../support/arbitraries";
import { noteOf, statusOf } from "./templates-fixtures";
import { US } from "../support/day-formats";

const NO_HOLIDAYS = toHolidaySet([]);
/** Interview Wednesday, November 18, 2026, thank-you sent. */
const base = (): NoteBuilder => aNote().thanked("2026-11-18");

describe("findOccasion: one case per rule", () => {
  const cases: { name: string; note: NoteBuilder; today: string; expect: Occasion }[] = [
    {
      name: "R4a: the check-back day agreed at the interview",
      note: base().set("check_back", "2026-12-01"),
      today: "2026-12-01",
      expect: { kind: "agreed", rule: "R4a", day: "2026-12-01", agreedDuring: null },
    },
    {
      name: "R6a: the day agreed during the last contact",
      note: base().attempt("2026-11-25", "phone", { next: "2026-12-04" }),
      today: "2026-12-04",
      expect: { kind: "agreed", rule: "R6a", day: "2026-12-04", agreedDuring: { day: "2026-11-25", channel: "phone" } },
    },
    {
      name: "R8: a check-back day after a contact",
      note: base().emailed("2026-11-25").set("check_back", "2026-12-07"),
      today: "2026-12-07",
      expect: { kind: "agreed", rule: "R8", day: "2026-12-07", agreedDuring: null },
    },
    {
      name: "R4b: the decision date",
      note: base().set("decision_date", "2026-11-27"),
      today: "2026-11-30",
      expect: { kind: "decision", rule: "R4b", day: "2026-11-27", timeline: null },
    },
    {
      name: "R4b: the decision timeline",
      note: base().set("decision_timeline", "10 days"),
      today: "2026-11-30",
      expect: { kind: "decision", rule: "R4b", day: "2026-11-28", timeline: "10 days" },
    },
    {
      name: "R8: a decision date after a contact",
      note: base().emailed("2026-11-20").set("decision_date", "2026-12-04"),
      today: "2026-12-07",
      expect: { kind: "decision", rule: "R8", day: "2026-12-04", timeline: null },
    },
    {
      name: "R6b: a voicemail",
      note: base().attempt("2026-11-26", "voicemail"),
      today: "2026-11-30",
      expect: { kind: "left-message", rule: "R6b", day: "2026-11-26", channel: "voicemail" },
    },
    {
      name: "R6b: a message left with a colleague",
      note: base().emailed("2026-11-25").attempt("2026-12-03", "message"),
      today: "2026-12-07",
      expect: { kind: "left-message", rule: "R6b", day: "2026-12-03", channel: "message" },
    },
    {
      name: "R7: their last reply",
      note: base().emailed("2026-11-25").set("last_reply", "2026-11-26"),
      today: "2026-12-03",
      expect: { kind: "reply", rule: "R7", day: "2026-11-26", conversation: false },
    },
    {
      name: "R6d: you spoke on the phone",
      note: base().emailed("2026-11-25").attempt("2026-11-27", "phone"),
      today: "2026-12-04",
      expect: { kind: "reply", rule: "R6d", day: "2026-11-27", conversation: true },
    },
    {
      name: "R4c: time since the interview",
      note: base(),
      today: "2026-11-25",
      expect: { kind: "elapsed", rule: "R4c", day: "2026-11-18", since: "interview" },
    },
    {
      name: "R4d: time since a final interview",
      note: base().final(),
      today: "2026-12-02",
      expect: { kind: "elapsed", rule: "R4d", day: "2026-11-18", since: "interview" },
    },
    {
      name: "R6c: time since your unanswered email",
      note: base().emailed("2026-11-25"),
      today: "2026-12-03",
      expect: { kind: "elapsed", rule: "R6c", day: "2026-11-25", since: "email" },
    },
    {
      name: "R6c: time since your unanswered LinkedIn message",
      note: base().attempt("2026-11-25", "linkedin"),
      today: "2026-12-03",
      expect: { kind: "elapsed", rule: "R6c", day: "2026-11-25", since: "linkedin" },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const note = noteOf(c.note);
      expect(findOccasion(note, c.today, NO_HOLIDAYS)).toEqual(c.expect);
      // The engine names the same rule for the window.
      expect(statusOf(note, c.today).rule).toBe(c.expect.rule);
    });
  }

  it("a timeline written with a lead word (spec v2: within, in, about) is said without it", () => {
    const note = noteOf(base().set("decision_timeline", "10 days"));
    for (const text of ["within 10 days", "in 10 days", "About 10 days"]) {
      const o = findOccasion({ ...note, decisionTimeline: { ...note.decisionTimeline!, text } }, "2026-11-30", NO_HOLIDAYS);
      expect(o).toMatchObject({ kind: "decision", timeline: "10 days" });
    }
  });

  it("a timeline is said from its amount and unit, never in the note's shorthand, and never firmer than it was said (the reason too)", () => {
    for (const [written, said] of [
      ["in 10 bd", "10 business days"],
      ["10 working days", "10 business days"],
      ["a week or two", "a week or two"],
      ["2-3 wks", "2 to 3 weeks"],
      ["a fortnight", "2 weeks"],
      ["a few weeks", "a few weeks"],
      ["a couple of wks", "a couple of weeks"],
      ["5-7 business days", "5 to 7 business days"],
      ["1 month", "a month"],
      ["about one week", "a week"],
    ]) {
      const note = noteOf(base().set("decision_timeline", written));
      const o = findOccasion(note, "2026-11-19", NO_HOLIDAYS);
      expect(o, written).toMatchObject({ kind: "decision", timeline: said });
      expect(writtenOccasion(o, "2026-11-19", US)).toContain(`hoped to make within ${said},`);
      expect(statusOf(note, "2026-11-19").reason).toContain(`they expected to decide within ${said} of the interview`);
    }
  });

  it("no readable interview day: no occasion", () => {
    expect(findOccasion(parseInterviewNote({ interview_date: "soon" }, "x.md"), "2026-11-25", NO_HOLIDAYS)).toBeNull();
  });

  it("holidays move a business-day timeline's decision day", () => {
    const note = noteOf(base().set("decision_timeline", "5 business days"));
    expect(findOccasion(note, "2026-11-30", NO_HOLIDAYS)).toMatchObject({ day: "2026-11-25" });
    expect(findOccasion(note, "2026-11-30", toHolidaySet(["2026-11-20"]))).toMatchObject({ day: "2026-11-26" });
  });

  it("property: whenever the engine opens a follow-up window, the occasion names its rule", () => {
    fc.assert(
      fc.property(arbFrontmatter, arbDay, arbHolidays, (fm, today, holidays) => {
        const note = parseInterviewNote(fm, "x.md");
        const hol = toHolidaySet(holidays);
        const s = computeStatus(note, { day: today, minutes: 12 * 60 }, { holidays: hol, maxAttempts: 3, dayFormat: US });
        const o = findOccasion(note, today, hol);
        if (note.interview === null) expect(o).toBeNull();
        if ((s.action === "wait" || s.action === "follow-up") && s.rule !== "R9") expect(o?.rule).toBe(s.rule);
        for (const text of [writtenOccasion(o, today, US), spokenOccasion(o, today, US)]) {
          expect(text).toMatch(/^[A-Z].*[.]$/);
          expect(text).not.toMatch(/undefined|null|NaN|Invalid/);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 1500) },
    );
  });
});

describe("how long it has been", () => {
  it("in words, rounded down to what is true", () => {
    expect([1, 3, 6, 7, 8, 13, 14, 20, 21, 56, 63, 70].map(elapsedWords)).toEqual([
      "a day",
      "three days",
      "six days",
      "a week",
      "more than a week",
      "more than a week",
      "two weeks",
      "more than two weeks",
      "three weeks",
      "eight weeks",
      "9 weeks",
      "10 weeks",
    ]);
  });
});

describe("the occasion, written and spoken", () => {
  const about = "about the {{role}} position at {{company}}, for which I interviewed on {{interview_day}}";
  const table: { name: string; o: Occasion | null; today: string; written: string; spoken: string }[] = [
    {
      name: "agreed day, today",
      o: { kind: "agreed", rule: "R4a", day: "2026-12-01", agreedDuring: null },
      today: "2026-12-01",
      written: `As we agreed, I am checking in today ${about}.`,
      spoken: "As we agreed, I'm calling to check in today.",
    },
    {
      name: "agreed day, passed",
      o: { kind: "agreed", rule: "R4a", day: "2026-12-01", agreedDuring: null },
      today: "2026-12-03",
      written: `We agreed that I would check in on Tuesday, December 1, so I am writing ${about}.`,
      spoken: "We agreed I'd check in on Tuesday, December 1, so I'm calling to see where things stand.",
    },
    {
      name: "agreed day, not yet",
      o: { kind: "agreed", rule: "R8", day: "2026-12-01", agreedDuring: null },
      today: "2026-11-30",
      written: `Ahead of Tuesday, December 1, the day we agreed I would check in, I am writing ${about}.`,
      spoken: "We agreed I'd check in on Tuesday, December 1, so I'm calling to see where things stand.",
    },
    {
      name: "agreed when you spoke",
      o: { kind: "agreed", rule: "R6a", day: "2026-12-04", agreedDuring: { day: "2026-11-25", channel: "phone" } },
      today: "2026-12-04",
      written: `When we spoke on Wednesday, November 25, we agreed that I would check in today, so I am writing ${about}.`,
      spoken: "When we spoke on Wednesday, November 25, we agreed that I'd check in today, so I'm calling to see where things stand.",
    },
    {
      name: "said in your voicemail",
      o: { kind: "agreed", rule: "R6a", day: "2026-12-04", agreedDuring: { day: "2026-11-30", channel: "voicemail" } },
      today: "2026-12-07",
      written: `In my voicemail on Monday, November 30, I said I would check in on Friday, December 4, so I am writing ${about}.`,
      spoken: "In my voicemail on Monday, November 30, I said I'd check in on Friday, December 4, so I'm calling to see where things stand.",
    },
    {
      name: "said in the message you left",
      o: { kind: "agreed", rule: "R6a", day: "2026-12-04", agreedDuring: { day: "2026-11-30", channel: "message" } },
      today: "2026-12-04",
      written: `In the message I left with your colleague on Monday, November 30, I said I would check in today, so I am writing ${about}.`,
      spoken: "In the message I left with your colleague on Monday, November 30, I said I'd check in today, so I'm calling to see where things stand.",
    },
    {
      name: "agreed in writing",
      o: { kind: "agreed", rule: "R6a", day: "2026-12-04", agreedDuring: { day: "2026-11-25", channel: "email" } },
      today: "2026-12-04",
      written: `When we were last in touch on Wednesday, November 25, we agreed that I would check in today, so I am writing ${about}.`,
      spoken: "When we were last in touch on Wednesday, November 25, we agreed that I'd check in today, so I'm calling to see where things stand.",
    },
    {
      name: "decision date",
      o: { kind: "decision", rule: "R4b", day: "2026-11-27", timeline: null },
      today: "2026-11-30",
      written: "You mentioned that you hoped to decide by Friday, November 27, so I am writing to follow up on my interview for the {{role}} position at {{company}} on {{interview_day}}.",
      spoken: "You mentioned you hoped to decide by Friday, November 27, so I'm calling to see where things stand.",
    },
    {
      name: "decision timeline",
      o: { kind: "decision", rule: "R4b", day: "2026-12-02", timeline: "2 weeks" },
      today: "2026-12-03",
      written: "You mentioned that you hoped to decide within 2 weeks, so I am writing to follow up on my interview for the {{role}} position at {{company}} on {{interview_day}}.",
      spoken: "You mentioned you hoped to decide within 2 weeks, so I'm calling to see where things stand.",
    },
    {
      name: "decision date, not yet: ahead of it, not a reminder of it",
      o: { kind: "decision", rule: "R4b", day: "2026-12-10", timeline: null },
      today: "2026-12-03",
      written:
        "Ahead of your decision, which you hoped to make by Thursday, December 10, I wanted to follow up on my interview for the {{role}} position at {{company}} on {{interview_day}}.",
      spoken: "I know you're hoping to decide by Thursday, December 10, and I just wanted to check in ahead of that.",
    },
    {
      name: "decision timeline, not yet",
      o: { kind: "decision", rule: "R4b", day: "2026-12-02", timeline: "2 weeks" },
      today: "2026-11-30",
      written: "Ahead of your decision, which you hoped to make within 2 weeks, I wanted to follow up on my interview for the {{role}} position at {{company}} on {{interview_day}}.",
      spoken: "I know you're hoping to decide within 2 weeks, and I just wanted to check in ahead of that.",
    },
    {
      name: "voicemail",
      o: { kind: "left-message", rule: "R6b", day: "2026-11-26", channel: "voicemail" },
      today: "2026-11-30",
      written: `I left you a voicemail on Thursday, November 26 and am following up in writing ${about}.`,
      spoken: "I left you a voicemail on Thursday, November 26, so I thought I'd try you again.",
    },
    {
      name: "message with a colleague",
      o: { kind: "left-message", rule: "R6b", day: "2026-11-26", channel: "message" },
      today: "2026-11-30",
      written: `I left a message with your colleague on Thursday, November 26 and am following up in writing ${about}.`,
      spoken: "I left a message with your colleague on Thursday, November 26, so I thought I'd try you again.",
    },
    {
      name: "their reply",
      o: { kind: "reply", rule: "R7", day: "2026-11-26", conversation: false },
      today: "2026-12-03",
      written: `It has been a week since your reply on Thursday, November 26, so I am checking in again ${about}.`,
      spoken: "It's been a week since your reply on Thursday, November 26, so I'm calling to check in again.",
    },
    {
      name: "a conversation, the same day",
      o: { kind: "reply", rule: "R6d", day: "2026-11-26", conversation: true },
      today: "2026-11-26",
      written: `Following our conversation on Thursday, November 26, I am checking in again ${about}.`,
      spoken: "I'm calling to follow up on our conversation on Thursday, November 26.",
    },
    {
      name: "time since the interview",
      o: { kind: "elapsed", rule: "R4c", day: "2026-11-18", since: "interview" },
      today: "2026-12-02",
      written: "It has been two weeks since my interview for the {{role}} position at {{company}} on {{interview_day}}, so I am writing to follow up.",
      spoken: "It's been two weeks since the interview, so I'm calling to see where things stand.",
    },
    {
      name: "time since your email",
      o: { kind: "elapsed", rule: "R6c", day: "2026-11-25", since: "email" },
      today: "2026-12-03",
      written: `It has been more than a week since my email of Wednesday, November 25, so I am checking in again ${about}.`,
      spoken: "I sent you an email on Wednesday, November 25, so I thought I'd follow up by phone.",
    },
    {
      name: "time since your LinkedIn message",
      o: { kind: "elapsed", rule: "R6c", day: "2026-11-25", since: "linkedin" },
      today: "2026-12-02",
      written: `It has been a week since my LinkedIn message of Wednesday, November 25, so I am checking in again ${about}.`,
      spoken: "I sent you a message on LinkedIn on Wednesday, November 25, so I thought I'd follow up by phone.",
    },
    {
      name: "no interview day",
      o: null,
      today: "2026-12-02",
      written: "I am writing to follow up on my interview for the {{role}} position at {{company}} on {{interview_day}}.",
      spoken: "I'm calling to see where things stand.",
    },
  ];
  for (const c of table) {
    it(c.name, () => {
      expect(writtenOccasion(c.o, c.today, US)).toBe(c.written);
      expect(spokenOccasion(c.o, c.today, US)).toBe(c.spoken);
    });
  }
});
