/**
 * Days as words, in the user's locale: the one place a day becomes text a person reads. The
 * sidebar, badges, agenda blocks, notices, calendar descriptions, the CLI's text and the day
 * inside a message all word their days through a `DayFormat` handed to them; JSON and the
 * `.ics` file keep `YYYY-MM-DD`.
 *
 * The words come from the runtime's `Intl.DateTimeFormat` (no locale data in main.js): en-US
 * writes "Wed, Nov 25", en-GB "Wed 25 Nov", de "Mi., 25. Nov.". Days are formatted as their
 * UTC midnight in the UTC zone and the Gregorian calendar, the calendar the notes are written
 * in, so no zone can move a day. Nothing here reads the environment: the locale is an
 * argument, and a locale the runtime cannot write in falls back to `DEFAULT_LOCALE`, never to
 * whatever the machine happens to use.
 */
import { utcInstant } from "./dates";
import type { Day } from "./types";

/** The locale days are written in when none is given or the given one cannot be used. */
export const DEFAULT_LOCALE = "en-US";

export interface DayFormat {
  /** The BCP 47 tag the days are written in ("en-US"): the requested one, or `DEFAULT_LOCALE`. */
  readonly locale: string;
  /** "Wed, Nov 25" (en-US), "Wed 25 Nov" (en-GB), "Mi., 25. Nov." (de); with the year where the locale puts it. */
  short(day: Day, withYear?: boolean): string;
  /** "Wednesday, November 18" (en-US), "Wednesday 18 November" (en-GB): the day as a message writes it. */
  long(day: Day, withYear?: boolean): string;
}

type Style = "short" | "shortYear" | "long" | "longYear";

const STYLES: Readonly<Record<Style, Intl.DateTimeFormatOptions>> = {
  short: { weekday: "short", month: "short", day: "numeric" },
  shortYear: { weekday: "short", month: "short", day: "numeric", year: "numeric" },
  long: { weekday: "long", month: "long", day: "numeric" },
  longYear: { weekday: "long", month: "long", day: "numeric", year: "numeric" },
};

/** Formatted days kept per style; past this many the memo starts again (a vault names far fewer days). */
const MEMO_LIMIT = 4096;

/**
 * The tag itself, canonical ("EN-gb" → "en-GB"), when the runtime can write dates in it; null
 * for anything else: a malformed tag ("en_US", "C"), or a language it has no data for ("xx").
 */
export function supportedLocale(tag: string | null | undefined): string | null {
  if (typeof tag !== "string" || tag.trim() === "") return null;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag.trim()])[0] ?? null;
  } catch {
    return null; // RangeError: not a well-formed language tag
  }
}

function parseLocale(tag: string | null | undefined): Intl.Locale | null {
  if (typeof tag !== "string" || tag.trim() === "") return null;
  try {
    return new Intl.Locale(tag.trim().replace(/_/g, "-"));
  } catch {
    return null;
  }
}

/**
 * The locale of an app whose language is `language` (Obsidian's setting, as `moment.locale()`
 * gives it: "en", "de", "zh-tw") on a system whose locale is `system` (`navigator.language`:
 * "en-GB"): the app's language with the system's region, so the words follow the app and the
 * order follows the system — "en" on "en-GB" is "en-GB" ("Wed 25 Nov"), "de" on "en-US" is
 * "de-US" (German words: "Mi., 25. Nov."). Without a usable language, the system's locale;
 * without either, `DEFAULT_LOCALE`.
 */
export function appLocale(language: string | null | undefined, system: string | null | undefined): string {
  const app = parseLocale(language);
  const sys = parseLocale(system);
  if (app === null) return supportedLocale(sys?.baseName) ?? DEFAULT_LOCALE;
  const region = sys?.region ?? app.region;
  let combined: string | null = null;
  try {
    combined = new Intl.Locale(app.language, { script: app.script, region }).baseName;
  } catch {
    combined = null;
  }
  return supportedLocale(combined) ?? supportedLocale(app.baseName) ?? supportedLocale(sys?.baseName) ?? DEFAULT_LOCALE;
}

/**
 * A `DayFormat` for `locale` (falling back to `DEFAULT_LOCALE`). Building an
 * `Intl.DateTimeFormat` is slow next to using one, so each instance builds its formatters once,
 * on first use, and remembers the days it has written: make one per locale and hand it around.
 */
export function makeDayFormat(locale?: string | null): DayFormat {
  const resolved = supportedLocale(locale) ?? DEFAULT_LOCALE;
  const formatters = new Map<Style, Intl.DateTimeFormat>();
  const memos = new Map<Style, Map<Day, string>>();

  const write = (style: Style, day: Day): string => {
    let memo = memos.get(style);
    if (memo === undefined) {
      memo = new Map();
      memos.set(style, memo);
    }
    const known = memo.get(day);
    if (known !== undefined) return known;
    let formatter = formatters.get(style);
    if (formatter === undefined) {
      formatter = new Intl.DateTimeFormat(resolved, { ...STYLES[style], timeZone: "UTC", calendar: "gregory" });
      formatters.set(style, formatter);
    }
    const text = formatter.format(utcInstant(day));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(day, text);
    return text;
  };

  return {
    locale: resolved,
    short: (day, withYear = false) => write(withYear ? "shortYear" : "short", day),
    long: (day, withYear = false) => write(withYear ? "longYear" : "long", day),
  };
}
