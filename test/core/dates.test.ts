import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  addDays,
  addMonths,
  addSpan,
  businessDaysIn,
  formatDay,
  formatLong,
  formatShort,
  isBusinessDay,
  localMoment,
  makeDay,
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
  });

  it("formats days the way people read them", () => {
    expect(formatShort("2026-11-18")).toBe("Wed 18 Nov");
    expect(formatLong("2026-11-18")).toBe("Wednesday, 18 November");
    expect(formatDay("2027-01-07", "short", true)).toBe("Thu 7 Jan 2027");
    expect(formatDay("2026-11-18", "long", true)).toBe("Wednesday, 18 November 2026");
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

  it("rejects what is not a date", () => {
    for (const bad of ["2026-13-45", "2026-02-30", "18/11/2026", "tomorrow", "", "2026-11-18 25:00", 20261118, true, null, {}, [], new Date(Number.NaN)]) {
      expect(parseMoment(bad), JSON.stringify(bad)).toBeNull();
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
