// Pure checks behind the settings tab (src/core/settings-validation.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultKeyMap } from "../../src/core/settings";
import {
  cleanFolder,
  cleanKeyName,
  duplicateKeyNames,
  formatHolidayLines,
  parseCalendarPath,
  parseHolidayLines,
  parseWholeNumber,
} from "../../src/core/settings-validation";

describe("parseHolidayLines", () => {
  it("reads one day per line, skipping blank lines and repeats", () => {
    expect(parseHolidayLines("2026-12-25\n\n  2027-01-01  \r\n2026-12-25\n")).toEqual({
      holidays: ["2026-12-25", "2027-01-01"],
      errors: [],
    });
  });

  it("names every bad line by its number", () => {
    expect(parseHolidayLines("2026-12-25\n2026-02-30\n2026-1-5\nChristmas\n2028-02-29").errors).toEqual([
      "Line 2: 2026-02-30 is not a date",
      'Line 3: "2026-1-5" is not written YYYY-MM-DD',
      'Line 4: "Christmas" is not written YYYY-MM-DD',
    ]);
  });

  it("knows leap years and month lengths", () => {
    expect(parseHolidayLines("2028-02-29").errors).toEqual([]);
    expect(parseHolidayLines("2027-02-29").errors).toEqual(["Line 1: 2027-02-29 is not a date"]);
    expect(parseHolidayLines("2026-04-31").errors).toEqual(["Line 1: 2026-04-31 is not a date"]);
    expect(parseHolidayLines("2026-00-10\n2026-13-10").errors).toHaveLength(2);
  });

  it("reads back what it formats, for any list of real days", () => {
    const day = fc
      .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.uniqueArray(day, { maxLength: 30 }), (days) => {
        expect(parseHolidayLines(formatHolidayLines(days))).toEqual({ holidays: days, errors: [] });
      }),
    );
  });
});

describe("parseWholeNumber", () => {
  it("accepts whole numbers in range", () => {
    expect(parseWholeNumber("1", 1, 20)).toEqual({ ok: true, value: 1 });
    expect(parseWholeNumber(" 20 ", 1, 20)).toEqual({ ok: true, value: 20 });
  });

  it("refuses the rest with one message", () => {
    for (const text of ["0", "21", "-1", "2.5", "1e1", "", "ten"]) {
      expect(parseWholeNumber(text, 1, 20)).toEqual({ ok: false, error: "Enter a whole number from 1 to 20." });
    }
  });
});

describe("cleanFolder", () => {
  it("trims slashes and spaces, keeps inner folders", () => {
    expect(cleanFolder(" /Job search//Interviews/ ")).toBe("Job search/Interviews");
    expect(cleanFolder("Interviews\\2026")).toBe("Interviews/2026");
    expect(cleanFolder("/")).toBe("");
    expect(cleanFolder("")).toBe("");
  });
});

describe("parseCalendarPath", () => {
  it("keeps an .ics path, defaults an empty one, refuses other names", () => {
    expect(parseCalendarPath(" Calendar/jobs.ICS ", "x.ics")).toEqual({ ok: true, value: "Calendar/jobs.ICS" });
    expect(parseCalendarPath("  ", "Interview follow-ups.ics")).toEqual({ ok: true, value: "Interview follow-ups.ics" });
    const bad = parseCalendarPath("jobs.txt", "Interview follow-ups.ics");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toBe('The calendar file must end in .ics, like "Interview follow-ups.ics".');
  });

  it("is the one check of the settings tab and the calendar writer: inside the vault, a name before .ics", () => {
    const error = (text: string): string | null => {
      const r = parseCalendarPath(text, "Interview follow-ups.ics");
      return r.ok ? null : r.error;
    };
    expect(error("../outside.ics")).toBe('The calendar file must be inside this vault: "../outside.ics" is not.');
    expect(error("Cal/../../x.ics")).toBe('The calendar file must be inside this vault: "Cal/../../x.ics" is not.');
    expect(error("./x.ics")).toMatch(/^The calendar file must be inside this vault/);
    expect(error("Cal/.ics")).toBe('The calendar file needs a name before .ics, like "Interview follow-ups.ics".');
    expect(error(".ics")).toMatch(/needs a name before \.ics/);
    expect(error("Cal.ics/notes.md")).toMatch(/must end in \.ics/);
    expect(parseCalendarPath("\\Calendars//job search.ics/", "x.ics")).toEqual({ ok: true, value: "Calendars/job search.ics" });
    expect(error("..ics")).toBe('The calendar file and its folders must not start with a dot: "..ics" does.');
    expect(error(".obsidian/x.ics")).toMatch(/must not start with a dot/);
    expect(parseCalendarPath("Cafe\u0301.ics", "x.ics")).toEqual({ ok: true, value: "Caf\u00e9.ics" });
  });
});

describe("property names", () => {
  it("an empty name means the key's own", () => {
    expect(cleanKeyName("  ", "interview_date")).toBe("interview_date");
    expect(cleanKeyName(" date ", "interview_date")).toBe("date");
  });

  it("finds names used for more than one key", () => {
    const keys = defaultKeyMap();
    expect(duplicateKeyNames(keys)).toEqual({});
    keys.interview_date = "date";
    keys.decision_date = "date";
    keys.check_back = "date";
    expect(duplicateKeyNames(keys)).toEqual({
      interview_date: '"date" is also used for decision_date, check_back.',
      decision_date: '"date" is also used for interview_date, check_back.',
      check_back: '"date" is also used for interview_date, decision_date.',
    });
    keys.stage = "company";
    expect(duplicateKeyNames(keys).company).toBe('"company" is also used for stage.');
  });
});
