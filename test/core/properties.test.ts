import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAgenda, compareStatuses } from "../../src/core/agenda";
import { addBusinessDays, addDays, isBusinessDay, toHolidaySet, weekday } from "../../src/core/dates";
import { parseInterviewNote } from "../../src/core/note";
import { computeStatus } from "../../src/core/rules";
import { arbDay, arbFrontmatter, arbHolidays } from "../support/arbitraries";
import { GB } from "../support/day-formats";

/** FC_RUNS=100000 npm run test:unit -- properties runs the full robustness pass (issue 6). */
const RUNS = Number(process.env.FC_RUNS ?? 2000);

describe("properties", () => {
  it("normalization never throws on any JSON-like input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom("interview_date", "follow_ups", "company", "outcome", "thank_you_sent", "decision_timeline"), fc.anything())), (v) => {
        const note = parseInterviewNote(v, "x.md");
        expect(Array.isArray(note.problems)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("the engine never throws; opens ≤ dueBy; the state agrees with today and the window", () => {
    fc.assert(
      fc.property(arbFrontmatter, arbDay, arbHolidays, fc.integer({ min: 1, max: 5 }), (fm, today, holidays, maxAttempts) => {
        const note = parseInterviewNote(fm, "x.md");
        const s = computeStatus(note, { day: today, minutes: 0 }, { holidays: toHolidaySet(holidays), maxAttempts, dayFormat: GB });
        if (s.opens && s.dueBy) expect(s.opens <= s.dueBy).toBe(true);
        switch (s.state) {
          case "waiting":
            expect(today < s.opens!).toBe(true);
            break;
          case "follow-up-due":
            expect(s.opens! <= today && today <= s.dueBy!).toBe(true);
            break;
          case "follow-up-overdue":
            expect(today > s.dueBy!).toBe(true);
            break;
          case "thank-you-due":
            expect(today >= s.opens! && today <= s.dueBy!).toBe(true);
            expect(s.dueBy).toBe(addDays(s.opens!, 2));
            break;
          case "thank-you-overdue":
            expect(today > s.dueBy!).toBe(true);
            break;
          case "no-response":
            expect(today >= s.opens!).toBe(true);
            break;
          case "upcoming":
            expect(today <= s.opens!).toBe(true);
            break;
          case "invalid":
            expect(note.interview).toBeNull();
            break;
          case "closed":
            expect(s.opens).toBeNull();
        }
        expect(s.reason).toMatch(/^[A-Z].*\.$/);
        expect(s.reason).not.toMatch(/undefined|null|NaN/);
        if (s.attempt !== null) expect(s.attempt).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: RUNS },
    );
  });

  it("business-day windows open and close on business days", () => {
    fc.assert(
      fc.property(arbFrontmatter, arbDay, arbHolidays, (fm, today, holidays) => {
        const hol = toHolidaySet(holidays);
        const s = computeStatus(parseInterviewNote({ ...fm, snoozed_until: undefined }, "x.md"), { day: today, minutes: 0 }, { holidays: hol, maxAttempts: 3, dayFormat: GB });
        if (["R4b", "R4c", "R4d", "R6b"].includes(s.rule) && s.state !== "thank-you-due" && s.state !== "thank-you-overdue") {
          expect(isBusinessDay(s.opens!, hol), `opens ${s.opens}`).toBe(true);
          expect(isBusinessDay(s.dueBy!, hol), `dueBy ${s.dueBy}`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("adding business days lands on a weekday that is not a holiday, strictly later", () => {
    fc.assert(
      fc.property(arbDay, fc.integer({ min: 1, max: 30 }), arbHolidays, (day, n, holidays) => {
        const hol = toHolidaySet(holidays);
        const r = addBusinessDays(day, n, hol);
        expect(r > day).toBe(true);
        expect([0, 6]).not.toContain(weekday(r));
        expect(hol.has(r)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it("the agenda is sorted most urgent first and loses no note", () => {
    fc.assert(
      fc.property(fc.array(arbFrontmatter, { maxLength: 25 }), arbDay, (fms, today) => {
        const statuses = fms.map((fm, i) => computeStatus(parseInterviewNote(fm, `n${i}.md`), { day: today, minutes: 0 }, { holidays: [], maxAttempts: 3, dayFormat: GB }));
        const flat = buildAgenda(statuses).flatMap((g) => g.items);
        expect(flat).toHaveLength(statuses.length);
        for (let i = 1; i < flat.length; i++) expect(compareStatuses(flat[i - 1], flat[i])).toBeLessThanOrEqual(0);
      }),
      { numRuns: Math.max(100, Math.floor(RUNS / 10)) },
    );
  });
});
