// @vitest-environment happy-dom
/**
 * The DST and time-zone matrix (spec §1: a day never shifts). scripts/test-all-zones.mjs runs the
 * suite under UTC, America/Los_Angeles, Pacific/Kiritimati, America/Santiago and
 * Australia/Sydney; this file finds the current zone's DST change days in 2026 (the days whose
 * length is not 24 hours, with the day before and after each) and a normal day, and checks, at
 * 00:30 and 23:30 local time on each:
 * - `localMoment` and the index's `today()` (injected clock) give that day;
 * - `computeStatus` for a note interviewed that day and the day before says the right thing
 *   about the thank-you;
 * - the index's midnight timer fires at the real next local midnight, not an hour early or late
 *   (vitest's fake timers with `vi.setSystemTime`).
 */
import process from "node:process";
import { afterEach, describe, expect, it, vi } from "vitest";
import { addDays, localMoment } from "../../src/core/dates";
import { parseInterviewNote } from "../../src/core/note";
import { computeStatus } from "../../src/core/rules";
import { defaultSettings } from "../../src/core/settings";
import type { Day } from "../../src/core/types";
import { INDEX_EVENT, type IndexUpdate } from "../../src/plugin/host";
import { FollowUpIndex } from "../../src/plugin/index";
import { createApp, stringifyYaml } from "../support/obsidian";
import { GB } from "../support/day-formats";

const ZONE = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
const HOUR = 3_600_000;

function parts(day: Day): [number, number, number] {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

/** The first instant of a local day (on a day whose midnight is skipped, the first that exists). */
function startOf(day: Day): Date {
  const [y, m, d] = parts(day);
  const t = new Date(y, m - 1, d, 0, 0, 0, 0);
  // new Date() moves a skipped 00:00 forward to 01:00 of the same day; make sure.
  expect(localMoment(t).day).toBe(day);
  return t;
}

/** Days of 2026 that are not 24 hours long in this zone. */
function changeDays(): Day[] {
  const out: Day[] = [];
  for (let n = 0; n < 365; n++) {
    const day = addDays("2026-01-01", n);
    const length = startOf(addDays(day, 1)).getTime() - startOf(day).getTime();
    if (length !== 24 * HOUR) out.push(day);
  }
  return out;
}

const CHANGES = changeDays();
const NORMAL_DAY = "2026-11-18";
/** Each change day with the day before and after it, and a normal day. */
const DAYS = [...new Set([...CHANGES.flatMap((d) => [addDays(d, -1), d, addDays(d, 1)]), NORMAL_DAY])].sort();

const ENGINE = { holidays: new Set<Day>(), maxAttempts: 3, dayFormat: GB };

function note(fm: Record<string, unknown>): string {
  return `---\n${stringifyYaml(fm)}---\nNotes.\n`;
}

afterEach(() => {
  vi.useRealTimers();
});

describe(`DST change days in 2026, TZ=${ZONE}`, () => {
  it("finds the change days of the zones that have them", () => {
    const expected: Record<string, Day[]> = {
      // Day length 23 h or 25 h: the local day on which the clocks change.
      "America/Los_Angeles": ["2026-03-08", "2026-11-01"],
      "Australia/Sydney": ["2026-04-05", "2026-10-04"],
      // Chile changes at midnight: in April Saturday 23:00–24:00 happens twice (25 h); in
      // September Sunday's midnight is skipped, so that day starts at 01:00 (23 h).
      "America/Santiago": ["2026-04-04", "2026-09-06"],
      UTC: [],
      "Pacific/Kiritimati": [],
    };
    if (ZONE in expected) expect(CHANGES).toEqual(expected[ZONE]);
    else expect(CHANGES.length % 2).toBe(0);
  });

  for (const day of DAYS) {
    for (const [h, min] of [
      [0, 30],
      [23, 30],
    ] as const) {
      const label = `${day} ${String(h).padStart(2, "0")}:${min}`;

      it(`${label}: the day does not shift; the thank-you is due for that day's and the day before's interview`, () => {
        const [y, m, d] = parts(day);
        const now = new Date(y, m - 1, d, h, min);
        const moment = localMoment(now);
        expect(moment.day).toBe(day);
        // The wall-clock time, or (where 00:30 does not exist) the one the clock shows instead.
        expect(moment.minutes).toBe(now.getHours() * 60 + now.getMinutes());

        const app = createApp({
          files: {
            "Interviews/today.md": note({ company: "Today", interview_date: day, interviewer_email: "a@b.test" }),
            "Interviews/yesterday.md": note({ company: "Yesterday", interview_date: addDays(day, -1), interviewer_email: "a@b.test" }),
            "Interviews/three-days.md": note({ company: "Three days", interview_date: addDays(day, -3), interviewer_email: "a@b.test" }),
            "Interviews/later-today.md": note({ company: "Later", interview_date: `${day} 23:45`, interviewer_email: "a@b.test" }),
          },
          layoutReady: true,
        });
        const index = new FollowUpIndex(app as never, () => defaultSettings(), () => now);
        index.load();
        try {
          expect(index.today()).toBe(day);
          expect(index.get("Interviews/today.md")).toMatchObject({ state: "thank-you-due", opens: day, dueBy: addDays(day, 2) });
          expect(index.get("Interviews/yesterday.md")).toMatchObject({ state: "thank-you-due", opens: addDays(day, -1), dueBy: addDays(day, 1) });
          expect(index.get("Interviews/three-days.md")).toMatchObject({ state: "thank-you-overdue", dueBy: addDays(day, -1) });
          expect(index.get("Interviews/later-today.md")?.state).toBe("upcoming");

          // The engine alone, with the same moment.
          for (const [interview, state] of [
            [day, "thank-you-due"],
            [addDays(day, -1), "thank-you-due"],
            [addDays(day, -2), "thank-you-due"],
            [addDays(day, -3), "thank-you-overdue"],
            [addDays(day, 1), "upcoming"],
          ] as const) {
            const s = computeStatus(parseInterviewNote({ interview_date: interview }, "x.md"), moment, ENGINE);
            expect(s.state, `interview ${interview}`).toBe(state);
          }
        } finally {
          index.unload();
        }
      });

      it(`${label}: the midnight timer fires at the real next local midnight`, () => {
        vi.useFakeTimers();
        const [y, m, d] = parts(day);
        const now = new Date(y, m - 1, d, h, min);
        vi.setSystemTime(now);
        const next = startOf(addDays(day, 1));
        const wait = next.getTime() - now.getTime();

        // Interviewed two days ago: the thank-you's last day is today, overdue from midnight.
        const app = createApp({
          files: { "Interviews/acme.md": note({ company: "Acme", interview_date: addDays(day, -2), interviewer_email: "a@b.test" }) },
          layoutReady: true,
        });
        const events: IndexUpdate[] = [];
        app.workspace.on(INDEX_EVENT, (u) => events.push(u as IndexUpdate));
        const index = new FollowUpIndex(app as never, () => defaultSettings(), () => new Date());
        index.load();
        try {
          expect(index.get("Interviews/acme.md")?.state).toBe("thank-you-due");
          events.length = 0;

          vi.advanceTimersByTime(wait - 1);
          expect(index.today()).toBe(day);
          expect(events).toEqual([]);
          expect(index.get("Interviews/acme.md")?.state).toBe("thank-you-due");

          vi.advanceTimersByTime(1);
          expect(index.today()).toBe(addDays(day, 1));
          expect(events).toHaveLength(1);
          // A new day: the event says "everything" (every relative phrase moved) and names the day.
          expect(events[0]).toMatchObject({ changed: null, today: addDays(day, 1) });
          expect(index.get("Interviews/acme.md")?.state).toBe("thank-you-overdue");
        } finally {
          index.unload();
        }
      });
    }
  }
});
