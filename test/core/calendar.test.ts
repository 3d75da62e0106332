/**
 * The calendar export, read back by an independent parser (ical.js): dates, summaries, UIDs,
 * descriptions, escaping and folding. Runs under every test time zone.
 */
import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import {
  CALENDAR_NAME,
  calendarEvents,
  eventUid,
  renderCalendar,
  stableHash,
} from "../../src/core/calendar";
import { parseInterviewNote } from "../../src/core/note";
import { computeStatus } from "../../src/core/rules";
import { addDays, toHolidaySet } from "../../src/core/dates";
import type { Day, FollowUpStatus } from "../../src/core/types";
import { CHANNEL_VERBS, dayText } from "../../src/core/wording";
import { arbDay, arbFrontmatter, arbHolidays } from "../support/arbitraries";
import { aNote, type NoteBuilder } from "../support/note-builder";
import { GB } from "../support/day-formats";

function statusOf(note: NoteBuilder | Record<string, unknown>, today: Day, path = "Interviews/Acme.md", holidays: string[] = []): FollowUpStatus {
  const fm = "build" in note && typeof note.build === "function" ? (note as NoteBuilder).build() : note;
  return computeStatus(parseInterviewNote(fm, path), { day: today, minutes: 0 }, { holidays, maxAttempts: 3, dayFormat: GB });
}

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  startIsDate: boolean;
  stamp: string;
}

function parse(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents("vevent").map((ev) => {
    const start = ev.getFirstPropertyValue("dtstart") as ICAL.Time;
    const end = ev.getFirstPropertyValue("dtend") as ICAL.Time;
    return {
      uid: String(ev.getFirstPropertyValue("uid")),
      summary: String(ev.getFirstPropertyValue("summary")),
      description: String(ev.getFirstPropertyValue("description")),
      start: start.toString(),
      end: end.toString(),
      startIsDate: start.isDate && end.isDate,
      stamp: String(ev.getFirstPropertyValue("dtstamp")),
    };
  });
  return { calendar, events };
}

describe("calendar: one all-day event per open action", () => {
  it("thank-you due (R3): starts on the interview day, ends the day after dueBy", () => {
    const s = statusOf(aNote(), "2026-11-19");
    expect(s.state).toBe("thank-you-due");
    const { events } = parse(renderCalendar([s], "2026-11-19", GB).text);
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e.startIsDate).toBe(true);
    expect(e.start).toBe("2026-11-18");
    expect(e.end).toBe("2026-11-21");
    expect(e.summary).toBe("Thank-you: Acme — Analyst");
    expect(e.description).toContain(s.reason);
    expect(e.description).toContain("(R3)");
    expect(e.description).toContain("Note: Interviews/Acme.md");
    expect(e.uid).toMatch(/^[0-9a-f]{16}@interview-followup$/);
  });

  it("thank-you overdue: its days have passed, so it is placed on the export day (calendars hide past events)", () => {
    const s = statusOf(aNote(), "2026-11-23");
    expect(s.state).toBe("thank-you-overdue");
    const { events } = parse(renderCalendar([s], "2026-11-23", GB).text);
    expect(events.map((e) => [e.summary, e.start, e.end])).toEqual([["Thank-you (overdue): Acme — Analyst", "2026-11-23", "2026-11-24"]]);
    expect(events[0].description.split("\n")[0]).toBe(
      "Thank-you (overdue): the last day was Fri 20 Nov; it is on Mon 23 Nov, the day of this export, so that your calendar still shows it.",
    );
  });

  it("follow-up due (R4c) by email: the window 11-25 … 12-02, DTEND 12-03", () => {
    const s = statusOf(aNote(), "2026-11-25");
    expect(s.state).toBe("follow-up-due");
    const { events } = parse(renderCalendar([s], "2026-11-25", GB).text);
    expect(events).toHaveLength(1);
    expect(events[0].summary).toBe("Email follow-up: Acme — Analyst");
    expect([events[0].start, events[0].end]).toEqual(["2026-11-25", "2026-12-03"]);
    expect(events[0].description).toBe(
      [
        "Email follow-up: between Wed 25 Nov and Wed 2 Dec.",
        `${s.reason} (R4c)`,
        "No thank-you logged yet: add a sentence of thanks.",
        "Note: Interviews/Acme.md",
      ].join("\n"),
    );
  });

  it("follow-up overdue: placed on the export day, titled overdue, its last day in the description", () => {
    const s = statusOf(aNote().thanked("2026-11-18"), "2026-12-03");
    expect(s.state).toBe("follow-up-overdue");
    const { events } = parse(renderCalendar([s], "2026-12-03", GB).text);
    expect([events[0].summary, events[0].start, events[0].end]).toEqual(["Email follow-up (overdue): Acme — Analyst", "2026-12-03", "2026-12-04"]);
    expect(events[0].description).toBe(
      [
        "Email follow-up (overdue): the last day was Wed 2 Dec; it is on Thu 3 Dec, the day of this export, so that your calendar still shows it.",
        `${s.reason} (R4c)`,
        "Note: Interviews/Acme.md",
      ].join("\n"),
    );
    // Exported again a week later, it moves to that day and keeps its UID.
    const later = statusOf(aNote().thanked("2026-11-18"), "2026-12-10");
    const moved = parse(renderCalendar([later], "2026-12-10", GB).text).events[0];
    expect([moved.start, moved.end, moved.uid]).toEqual(["2026-12-10", "2026-12-11", events[0].uid]);
  });

  it("waiting with a window (R6b) gives a future event; holidays move it", () => {
    const note = aNote().thanked("2026-11-18").attempt("2026-11-26", "voicemail");
    const s = statusOf(note, "2026-11-27");
    expect(s.state).toBe("waiting");
    expect(s.rule).toBe("R6b");
    let { events } = parse(renderCalendar([s], "2026-11-27", GB).text);
    expect([events[0].summary, events[0].start, events[0].end]).toEqual(["Email follow-up 2: Acme — Analyst", "2026-11-30", "2026-12-02"]);
    const withHolidays = statusOf(note, "2026-11-27", "Interviews/Acme.md", ["2026-11-26", "2026-11-27"]);
    ({ events } = parse(renderCalendar([withHolidays], "2026-11-27", GB).text));
    expect([events[0].start, events[0].end]).toEqual(["2026-12-01", "2026-12-03"]);
  });

  it("the title names the channel: phone, LinkedIn; other channels only as alternatives", () => {
    const phone = statusOf(aNote().thanked().set("preferred_channel", "phone"), "2026-11-25", "Interviews/Phone.md");
    const linkedin = statusOf(aNote().thanked().set("company", "Globex").set("preferred_channel", "linkedin"), "2026-11-25", "Interviews/Globex.md");
    const { events } = parse(renderCalendar([phone, linkedin], "2026-11-25", GB).text);
    expect(events.map((e) => e.summary).sort()).toEqual(["LinkedIn follow-up: Globex — Analyst", "Phone follow-up: Acme — Analyst"]);
    const callOk = statusOf(aNote().thanked().withPhone().set("call_ok", true), "2026-11-25");
    expect(calendarEvents([callOk], "2026-11-25", GB)[0].description).toContain("\nAlso possible: a call.\n");
  });

  it("no events for closed, invalid, upcoming, R9 waiting and no-response notes", () => {
    const statuses = [
      statusOf(aNote().set("outcome", "rejected"), "2026-11-25", "a.md"),
      statusOf(aNote().set("outcome", "offer"), "2026-11-25", "b.md"),
      statusOf(aNote().without("interview_date"), "2026-11-25", "c.md"),
      statusOf(aNote().interviewedOn("2026-12-10"), "2026-11-25", "d.md"),
      statusOf(aNote().thanked().emailed("2026-11-20").emailed("2026-11-27").emailed("2026-12-04"), "2026-12-10", "e.md"),
      statusOf(aNote().thanked().emailed("2026-11-20").emailed("2026-11-27").emailed("2026-12-04"), "2026-12-20", "f.md"),
    ];
    expect(statuses.map((s) => s.state)).toEqual(["closed", "closed", "invalid", "upcoming", "waiting", "no-response"]);
    expect(statuses[4].rule).toBe("R9");
    const rendered = renderCalendar(statuses, "2026-12-10", GB);
    expect(rendered.events).toEqual([]);
    const { calendar, events } = parse(rendered.text);
    expect(events).toEqual([]);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(CALENDAR_NAME);
  });

  it("names the calendar and the product", () => {
    const { calendar } = parse(renderCalendar([statusOf(aNote(), "2026-11-19")], "2026-11-19", GB).text);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Interview follow-ups");
    expect(String(calendar.getFirstPropertyValue("prodid"))).toMatch(/Interview Follow-up/);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  });

  it("the title is Company — Role, else the note's file name, as on every surface", () => {
    const companyOnly = statusOf(aNote().without("role"), "2026-11-25", "Interviews/Acme second round.md");
    expect(calendarEvents([companyOnly], "2026-11-25", GB)[0].summary).toBe("Email follow-up: Acme second round");
  });

  it("orders events most urgent first", () => {
    const due = statusOf(aNote().thanked().set("company", "Due"), "2026-11-25", "due.md");
    const overdue = statusOf(aNote().thanked().set("company", "Late").interviewedOn("2026-11-02"), "2026-11-25", "late.md");
    const waiting = statusOf(aNote().set("company", "Wait").thanked().attempt("2026-11-24", "voicemail"), "2026-11-25", "wait.md");
    expect([due.state, overdue.state, waiting.state]).toEqual(["follow-up-due", "follow-up-overdue", "waiting"]);
    const summaries = calendarEvents([waiting, due, overdue], "2026-11-25", GB).map((e) => e.summary);
    expect(summaries).toEqual(["Email follow-up (overdue): Late — Analyst", "Email follow-up: Due — Analyst", "Email follow-up 2: Wait — Analyst"]);
  });
});

describe("calendar: UIDs and stamps are stable", () => {
  it("FNV-1a 64 matches the published test vectors", () => {
    expect(stableHash("")).toBe("cbf29ce484222325");
    expect(stableHash("a")).toBe("af63dc4c8601ec8c");
    expect(stableHash("foobar")).toBe("85944171f73967e8");
  });

  it("the same input renders byte-identical text, with DTSTAMP at the export day", () => {
    const statuses = [statusOf(aNote(), "2026-11-25"), statusOf(aNote().set("company", "Globex"), "2026-11-19", "g.md")];
    const a = renderCalendar(statuses, "2026-11-25", GB).text;
    const b = renderCalendar(statuses.map((s) => structuredClone(s)), "2026-11-25", GB).text;
    expect(a).toBe(b);
    expect(parse(a).events.map((e) => e.stamp)).toEqual(["2026-11-25T00:00:00Z", "2026-11-25T00:00:00Z"]);
  });

  it("the UID stays while a follow-up goes from waiting to due to overdue, and changes with the attempt", () => {
    const note = aNote().thanked();
    const days = ["2026-11-20", "2026-11-25", "2026-12-04"];
    const statuses = days.map((d) => statusOf(note, d));
    expect(statuses.map((s) => s.state)).toEqual(["waiting", "follow-up-due", "follow-up-overdue"]);
    const uids = statuses.map((s, i) => parse(renderCalendar([s], days[i], GB).text).events[0].uid);
    expect(new Set(uids).size).toBe(1);
    const second = statusOf(note.emailed("2026-11-25"), "2026-12-03");
    expect(second.attempt).toBe(2);
    expect(parse(renderCalendar([second], "2026-12-03", GB).text).events[0].uid).not.toBe(uids[0]);
  });

  it("UIDs are independent of the time zone and of the runtime (fixed values)", () => {
    expect(eventUid("Interviews/Acme.md", "thank-you", null)).toBe(`${stableHash("Interviews/Acme.md\nthank-you\n0")}@interview-followup`);
    // Computed once; must never change, or every user's calendar would get duplicates.
    expect(eventUid("Interviews/Acme.md", "follow-up", 1)).toBe("5eef41b28234bc09@interview-followup");
    expect(eventUid("Interviews/Acme.md", "follow-up", 2)).not.toBe(eventUid("Interviews/Acme.md", "follow-up", 1));
    expect(eventUid("Interviews/Acme.md", "thank-you", null)).not.toBe(eventUid("Interviews/Acme.md", "follow-up", 1));
    expect(eventUid("Interviews/Globex.md", "follow-up", 1)).not.toBe(eventUid("Interviews/Acme.md", "follow-up", 1));
  });
});

describe("calendar: hostile values survive escaping and folding", () => {
  const hostileCompany = `Smith, Jones; & Co. \\ "Partners"\nSecond line 🎉 ${"Ü€𝄞".repeat(60)}${"x".repeat(500 - 6 - 180)}`;

  function checkLines(text: string): void {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(/[^\r]\n/.test(text)).toBe(false);
    const encoder = new TextEncoder();
    for (const line of text.split("\r\n")) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    // Folding never splits a multi-byte character: the text decodes cleanly.
    expect(text).not.toContain("\uFFFD");
  }

  it("commas, semicolons, backslashes, quotes, newlines, emoji and a 500-character company", () => {
    const path = "Interviews/Smith, Jones; \\ 🎉.md";
    const s = statusOf(aNote().set("company", hostileCompany).set("role", "R&D; lead, \\ senior\r\n"), "2026-11-25", path);
    const rendered = renderCalendar([s], "2026-11-25", GB);
    checkLines(rendered.text);
    const { events } = parse(rendered.text);
    expect(events).toHaveLength(1);
    expect(events[0].summary).toBe(rendered.events[0].summary);
    expect(events[0].summary).toBe(`Email follow-up: ${hostileCompany} — R&D; lead, \\ senior`);
    expect(events[0].description).toBe(rendered.events[0].description);
    expect(events[0].description).toContain(`Note: ${path}`);
    expect(events[0].uid).toBe(rendered.events[0].uid);
  });

  it("CR and CRLF become LF; other control characters are dropped", () => {
    const s = statusOf(aNote().set("company", "A\rB\u0000C\tD").set("role", "x\r\ny"), "2026-11-25");
    const rendered = renderCalendar([s], "2026-11-25", GB);
    expect(rendered.events[0].summary).toBe("Email follow-up: A\nBC\tD — x\ny");
    expect(parse(rendered.text).events[0].summary).toBe(rendered.events[0].summary);
  });

  it("any company and role parse back equal (property test)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 120 }), (company, role) => {
        const s = statusOf(aNote().set("company", company).set("role", role), "2026-11-25");
        const rendered = renderCalendar([s], "2026-11-25", GB);
        checkLinesSoft(rendered.text);
        const { events } = parse(rendered.text);
        expect(events[0].summary).toBe(rendered.events[0].summary);
        expect(events[0].description).toBe(rendered.events[0].description);
      }),
      { numRuns: 200 },
    );
  });

  /** Like checkLines, but lone surrogates in the input legitimately become U+FFFD. */
  function checkLinesSoft(text: string): void {
    expect(/[^\r]\n/.test(text)).toBe(false);
    const encoder = new TextEncoder();
    for (const line of text.split("\r\n")) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
  }
});

describe("calendar: every event is in view, and its title and description agree (property)", () => {
  const RUNS = Number(process.env.FC_RUNS ?? 400);
  const WHAT = /^(Thank-you|Email follow-up|Phone follow-up|LinkedIn follow-up)( \d+)?( \(overdue\))?$/;

  it("over generated notes, export days and holidays", () => {
    fc.assert(
      fc.property(arbFrontmatter, arbDay, arbHolidays, (fm, today, holidays) => {
        const note = parseInterviewNote({ ...fm, company: "Acme", role: "Analyst" }, "Interviews/Acme.md");
        const s = computeStatus(note, { day: today, minutes: 0 }, { holidays: toHolidaySet(holidays), maxAttempts: 3, dayFormat: GB });
        const events = calendarEvents([s], today, GB);
        for (const e of events) {
          const overdue = s.state === "thank-you-overdue" || s.state === "follow-up-overdue";
          // In view: no event ends before the export day.
          expect(e.end > today, `${e.start}…${e.end} on ${today}`).toBe(true);
          expect([e.start, e.end]).toEqual(overdue ? [today, addDays(today, 1)] : [s.opens, addDays(s.dueBy!, 1)]);
          // The same action, channel and attempt, overdue or not, in the title and the description's first line.
          const [first, reason] = e.description.split("\n");
          const what = e.summary.slice(0, e.summary.indexOf(": "));
          expect(first.startsWith(`${what}: `) || first === `${what}.`, `${e.summary} / ${first}`).toBe(true);
          const m = WHAT.exec(what);
          expect(m, what).not.toBeNull();
          expect(m![3] !== undefined).toBe(overdue);
          expect(m![1] === "Thank-you").toBe(s.action === "send-thank-you");
          if (s.action !== "send-thank-you") {
            const noun = { email: "Email follow-up", phone: "Phone follow-up", linkedin: "LinkedIn follow-up" }[s.channel!];
            expect(m![1]).toBe(noun);
            const verbs = CHANNEL_VERBS[s.channel!];
            const said = reason.toLowerCase();
            expect(said.includes(verbs.next.toLowerCase()) || said.includes(verbs.afterMessage.toLowerCase()), reason).toBe(true);
          }
          // The same day words: the event's days as the reason writes days.
          const lastDay = addDays(e.end, -1);
          if (overdue) {
            expect(first).toContain(`the last day was ${dayText(s.dueBy!, GB)}`);
            expect(first).toContain(`it is on ${dayText(today, GB)}`);
          } else {
            expect(first).toContain(e.start === lastDay ? `on ${dayText(e.start, GB)}` : `between ${dayText(e.start, GB)} and ${dayText(lastDay, GB)}`);
            expect(reason).toContain(s.state === "waiting" ? dayText(e.start, GB) : dayText(lastDay, GB));
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
