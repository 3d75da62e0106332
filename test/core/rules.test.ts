import { describe, expect, it } from "vitest";
import { parseInterviewNote } from "../../src/core/note";
import { computeStatus, readContacts } from "../../src/core/rules";
import type { FollowUpStatus } from "../../src/core/types";
import { aNote } from "../support/note-builder";
import { GB } from "../support/day-formats";

const SETTINGS = { holidays: [] as string[], maxAttempts: 3, dayFormat: GB };
function status(fm: Record<string, unknown>, today: string, settings = SETTINGS, minutes = 0): FollowUpStatus {
  return computeStatus(parseInterviewNote(fm, "Interviews/acme.md"), { day: today, minutes }, settings);
}

describe("the spec's worked example (§4)", () => {
  const fm = aNote().build();
  it.each([
    ["2026-11-19", { state: "thank-you-due", rule: "R3", opens: "2026-11-18", dueBy: "2026-11-20" }],
    ["2026-11-23", { state: "thank-you-overdue", rule: "R3" }],
    ["2026-11-25", { state: "follow-up-due", rule: "R4c", channel: "email", attempt: 1, template: "follow-up-1", opens: "2026-11-25", dueBy: "2026-12-02", thankYouPending: true }],
    ["2026-12-03", { state: "follow-up-overdue", rule: "R4c" }],
  ])("on %s", (today, expected) => {
    expect(status(fm, today)).toMatchObject(expected);
  });

  it("with a thank-you and a voicemail on 11-26, on 11-27", () => {
    const s = status(aNote().thanked("2026-11-18").attempt("2026-11-26", "voicemail").build(), "2026-11-27");
    expect(s).toMatchObject({ state: "waiting", rule: "R6b", opens: "2026-11-30", dueBy: "2026-12-01", channel: "email", attempt: 2, template: "follow-up-1" });
  });

  it("with 11-26 and 11-27 as holidays", () => {
    const hol = { holidays: ["2026-11-26", "2026-11-27"], maxAttempts: 3, dayFormat: GB };
    expect(status(fm, "2026-11-25", hol)).toMatchObject({ opens: "2026-11-25", dueBy: "2026-12-04" });
    expect(status(aNote().thanked().attempt("2026-11-26", "voicemail").build(), "2026-11-27", hol)).toMatchObject({ opens: "2026-12-01", dueBy: "2026-12-02" });
  });

  it("returns exactly the fields of §4", () => {
    expect(Object.keys(status(fm, "2026-11-25")).sort()).toEqual(
      ["path", "company", "role", "interviewer", "state", "action", "channel", "alternatives", "attempt", "opens", "dueBy", "template", "thankYouPending", "rule", "reason", "problems"].sort(),
    );
  });

  it("every state lists its fields in one order (the CLI's JSON reads the same for every note)", () => {
    const order = ["path", "company", "role", "interviewer", "problems", "state", "action", "channel", "alternatives", "attempt", "opens", "dueBy", "template", "thankYouPending", "rule", "reason"];
    const cases: [Record<string, unknown>, string][] = [
      [{ company: "Acme" }, "2026-11-25"], // invalid (R0)
      [aNote().set("outcome", "rejected").build(), "2026-11-25"], // closed (R1)
      [aNote().build(), "2026-11-10"], // upcoming (R2)
      [aNote().build(), "2026-11-19"], // thank-you (R3)
      [aNote().thanked().build(), "2026-11-25"], // a window (R4c)
      [aNote().thanked().emailed("2026-11-20").emailed("2026-11-27").emailed("2026-12-04").build(), "2026-12-10"], // R9
    ];
    const states = new Set<string>();
    for (const [fm, today] of cases) {
      const s = status(fm, today);
      states.add(s.state);
      expect(Object.keys(s), s.state).toEqual(order);
    }
    expect(states).toEqual(new Set(["invalid", "closed", "upcoming", "thank-you-due", "follow-up-due", "waiting"]));
  });
});

describe("attempts and replies (spec §1, §3)", () => {
  it("ignores attempts and replies dated before the interview", () => {
    const s = status(aNote().thanked().emailed("2026-11-10").set("last_reply", "2026-11-12").build(), "2026-11-25");
    expect(s).toMatchObject({ rule: "R4c", attempt: 1 });
  });

  it("an attempt dated after today is a problem and is ignored", () => {
    const s = status(aNote().thanked().emailed("2026-12-20").build(), "2026-11-25");
    expect(s.rule).toBe("R4c");
    expect(s.problems).toEqual([{ key: "follow_ups[1]", value: "2026-12-20", message: expect.stringContaining("after today") as string }]);
  });

  it("sorts attempts by date, ties keeping list order", () => {
    const note = parseInterviewNote(
      aNote()
        .thanked()
        .attempt("2026-11-27", "email")
        .attempt("2026-11-25", "voicemail", { next: "2026-12-01" })
        .attempt("2026-11-27", "voicemail")
        .build(),
      "x.md",
    );
    const c = readContacts(note, "2026-11-18", "2026-11-30");
    expect(c.attempts.map((a) => a.index)).toEqual([1, 0, 2]);
    expect(c.last?.channel).toBe("voicemail");
    // L is the voicemail of the 27th: R6b, and its `next` (none) hides the earlier one's.
    expect(computeStatus(note, { day: "2026-11-30", minutes: 0 }, { holidays: [], maxAttempts: 5, dayFormat: GB }).rule).toBe("R6b");
  });

  it("a phone call answers earlier emails; only later ones stay unanswered", () => {
    const s = status(aNote().thanked().emailed("2026-11-23").attempt("2026-11-25", "phone").emailed("2026-12-03").build(), "2026-12-04");
    expect(s).toMatchObject({ rule: "R6c", attempt: 2 });
  });

  it("counts only email, LinkedIn, voicemail and message attempts as unanswered", () => {
    const s = status(aNote().thanked().attempt("2026-11-25", "in-person").build(), "2026-12-02");
    expect(s).toMatchObject({ rule: "R6d", attempt: 1 });
  });

  it("a past agreed day stays overdue until an attempt or a reply is logged", () => {
    const fm = aNote().thanked().set("check_back", "2026-11-30").build();
    expect(status(fm, "2026-12-15").state).toBe("follow-up-overdue");
    expect(status({ ...fm, last_reply: "2026-12-01" }, "2026-12-15")).toMatchObject({ rule: "R7", opens: "2026-12-08" });
  });

  it("an agreed day not after the latest contact is passed over", () => {
    const s = status(aNote().thanked().set("check_back", "2026-11-24").emailed("2026-11-25").build(), "2026-11-26");
    expect(s.rule).toBe("R6c");
  });
});

describe("R5 channel", () => {
  it("preferred channel wins over the rule's own channel (R6b names email)", () => {
    const s = status(aNote().thanked().withPhone().set("preferred_channel", "phone").attempt("2026-11-26", "voicemail").build(), "2026-11-30");
    expect(s).toMatchObject({ rule: "R6b", channel: "phone", template: "phone-script", alternatives: ["email"] });
    expect(s.reason).toContain("they prefer phone calls");
  });

  it("LinkedIn as preferred channel keeps the email templates", () => {
    const s = status(aNote().thanked().set("preferred_channel", "LinkedIn").emailed("2026-11-25").build(), "2026-12-02");
    expect(s).toMatchObject({ channel: "linkedin", template: "follow-up-2" });
  });
});

describe("R9 and the settings", () => {
  it("respects maxAttempts from the settings", () => {
    const fm = aNote().thanked().emailed("2026-11-25").build();
    expect(status(fm, "2026-12-02", { holidays: [], maxAttempts: 1, dayFormat: GB })).toMatchObject({ state: "waiting", rule: "R9", opens: "2026-12-09" });
    expect(status(fm, "2026-12-02", { holidays: [], maxAttempts: 2, dayFormat: GB }).rule).toBe("R6c");
  });

  it("R9 comes before an unsent thank-you", () => {
    const s = status(aNote().emailed("2026-11-18").emailed("2026-11-19").emailed("2026-11-20").build(), "2026-11-21");
    expect(s).toMatchObject({ rule: "R9", thankYouPending: false });
  });
});

describe("floors", () => {
  it("R10a: a final interview's window opens no earlier than 5 business days after it", () => {
    const s = status(aNote().thanked().final().set("check_back", "2026-11-19").build(), "2026-11-19");
    // An agreed day takes no floors.
    expect(s).toMatchObject({ rule: "R4a", opens: "2026-11-19", state: "follow-up-due" });
  });

  it("R11 snooze moves the window and keeps its length in business days", () => {
    const s = status(aNote().thanked().set("snoozed_until", "2026-12-31").build(), "2026-12-30");
    // (11-25, 12-02] has 5 business days; 12-31 + 5 bd = 2027-01-07.
    expect(s).toMatchObject({ state: "waiting", opens: "2026-12-31", dueBy: "2027-01-07" });
  });

  it("a snooze earlier than the window changes nothing", () => {
    const s = status(aNote().thanked().set("snoozed_until", "2026-11-20").build(), "2026-11-25");
    expect(s).toMatchObject({ opens: "2026-11-25", dueBy: "2026-12-02" });
    expect(s.reason).not.toContain("snoozed");
  });
});

describe("time of day", () => {
  it("an interview with a time is upcoming until that time, then the thank-you is due", () => {
    const fm = aNote().interviewedOn("2026-11-25 14:00").build();
    expect(status(fm, "2026-11-25", SETTINGS, 13 * 60 + 59).state).toBe("upcoming");
    expect(status(fm, "2026-11-25", SETTINGS, 14 * 60).state).toBe("thank-you-due");
  });

  it("a date-only interview counts as happened from the start of its day", () => {
    expect(status(aNote().interviewedOn("2026-11-25").build(), "2026-11-25", SETTINGS, 0).state).toBe("thank-you-due");
  });

  it("reads a gray-matter Date and an Obsidian string the same way in every zone", () => {
    const a = status(aNote().interviewedOn(new Date(Date.UTC(2026, 10, 18))).build(), "2026-11-25");
    const b = status(aNote().interviewedOn("2026-11-18").build(), "2026-11-25");
    expect(a).toEqual(b);
  });
});

describe("reasons", () => {
  it("say what to do, how, and why, in one sentence", () => {
    expect(status(aNote().build(), "2026-11-25").reason).toBe(
      "Send a follow-up email by Wed 2 Dec: they gave no timeline at the interview on Wed 18 Nov, so 5 business days later is the time to ask.",
    );
    expect(status(aNote().set("interview_date", "2026-13-45").build(), "2026-11-25").reason).toBe(
      'Check interview_date: "2026-13-45" is not a real day (there is no month 13: a date is written year-month-day, like 2026-11-18), so nothing can be planned yet.',
    );
  });
});
