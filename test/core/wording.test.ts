/**
 * The one source of wording (src/core/wording.ts): each state's headline, the reasons, titles
 * and counts. Dates are local days, so every expectation holds in each of the suite's zones.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInterviewNote } from "../../src/core/note";
import { computeStatus } from "../../src/core/rules";
import { isWaitingToMoveOn } from "../../src/core/move-on";
import { statusAfterLeaving } from "../../src/core/templates/next-step";
import type { Day, FollowUpStatus } from "../../src/core/types";
import {
  afterMessageReminder,
  alternativesText,
  asOfHeading,
  countPhrase,
  dayText,
  dueCountText,
  endSentence,
  eventDescription,
  eventSummary,
  headline,
  headlineParts,
  noteLines,
  noteTitle,
  notificationLine,
  problemPieces,
  problemText,
  recommendedVerb,
  relativeDayText,
  todayHeading,
} from "../../src/core/wording";
import { arbDay, arbFrontmatter } from "../support/arbitraries";
import { aNote, type NoteBuilder } from "../support/note-builder";
import { makeDayFormat, type DayFormat } from "../../src/core/day-format";
import { DE, GB, US } from "../support/day-formats";

const SETTINGS = { holidays: [] as string[], maxAttempts: 3, dayFormat: GB };

function statusOf(note: NoteBuilder | Record<string, unknown>, today: Day, path = "Interviews/Acme.md"): FollowUpStatus {
  const fm = note instanceof Object && "build" in note && typeof note.build === "function" ? (note as NoteBuilder).build() : (note as Record<string, unknown>);
  return computeStatus(parseInterviewNote(fm, path), { day: today, minutes: 0 }, SETTINGS);
}


describe("days", () => {
  it("short days, with the year only when it is not today's", () => {
    expect(dayText("2026-12-02", GB)).toBe("Wed 2 Dec");
    expect(dayText("2026-12-02", GB, "2026-11-25")).toBe("Wed 2 Dec");
    expect(dayText("2027-01-07", GB, "2026-12-30")).toBe("Thu, 7 Jan 2027");
  });

  it("today, tomorrow and yesterday by name, other days by date", () => {
    expect(relativeDayText("2026-11-25", "2026-11-25", GB)).toBe("today");
    expect(relativeDayText("2026-11-26", "2026-11-25", GB)).toBe("tomorrow");
    expect(relativeDayText("2026-11-24", "2026-11-25", GB)).toBe("yesterday");
    expect(relativeDayText("2026-11-30", "2026-11-25", GB)).toBe("Mon 30 Nov");
  });
});

describe("titles: one rule on every surface", () => {
  it("Company — Role when both are known, else the note's file name", () => {
    expect(noteTitle({ company: "Acme", role: "Analyst", path: "Interviews/x.md" })).toBe("Acme — Analyst");
    expect(noteTitle({ company: " Acme ", role: " Analyst ", path: "x.md" })).toBe("Acme — Analyst");
    expect(noteTitle({ company: "Acme", role: null, path: "Interviews/Acme final round.md" })).toBe("Acme final round");
    expect(noteTitle({ company: null, role: "Analyst", path: "Interviews/2026/Globex.MD" })).toBe("Globex");
    expect(noteTitle({ company: "  ", role: "Analyst", path: "Globex.md" })).toBe("Globex");
  });

  it("two company-only notes of one company stay apart", () => {
    const a = statusOf(aNote().without("role"), "2026-11-25", "Interviews/Acme first round.md");
    const b = statusOf(aNote().without("role"), "2026-11-25", "Interviews/Acme final round.md");
    expect(noteTitle(a)).not.toBe(noteTitle(b));
  });
});

describe("headlines: one line per state, for today", () => {
  it.each<[string, NoteBuilder, Day, string]>([
    ["thank-you on the interview day", aNote(), "2026-11-18", "Thank-you due by tomorrow (at the latest Fri 20 Nov)"],
    ["thank-you the day after", aNote(), "2026-11-19", "Thank-you due today (at the latest tomorrow)"],
    ["thank-you on its last day", aNote(), "2026-11-20", "Thank-you due today (the last day)"],
    ["thank-you late", aNote(), "2026-11-21", "Thank-you overdue by 1 day"],
    ["follow-up due", aNote().thanked(), "2026-11-25", "Email follow-up due by Wed 2 Dec"],
    ["follow-up due by tomorrow", aNote().thanked(), "2026-12-01", "Email follow-up due by tomorrow"],
    ["follow-up, last day", aNote().thanked(), "2026-12-02", "Email follow-up due today (the last day)"],
    ["follow-up overdue", aNote().thanked(), "2026-12-04", "Email follow-up overdue by 2 days"],
    ["follow-up 2 by phone", aNote().thanked().withPhone().emailed("2026-11-25"), "2026-12-02", "Phone follow-up 2 due by Wed 9 Dec"],
    ["LinkedIn", aNote().thanked().set("preferred_channel", "LinkedIn"), "2026-11-25", "LinkedIn follow-up due by Wed 2 Dec"],
    ["waiting", aNote().thanked(), "2026-11-20", "Email follow-up from Wed 25 Nov"],
    ["waiting, opens tomorrow", aNote().thanked(), "2026-11-24", "Email follow-up from tomorrow"],
    ["R9 waiting", aNote().thanked().emailed("2026-11-25").emailed("2026-12-02").emailed("2026-12-09"), "2026-12-10", "Waiting for an answer until Wed 23 Dec"],
    ["no response", aNote().thanked().emailed("2026-11-25").emailed("2026-12-02").emailed("2026-12-09"), "2026-12-23", "Move on: follow-up of Wed 9 Dec unanswered"],
    ["upcoming today", aNote().interviewedOn("2026-11-25 14:00"), "2026-11-25", "Interview today"],
    ["upcoming tomorrow", aNote().interviewedOn("2026-11-26"), "2026-11-25", "Interview tomorrow"],
    ["upcoming next year", aNote().interviewedOn("2027-01-07"), "2026-12-20", "Interview on Thu, 7 Jan 2027"],
    ["closed", aNote().set("outcome", "accepted"), "2026-11-25", "Closed"],
    ["rejected", aNote().set("outcome", "rejected"), "2026-11-25", "Closed: not this time"],
    ["invalid", aNote().interviewedOn("2026-13-45"), "2026-11-25", "Check interview_date: 2026-13-45"],
    ["missing", aNote().without("interview_date"), "2026-11-25", "Add interview_date"],
  ])("%s", (_name, note, today, expected) => {
    const s = statusOf(note, today);
    expect(headline(s, today, GB)).toBe(expected);
    const { what, when, sep } = headlineParts(s, today, GB);
    expect(when === "" ? what : `${what}${sep}${when}`).toBe(expected);
  });

  it("the thank-you headline and its reason agree on the days", () => {
    const s = statusOf(aNote(), "2026-11-19");
    expect(headline(s, "2026-11-19", GB)).toBe("Thank-you due today (at the latest tomorrow)");
    expect(s.reason).toBe("Send a thank-you by Thu 19 Nov, at the latest Fri 20 Nov: within a day of the interview on Wed 18 Nov is best.");
  });
});

describe("reasons", () => {
  it("a rejection is closed plainly, with the kind reply offered as a choice (R1)", () => {
    const s = statusOf(aNote().set("outcome", "rejected"), "2026-11-25");
    expect(s.template).toBe("rejection-reply");
    expect(s.reason).toBe("Closed: they chose someone else this time; a short, kind reply keeps the door open for future roles.");
  });

  it("are one sentence with days written out, never 'today' or 'tomorrow' (they are stored and exported)", () => {
    fc.assert(
      fc.property(arbFrontmatter, arbDay, (fm, today) => {
        const s = computeStatus(parseInterviewNote(fm, "x.md"), { day: today, minutes: 0 }, SETTINGS);
        // R0 quotes the user's value: leave it out.
        const own = s.state === "invalid" && s.problems[0] ? s.reason.replace(s.problems[0].value, "") : s.reason;
        expect(own).not.toMatch(/\b(today|tomorrow|yesterday)\b/i);
        expect(s.reason).toMatch(/^[A-Z][^]*\.$/);
      }),
      { numRuns: 500 },
    );
  });

  it.each<[string, NoteBuilder, Day, string]>([
    [
      "R4c waiting",
      aNote().thanked(),
      "2026-11-20",
      "Wait until Wed 25 Nov, then send a follow-up email: they gave no timeline at the interview on Wed 18 Nov, so 5 business days later is the time to ask.",
    ],
    [
      "R4b overdue",
      aNote().thanked().set("decision_date", "2026-11-27"),
      "2026-12-04",
      "Send a follow-up email as soon as you can: they expected to decide by Fri 27 Nov, and one to three business days after that is the time to ask.",
    ],
    [
      "R6a",
      aNote().thanked().set("follow_ups", ["2026-11-25 phone next 2026-12-04"]),
      "2026-12-04",
      "Send a follow-up email by Mon 7 Dec: when you were in touch on Wed 25 Nov, you agreed to check back on Fri 4 Dec.",
    ],
    [
      "R6b after a voicemail, email",
      aNote().thanked().set("follow_ups", ["2026-11-26 voicemail"]),
      "2026-11-30",
      "Send a short email by Tue 1 Dec: you left a voicemail on Thu 26 Nov, and a written note 2–3 business days later makes sure it reached them.",
    ],
    [
      "R6b, they prefer the phone",
      aNote().thanked().withPhone().set("preferred_channel", "phone").set("follow_ups", ["2026-11-26 voicemail"]),
      "2026-11-30",
      "Call them again by Tue 1 Dec (they prefer phone calls): you left a voicemail on Thu 26 Nov, so try once more 2–3 business days later.",
    ],
    [
      "R6b, message with a colleague, they prefer LinkedIn",
      aNote().thanked().set("preferred_channel", "linkedin").set("follow_ups", ["2026-11-26 message"]),
      "2026-11-30",
      "Send a short message on LinkedIn by Tue 1 Dec (they prefer LinkedIn): you left a message with a colleague on Thu 26 Nov, and a written note 2–3 business days later makes sure it reached them.",
    ],
    [
      "R6c, a number known",
      aNote().thanked().withPhone().emailed("2026-11-25"),
      "2026-12-02",
      "Call them by Wed 9 Dec: your email of Wed 25 Nov got no reply, and a week or two later is the time to try again; after a week, a call is fine.",
    ],
    [
      "R6c, they prefer email",
      aNote().thanked().withPhone().set("preferred_channel", "email").emailed("2026-11-25"),
      "2026-12-02",
      "Send a follow-up email by Wed 9 Dec (they prefer email): your email of Wed 25 Nov got no reply, and a week or two later is the time to try again.",
    ],
    [
      "R10b floor",
      aNote().thanked().emailed("2026-11-27").set("decision_date", "2026-11-28"),
      "2026-11-30",
      "Wait until Tue 1 Dec, then send a follow-up email: they expected to decide by Sat 28 Nov, and one to three business days after that is the time to ask; it starts Tue 1 Dec to leave at least 2 business days after your last follow-up (R10b).",
    ],
    [
      "R11 snooze",
      aNote().thanked().set("snoozed_until", "2026-12-10"),
      "2026-12-03",
      "Wait until Thu 10 Dec, then send a follow-up email: they gave no timeline at the interview on Wed 18 Nov, so 5 business days later is the time to ask; you snoozed it until Thu 10 Dec (R11).",
    ],
    [
      "R9 waiting",
      aNote().thanked().emailed("2026-11-25").emailed("2026-12-02").emailed("2026-12-09"),
      "2026-12-10",
      "Stop following up for now: 3 follow-ups got no answer; if nothing comes by Wed 23 Dec, move on.",
    ],
    ["R2", aNote().interviewedOn("2026-11-30"), "2026-11-25", "Interview on Mon 30 Nov: before you leave, ask when they expect to decide, how they prefer to be contacted, and whether you may check in on a set day."],
    ["R0 missing", aNote().without("interview_date"), "2026-11-25", "Add interview_date, the day of the interview (like 2026-11-18), so the follow-ups can be planned."],
  ])("%s", (_name, note, today, expected) => {
    expect(statusOf(note, today).reason).toBe(expected);
  });

  it("with no address, an email points to the company's site", () => {
    expect(statusOf(aNote().thanked().withoutEmail(), "2026-11-25").reason).toContain("(find their address on the company's site)");
  });

  it("a preferred email with no address says both: the preference and where to find the address", () => {
    const reason = statusOf(aNote().thanked().withoutEmail().set("preferred_channel", "email"), "2026-11-25").reason;
    expect(reason).toContain("(they prefer email; find their address on the company's site)");
  });
});

describe("other channels appear only as labelled alternatives", () => {
  it("a call beside email, an email beside a call", () => {
    expect(alternativesText(statusOf(aNote().thanked().withPhone().set("call_ok", true), "2026-11-25"))).toBe("Also possible: a call.");
    expect(alternativesText(statusOf(aNote().thanked().withPhone().set("preferred_channel", "phone"), "2026-11-25"))).toBe("Also possible: an email.");
    expect(alternativesText(statusOf(aNote().thanked().set("call_ok", true), "2026-11-25"))).toBe("");
  });
});

describe("the lines below a reason", () => {
  it("labelled alternatives, then the thank-you still to send; none for the thank-you itself", () => {
    const pending = statusOf(aNote().withPhone().set("call_ok", true).set("snoozed_until", "2026-12-10"), "2026-12-03");
    expect(pending.thankYouPending).toBe(true);
    expect(noteLines(pending)).toEqual([
      { kind: "alternatives", text: "Also possible: a call." },
      { kind: "thanks", text: "No thank-you logged yet: add a sentence of thanks." },
    ]);
    expect(noteLines(statusOf(aNote(), "2026-11-19"))).toEqual([]);
  });
});

describe("problem lines: one wording for the sidebar and the CLI", () => {
  it("the key, the value in quotes, then what is wrong; no quotes when there is no value", () => {
    const status = statusOf({ company: "Acme", role: "Analyst", interview_date: "2026-11-31" }, "2026-12-01");
    expect(problemText(status.problems[0])).toBe('interview_date "2026-11-31": there is no November 31 (November has 30 days)');
    expect(problemText({ key: "outcome", value: "", message: "is empty" })).toBe("outcome: is empty");
    const pieces = problemPieces({ key: "outcome", value: "maybe", message: "not an outcome" });
    expect(pieces.filter((p) => p.part).map((p) => [p.part, p.text])).toEqual([["key", "outcome"], ["value", "maybe"], ["message", "not an outcome"]]);
  });
});

describe("calendar events", () => {
  it("title and description come from the same phrases", () => {
    const s = statusOf(aNote().thanked().withPhone().set("call_ok", true), "2026-11-25");
    expect(eventSummary(s, "follow-up")).toBe("Email follow-up: Acme — Analyst");
    expect(eventDescription(s, "follow-up", GB)).toBe(
      `Email follow-up: between Wed 25 Nov and Wed 2 Dec.\n${s.reason} (R4c)\nAlso possible: a call.\nNote: Interviews/Acme.md`,
    );
    expect(eventSummary(s, "follow-up", true)).toBe("Email follow-up (overdue): Acme — Analyst");
    expect(eventDescription(s, "follow-up", GB, "2026-12-05").split("\n")[0]).toBe(
      "Email follow-up (overdue): the last day was Wed 2 Dec; it is on Sat 5 Dec, the day of this export, so that your calendar still shows it.",
    );
  });
});

describe("counts", () => {
  it("thank-yous apart from follow-ups", () => {
    const t = { action: "send-thank-you" as const };
    const f = { action: "follow-up" as const };
    expect(countPhrase([t])).toBe("1 thank-you");
    expect(countPhrase([t, t, f])).toBe("2 thank-yous and 1 follow-up");
    expect(dueCountText([])).toBe("Nothing due");
    expect(dueCountText([f, f])).toBe("2 follow-ups due");
  });

  it("a notification line is the title and the headline", () => {
    const s = statusOf(aNote().thanked(), "2026-11-25");
    expect(notificationLine(s, "2026-11-25", GB)).toBe("Acme — Analyst: Email follow-up due by Wed 2 Dec");
  });
});

describe("one choice of verb, one test for R9's wait", () => {
  it("the reminder after a message and the reason the engine gives then use the same verb (recommendedVerb)", () => {
    const note = parseInterviewNote(aNote().build(), "Interviews/Acme.md");
    const next = statusAfterLeaving(note, "message", { holidays: [], maxAttempts: 3 }, "2026-11-26", GB)!;
    const verb = recommendedVerb(next.channel!, next.rule);
    expect(verb).toBe("send a short email");
    expect(afterMessageReminder(next, GB)).toContain(`, ${verb} between`);
    expect(next.reason.toLowerCase()).toContain(verb);
    expect(recommendedVerb("phone", "R6c")).toBe("call them");
  });

  it("isWaitingToMoveOn: R9 before its two weeks end; not after, not another rule's wait", () => {
    const three = aNote().thanked().emailed("2026-11-25").emailed("2026-12-02").emailed("2026-12-09");
    expect(isWaitingToMoveOn(statusOf(three, "2026-12-10"))).toBe(true);
    expect(isWaitingToMoveOn(statusOf(three, "2026-12-23"))).toBe(false);
    expect(isWaitingToMoveOn(statusOf(aNote().thanked().emailed("2026-11-25"), "2026-11-26"))).toBe(false);
  });
});

describe("the reminder after a voicemail names the next step the engine computes (§5)", () => {
  const after = (b: NoteBuilder, holidays: string[] = []) =>
    afterMessageReminder(statusAfterLeaving(parseInterviewNote(b.build(), "Interviews/Acme.md"), "voicemail", { holidays, maxAttempts: 3 }, "2026-11-26", GB), GB);

  it("in the verbs every surface uses: a short email, a second call, a short LinkedIn message", () => {
    expect(after(aNote())).toBe("Reminder: if they don't call back, send a short email between Mon 30 Nov and Tue 1 Dec (follow-up 2, R6b).");
    expect(after(aNote().withPhone().set("preferred_channel", "phone"))).toBe(
      "Reminder: if they don't call back, call them again between Mon 30 Nov and Tue 1 Dec (follow-up 2, R6b).",
    );
    expect(after(aNote().set("preferred_channel", "Linked In"))).toBe(
      "Reminder: if they don't call back, send a short message on LinkedIn between Mon 30 Nov and Tue 1 Dec (follow-up 2, R6b).",
    );
  });

  it("the same verb as the reason the engine will give then", () => {
    const note = parseInterviewNote(aNote().withPhone().set("preferred_channel", "phone").build(), "Interviews/Acme.md");
    const status = statusAfterLeaving(note, "voicemail", SETTINGS, "2026-11-26", GB)!;
    expect(status.reason.startsWith("Wait until Mon 30 Nov, then call them again")).toBe(true);
    expect(afterMessageReminder(status, GB)).toContain("call them again");
  });

  it("holidays move it; without a readable interview day it stays general", () => {
    expect(after(aNote(), ["2026-11-27"])).toContain("between Tue 1 Dec and Wed 2 Dec");
    expect(after(aNote().interviewedOn("soon"))).toBe("Reminder: if they don't call back, follow up in writing 2–3 business days after this message.");
  });
});

describe("days in the user's locale", () => {
  const inLocale = (days: DayFormat, note: NoteBuilder, today: Day): FollowUpStatus =>
    computeStatus(parseInterviewNote(note.build(), "Interviews/Acme.md"), { day: today, minutes: 0 }, { holidays: [], maxAttempts: 3, dayFormat: days });

  it.each<[string, DayFormat, string, string, string]>([
    [
      "en-US",
      US,
      "Email follow-up due by Wed, Dec 2",
      "Send a follow-up email by Wed, Dec 2: they gave no timeline at the interview on Wed, Nov 18, so 5 business days later is the time to ask.",
      "Today, Wed, Nov 25",
    ],
    [
      "en-GB",
      GB,
      "Email follow-up due by Wed 2 Dec",
      "Send a follow-up email by Wed 2 Dec: they gave no timeline at the interview on Wed 18 Nov, so 5 business days later is the time to ask.",
      "Today, Wed 25 Nov",
    ],
    [
      "de",
      DE,
      "Email follow-up due by Mi., 2. Dez.",
      "Send a follow-up email by Mi., 2. Dez.: they gave no timeline at the interview on Mi., 18. Nov., so 5 business days later is the time to ask.",
      "Today, Mi., 25. Nov.",
    ],
  ])("%s: the headline, the reason and the heading", (_name, days, line, reason, heading) => {
    const s = inLocale(days, aNote().thanked(), "2026-11-25");
    expect(headline(s, "2026-11-25", days)).toBe(line);
    expect(s.reason).toBe(reason);
    expect(todayHeading("2026-11-25", days)).toBe(heading);
  });

  it("another year is written the locale's way", () => {
    const note = aNote().interviewedOn("2027-01-07");
    expect(headline(inLocale(US, note, "2026-12-30"), "2026-12-30", US)).toBe("Interview on Thu, Jan 7, 2027");
    expect(headline(inLocale(GB, note, "2026-12-30"), "2026-12-30", GB)).toBe("Interview on Thu, 7 Jan 2027");
    expect(headline(inLocale(DE, note, "2026-12-30"), "2026-12-30", DE)).toBe("Interview on Do., 7. Jan. 2027");
    expect(asOfHeading("2026-11-25", US)).toBe("Follow-ups as of Wed, Nov 25, 2026");
  });

  it("a sentence that ends on a day ending in a point gets no second one", () => {
    expect(endSentence("Last day: Mi., 2. Dez.")).toBe("Last day: Mi., 2. Dez.");
    expect(endSentence("Last day: Wed, Dec 2")).toBe("Last day: Wed, Dec 2.");
    const agreed = inLocale(DE, aNote().thanked().set("check_back", "2026-12-02"), "2026-11-25");
    expect(agreed.reason).toBe("Wait until Mi., 2. Dez., then send a follow-up email: you agreed to check back on Mi., 2. Dez.");
    expect(eventDescription(agreed, "follow-up", DE).split("\n")[0]).toBe("Email follow-up: between Mi., 2. Dez. and Do., 3. Dez.");
    fc.assert(
      fc.property(arbFrontmatter, arbDay, fc.constantFrom(DE, makeDayFormat("fr")), (fm, today, days) => {
        const s = computeStatus(parseInterviewNote(fm, "x.md"), { day: today, minutes: 0 }, { holidays: [], maxAttempts: 3, dayFormat: days });
        const own = s.state === "invalid" && s.problems[0] ? s.reason.replace(s.problems[0].value, "") : s.reason;
        expect(own).not.toMatch(/\.\.$/);
        expect(eventDescription(s, "follow-up", days)).not.toMatch(/\.\.\n/);
      }),
      { numRuns: 300 },
    );
  });
});
