/**
 * Days in the user's locale (src/core/day-format.ts): the words and order of each locale, the
 * year where the locale puts it, the locale of an app language on a system region, and the
 * fallback for a locale that cannot be used. Run in every zone of the suite: the weekday of a
 * formatted day must never move with the zone.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { addDays, weekday } from "../../src/core/dates";
import { appLocale, DEFAULT_LOCALE, makeDayFormat, supportedLocale } from "../../src/core/day-format";
import { DE, GB, US } from "../support/day-formats";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("days in a locale", () => {
  it.each([
    ["en-US", US, "Wed, Nov 25", "Wednesday, November 18", "Thu, Jan 7, 2027", "Wednesday, November 18, 2026"],
    ["en-GB", GB, "Wed 25 Nov", "Wednesday 18 November", "Thu, 7 Jan 2027", "Wednesday, 18 November 2026"],
    ["de", DE, "Mi., 25. Nov.", "Mittwoch, 18. November", "Do., 7. Jan. 2027", "Mittwoch, 18. November 2026"],
  ])("%s", (locale, days, short, long, shortYear, longYear) => {
    expect(days.locale).toBe(locale);
    expect(days.short("2026-11-25")).toBe(short);
    expect(days.long("2026-11-18")).toBe(long);
    expect(days.short("2027-01-07", true)).toBe(shortYear);
    expect(days.long("2026-11-18", true)).toBe(longYear);
  });

  it("the words of the app's language, in the order of the system's region", () => {
    expect(appLocale("en", "en-GB")).toBe("en-GB");
    expect(appLocale("en", "en-US")).toBe("en-US");
    expect(makeDayFormat(appLocale("en", "en-GB")).short("2026-11-25")).toBe("Wed 25 Nov");
    expect(makeDayFormat(appLocale("en", "en-US")).short("2026-11-25")).toBe("Wed, Nov 25");
    // English words on a German system: the day before the month, as the system writes dates.
    expect(appLocale("en", "de-DE")).toBe("en-DE");
    expect(makeDayFormat("en-DE").short("2026-11-25")).toBe("Wed, 25 Nov");
    // German words on a US system: German has no US form of its own, so German's.
    expect(appLocale("de", "en-US")).toBe("de-US");
    expect(makeDayFormat(appLocale("de", "en-US")).short("2026-11-25")).toBe("Mi., 25. Nov.");
    // moment's codes ("zh-cn", "pt-br") keep their region when the system names none.
    expect(appLocale("zh-cn", null)).toBe("zh-CN");
    expect(appLocale("pt-br", "pt")).toBe("pt-BR");
    expect(makeDayFormat(appLocale("pt-br", null)).short("2026-11-25")).toBe("qua., 25 de nov.");
  });

  it("without a usable language the system's locale is used; without either, en-US", () => {
    expect(appLocale(null, "en-GB")).toBe("en-GB");
    expect(appLocale("", "de-AT")).toBe("de-AT");
    expect(appLocale("!!", "en_GB")).toBe("en-GB");
    expect(appLocale(undefined, undefined)).toBe(DEFAULT_LOCALE);
    expect(appLocale("xx", "yy")).toBe(DEFAULT_LOCALE);
    expect(appLocale("en", "C")).toBe("en");
  });

  it.each([["not a locale"], ["en_US"], ["C"], ["xx"], [""], [null], [undefined]])("an unusable locale (%s) falls back to en-US, never to the machine's", (locale) => {
    const days = makeDayFormat(locale);
    expect(days.locale).toBe("en-US");
    expect(days.short("2026-11-25")).toBe("Wed, Nov 25");
    expect(supportedLocale(locale)).toBeNull();
  });

  it("keeps the Gregorian calendar of the notes, in every locale", () => {
    // Thai's default calendar is Buddhist (2569) and Persian's the Solar Hijri one (1405).
    expect(makeDayFormat("th").short("2026-11-25", true)).toContain("2026");
    expect(makeDayFormat("fa").short("2026-11-25", true)).toContain("۲۰۲۶");
  });

  it("no zone moves a day: each day of three years has its own weekday in every locale", () => {
    const names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    for (let n = 0; n < 3 * 366; n++) {
      const day = addDays("2025-12-25", n);
      const date = Number(day.slice(8, 10));
      expect(US.short(day).startsWith(`${names[weekday(day)]},`), day).toBe(true);
      expect(GB.short(day).startsWith(`${names[weekday(day)]} ${date} `), day).toBe(true);
    }
  });

  it("builds each Intl formatter once, and gives the same words from its memo", () => {
    const Original = Intl.DateTimeFormat;
    let built = 0;
    vi.spyOn(Intl, "DateTimeFormat").mockImplementation(function (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      built++;
      return new Original(...args);
    });
    const days = makeDayFormat("en-GB");
    for (let i = 0; i < 3; i++) for (let n = 0; n < 5000; n++) days.short(addDays("2026-01-01", n));
    expect(days.short("2026-11-25")).toBe("Wed 25 Nov");
    expect(days.long("2026-11-25")).toBe("Wednesday 25 November");
    expect(built).toBe(2); // short and long
  });
});
