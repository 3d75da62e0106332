import { UTCDateMini } from "@date-fns/utc";
import { getDaysInMonth } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  addDays,
  addMonths,
  addSpan,
  businessDaysIn,
  daysBetween,
  daysInMonth,
  isBusinessDay,
  localMoment,
  makeDay,
  missingDay,
  parseDay,
  parseMoment,
  parseSpan,
  toHolidaySet,
  weekday,
} from "../../src/core/dates";

const none = new Set<string>();

describe("days (spec §1)", () => {
  it("makes only real days", () => {
    expect(makeDay(2026, 11, 18)).toBe("2026-11-18");
    expect(makeDay(2026, 2, 29)).toBeNull();
    expect(makeDay(2028, 2, 29)).toBe("2028-02-29");
    expect(makeDay(2026, 13, 1)).toBeNull();
    expect(makeDay(2026, 4, 31)).toBeNull();
  });

  it("knows the weekday", () => {
    expect(weekday("2026-11-18")).toBe(3); // Wednesday
    expect(weekday("2026-11-22")).toBe(0);
    expect(weekday("1970-01-01")).toBe(4);
  });

  it("adds days and months across month, year and DST boundaries", () => {
    expect(addDays("2026-11-30", 1)).toBe("2026-12-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-08", 1)).toBe("2026-03-09"); // US DST starts
    expect(addDays("2026-04-05", 1)).toBe("2026-04-06"); // Santiago/Sydney DST ends
    expect(addDays("2026-09-06", -1)).toBe("2026-09-05"); // Santiago DST starts at midnight
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-11-18", 2)).toBe("2027-01-18");
  });

  it("counts business days, skipping weekends and holidays; the result is always a business day", () => {
    expect(addBusinessDays("2026-11-18", 5, none)).toBe("2026-11-25");
    expect(addBusinessDays("2026-11-26", 2, none)).toBe("2026-11-30"); // Thu + 2 bd = Mon
    expect(addBusinessDays("2026-11-28", 1, none)).toBe("2026-11-30"); // Sat + 1 bd = Mon
    const hol = toHolidaySet(["2026-11-26", "2026-11-27"]);
    expect(addBusinessDays("2026-11-18", 10, hol)).toBe("2026-12-04");
    expect(isBusinessDay("2026-11-26", hol)).toBe(false);
    expect(businessDaysIn("2026-11-25", "2026-12-02", none)).toBe(5);
    expect(businessDaysIn("2026-11-20", "2026-11-24", none)).toBe(2);
  });

  it("ignores unreadable holidays instead of failing", () => {
    expect([...toHolidaySet(["2026-12-25", "nope", "2026-02-30"])]).toEqual(["2026-12-25"]);
    expect([...toHolidaySet(new Set(["2026-12-25", "nope"]))]).toEqual(["2026-12-25"]);
  });

  it("knows month lengths and leap years (date-fns), and years below 100 stay themselves", () => {
    expect([daysInMonth(2026, 2), daysInMonth(2028, 2), daysInMonth(2100, 2), daysInMonth(2000, 2), daysInMonth(2026, 12)]).toEqual([28, 29, 28, 29, 31]);
    // Date.UTC reads years 0–99 as 1900–1999; the days here do not.
    expect(makeDay(4, 2, 29)).toBe("0004-02-29");
    expect(makeDay(99, 2, 29)).toBeNull(); // 1999 would have no 29 Feb either, but 0096 does:
    expect(makeDay(96, 2, 29)).toBe("0096-02-29");
    expect(addDays("0050-12-31", 1)).toBe("0051-01-01");
    expect(daysBetween("0099-12-31", "0100-01-01")).toBe(1);
    expect(weekday("0001-01-01")).toBe(1); // a Monday in the proleptic Gregorian calendar
    expect(addMonths("0099-12-31", 2)).toBe("0100-02-28");
  });

  it("every month's length is date-fns's (the fixed lengths beside February included)", () => {
    for (let year = 1996; year <= 2104; year++) {
      for (let month = 1; month <= 12; month++) {
        expect(daysInMonth(year, month), `${year}-${month}`).toBe(getDaysInMonth(new UTCDateMini(year, month - 1, 1)));
      }
    }
  });

  it("a plain set of holidays and the engine's set give the same business days", () => {
    const plain = new Set(["2026-11-26", "2026-11-27", "2026-12-24", "2026-12-25"]);
    const set = toHolidaySet([...plain]);
    for (const [day, n] of [["2026-11-18", 10], ["2026-12-23", 1], ["2026-11-25", 3]] as const) {
      expect(addBusinessDays(day, n, plain)).toBe(addBusinessDays(day, n, set));
    }
    expect(businessDaysIn("2026-11-20", "2026-12-31", plain)).toBe(businessDaysIn("2026-11-20", "2026-12-31", set));
    expect(businessDaysIn("2026-11-20", "2026-12-31", set)).toBe(25); // 3 + 5 + 5 + 5 + 3 + 4 weekdays, the four holidays left out
  });
});

describe("business days agree with walking the calendar one day at a time", () => {
  /** The definition of spec §1, day by day on `YYYY-MM-DD` strings: the reference. */
  function walkBusinessDays(day: string, n: number, holidays: ReadonlySet<string>): string {
    let d = day;
    for (let left = Math.max(1, n); left > 0; ) {
      d = addDays(d, 1);
      if (weekday(d) !== 0 && weekday(d) !== 6 && !holidays.has(d)) left--;
    }
    return d;
  }
  const arbDay = fc.integer({ min: -800, max: 800 }).map((n) => addDays("2026-11-18", n));

  it("addBusinessDays and businessDaysIn, with and without holidays", () => {
    fc.assert(
      fc.property(arbDay, fc.integer({ min: 1, max: 40 }), fc.array(arbDay, { maxLength: 30 }), (day, n, list) => {
        const holidays = toHolidaySet(list);
        const end = addBusinessDays(day, n, holidays);
        expect(end).toBe(walkBusinessDays(day, n, new Set(list)));
        expect(isBusinessDay(end, holidays)).toBe(true);
        expect(businessDaysIn(day, end, holidays)).toBe(n);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });

  it("adding days and months, and counting days between, agree with each other across years", () => {
    fc.assert(
      fc.property(arbDay, fc.integer({ min: -3000, max: 3000 }), (day, n) => {
        const later = addDays(day, n);
        expect(daysBetween(day, later)).toBe(n);
        expect(weekday(later)).toBe((((weekday(day) + n) % 7) + 7) % 7);
        const month = addMonths(day, 1);
        expect(Number(month.slice(8, 10))).toBe(Math.min(Number(day.slice(8, 10)), daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });
});

describe("reading dates and datetimes (spec §1)", () => {
  it("a date string is that day in every zone", () => {
    expect(parseDay("2026-11-18")).toBe("2026-11-18");
    expect(parseMoment("2026-11-18")).toEqual({ day: "2026-11-18", minutes: null });
  });

  it("a Date at UTC midnight (a YAML date) keeps its calendar day", () => {
    expect(parseDay(new Date(Date.UTC(2026, 10, 18)))).toBe("2026-11-18");
    expect(parseDay(new Date(Date.UTC(2026, 0, 1)))).toBe("2026-01-01");
  });

  it("a datetime without offset is local wall-clock time", () => {
    expect(parseMoment("2026-11-18 14:00")).toEqual({ day: "2026-11-18", minutes: 840 });
    expect(parseMoment("2026-11-18T09:05:30")).toEqual({ day: "2026-11-18", minutes: 545 });
  });

  it("a datetime with Z or an offset is an instant; its day is the local date of that instant", () => {
    const instant = new Date(Date.UTC(2026, 10, 18, 23, 30));
    const expected = localMoment(instant);
    expect(parseMoment("2026-11-18T23:30:00Z")).toEqual(expected);
    expect(parseMoment("2026-11-18T15:30:00-08:00")).toEqual(expected);
    expect(parseMoment("2026-11-19T13:30:00+14:00")).toEqual(expected);
  });

  it("a UTC instant falls on the local day it is in this zone", () => {
    // 23:30Z on the 18th is the 18th in UTC and Los Angeles, and the 19th in Kiritimati (UTC+14).
    const tz = process.env.TZ ?? "";
    const day = parseDay("2026-11-18T23:30:00Z");
    if (tz === "Pacific/Kiritimati" || tz === "Australia/Sydney") expect(day).toBe("2026-11-19");
    if (tz === "UTC" || tz === "America/Los_Angeles" || tz === "America/Santiago") expect(day).toBe("2026-11-18");
    expect(day === "2026-11-18" || day === "2026-11-19").toBe(true);
  });

  it("tells a value shaped like a day whose month or day does not exist (missingDay)", () => {
    expect(missingDay("2026-11-31")).toEqual({ year: 2026, month: 11, date: 31, monthLength: 30 });
    expect(missingDay(" 2027-02-29 14:00 ")).toEqual({ year: 2027, month: 2, date: 29, monthLength: 28 });
    expect(missingDay("2026-13-01")).toEqual({ year: 2026, month: 13, date: 1, monthLength: null });
    expect(missingDay("2026-11-00")).toEqual({ year: 2026, month: 11, date: 0, monthLength: 30 });
    // Real days, text that looks like no day, unreadable years and non-strings: nothing to say.
    for (const v of ["2026-11-30", "2028-02-29", "2026-11-18T10:00Z", "soon", "2026-1-31", "0999-11-31", "9000-11-31", 20261131, null]) {
      expect(missingDay(v), String(v)).toBeNull();
    }
  });

  it("rejects what is not a date", () => {
    for (const bad of ["2026-13-45", "2026-02-30", "18/11/2026", "tomorrow", "", "2026-11-18 25:00", 20261118, true, null, {}, [], new Date(Number.NaN)]) {
      expect(parseMoment(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  // A bare YYYY-MM-DD, the commonest value, is read without the datetime pattern (for speed);
  // the same text with a space around it still goes through the pattern, so the two must agree.
  const digits = (n: number) => fc.array(fc.constantFrom(..."0123456789"), { minLength: n, maxLength: n }).map((d) => d.join(""));
  const tenChars = fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`);

  it("a bare YYYY-MM-DD reads as the same text with spaces around it (the short path agrees with the pattern)", () => {
    const edges = ["2026-02-28", "2026-02-29", "2028-02-29", "2100-02-29", "2000-02-29", "2026-04-31", "2026-12-31", "2026-00-10", "2026-13-01", "2026-11-00", "0999-12-31", "1000-01-01", "8999-12-31", "9000-01-01", "0000-00-00"];
    for (const text of edges) expect(parseMoment(text), text).toEqual(parseMoment(` ${text}\n`));
    fc.assert(
      fc.property(tenChars, (text) => {
        expect(parseMoment(text)).toEqual(parseMoment(` ${text} `));
      }),
      { numRuns: 2000 },
    );
  });

  it("ten characters that only look like a day go through the pattern and are refused", () => {
    for (const text of ["2026-1１-18", "2026/11/18", "2026-11-1a", "+026-11-18", "2026-11-18".replace("-", "\u2010"), "２026-11-18"]) {
      expect(text).toHaveLength(10);
      expect(parseMoment(text), text).toBeNull();
    }
  });
});

describe("local moments on DST change days", () => {
  // 00:30 and 23:30 local on days when clocks change in each tested zone.
  const days = ["2026-03-08", "2026-11-01", "2026-04-05", "2026-09-06", "2026-10-04", "2026-03-29"];
  for (const day of days) {
    for (const [h, m] of [[0, 30], [23, 30]] as const) {
      it(`${day} ${h}:${m} local stays on ${day}`, () => {
        const [y, mo, d] = day.split("-").map(Number);
        const instant = new Date(y, mo - 1, d, h, m);
        const moment = localMoment(instant);
        // In America/Santiago 2026-09-06 00:30 does not exist (clocks jump to 01:00): still that day.
        expect(moment.day).toBe(day);
      });
    }
  }
});

describe("decision_timeline spans (spec §2)", () => {
  it.each([
    ["2 weeks", 2, "week"],
    ["10 days", 10, "day"],
    ["5 business days", 5, "business-day"],
    ["14-30 days", 30, "day"],
    ["1-2 weeks", 2, "week"],
    ["1–2 weeks", 2, "week"],
    ["one to two weeks", 2, "week"],
    ["a week", 1, "week"],
    ["an month", 1, "month"],
    ["Three Months", 3, "month"],
    ["ten working days", 10, "business-day"],
    // spec v2
    ["a week or two", 2, "week"],
    ["A week or two", 2, "week"],
    ["two or three weeks", 3, "week"],
    ["1 or 2 weeks", 2, "week"],
    ["a couple of weeks", 2, "week"],
    ["a couple weeks", 2, "week"],
    ["a few weeks", 3, "week"],
    ["a few days", 3, "day"],
    ["a fortnight", 2, "week"],
    ["one fortnight", 2, "week"],
    ["2 wks", 2, "week"],
    ["1 wk", 1, "week"],
    ["10 bd", 10, "business-day"],
    ["10bd", 10, "business-day"],
    ["within 2 weeks", 2, "week"],
    ["in 10 days", 10, "day"],
    ["about a month", 1, "month"],
    ["Within a week or two", 2, "week"],
    ["in about 3 wks", 3, "week"],
  ])("%s", (text, amount, unit) => {
    expect(parseSpan(text)).toMatchObject({ amount, unit });
  });

  it("keeps the phrase without its leading within / in / about, for reasons", () => {
    expect(parseSpan("within  a week or two")?.text).toBe("a week or two");
    expect(parseSpan("about 3 wks")?.text).toBe("3 wks");
  });

  it.each(["soon", "2", "two", "weeks", "0 days", "-3 days", "2 fortnights", "1-a weeks", "within", "a week or an", "1-2 weeks or 3", "a lot of weeks", "few weeks", "in in"])(
    "rejects %s",
    (text) => {
      expect(parseSpan(text)).toBeNull();
    },
  );

  it("adds spans from the interview day", () => {
    const I = "2026-11-18";
    expect(addSpan(I, parseSpan("2 weeks")!, none)).toBe("2026-12-02");
    expect(addSpan(I, parseSpan("10 business days")!, none)).toBe("2026-12-02");
    expect(addSpan("2026-01-31", parseSpan("1 month")!, none)).toBe("2026-02-28");
    expect(addSpan(I, parseSpan("a week or two")!, none)).toBe("2026-12-02");
    expect(addSpan(I, parseSpan("a fortnight")!, none)).toBe("2026-12-02");
    expect(addSpan(I, parseSpan("a few weeks")!, none)).toBe("2026-12-09");
    expect(addSpan(I, parseSpan("in 10 bd")!, none)).toBe("2026-12-02");
  });
});
