/**
 * Local calendar days (spec §1). A day is a `YYYY-MM-DD` string, the form Obsidian writes.
 *
 * The calendar — leap years, adding months, weekdays — is date-fns's, run on `UTCDateMini`
 * from @date-fns/utc, whose getters and setters are the UTC ones: a day stands for its UTC
 * midnight, so no time zone, DST change or UTC midnight can shift it. Adding days and walking
 * business days count whole days on that same UTC time line (day numbers: days since
 * 1970-01-01), one integer step per day: the engine does this several times for every note, and
 * date-fns `addDays` on a `UTCDateMini` (two Dates per call) measured about three times the cost
 * of a day number. Only `localMoment` and instants with an explicit offset look at the
 * runtime's zone, and only to answer "which local day is this instant".
 *
 * Kept here because date-fns lacks them: business days with the user's holidays, and reading
 * the dates and datetimes Obsidian writes (a bare `YYYY-MM-DD`, the commonest value, read digit
 * by digit; a month's length asked only past the 28th). Days become words in day-format.ts.
 */
import { UTCDateMini } from "@date-fns/utc/date/mini";
import { addMonths as addMonthsToDate, getDay, getDaysInMonth } from "date-fns";
import { millisecondsInDay } from "date-fns/constants";
import type { Day, LocalMoment, Span } from "./types";

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** The UTC midnight of a year, month (1–12) and day of month (setFullYear: years below 100 stay themselves). */
function utcMidnight(year: number, month: number, date: number): Date {
  const d = new UTCDateMini(0);
  d.setFullYear(year, month - 1, date);
  return d;
}

/** The day as a `UTCDateMini` at its UTC midnight, for date-fns. */
function toUTCDate(day: Day): Date {
  return utcMidnight(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

/**
 * The instant of a day's UTC midnight as a plain `Date`, for `Intl.DateTimeFormat` with
 * `timeZone: "UTC"`: its UTC fields are the day's, whatever the runtime's zone.
 */
export function utcInstant(day: Day): Date {
  const d = new Date(0);
  d.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return d;
}

/** The `YYYY-MM-DD` of a date's UTC calendar day (a `UTCDateMini`'s own day). */
function fromUTCDate(date: Date): Day {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The length of every month but February, which date-fns is asked for (leap years). */
const FIXED_MONTH_LENGTHS = [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month !== 2 && month >= 1 && month <= 12) return FIXED_MONTH_LENGTHS[month - 1];
  return getDaysInMonth(utcMidnight(year, month, 1));
}

/** Every month has at least this many days. */
const SHORTEST_MONTH = 28;

/**
 * Is there a day `date` (an integer ≥ 1) in that month (1–12)? Reading a date asks this every
 * time, and a `Date` per question measured a quarter of a note's normalization: the month's
 * length is looked up only past the 28th, and only February's needs date-fns.
 */
function inMonth(year: number, month: number, date: number): boolean {
  return date <= SHORTEST_MONTH || date <= daysInMonth(year, month);
}

/** The day for a year, month (1–12) and day of month, or null when no such day exists. */
export function makeDay(year: number, month: number, date: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(date)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || date < 1) return null;
  if (!inMonth(year, month, date)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(date)}`;
}

/** Whole days since 1970-01-01. */
export function dayNumber(day: Day): number {
  const y = Number(day.slice(0, 4));
  const time = y >= 100 ? Date.UTC(y, Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) : toUTCDate(day).getTime();
  return Math.round(time / millisecondsInDay);
}

export function dayFromNumber(n: number): Day {
  return fromUTCDate(new Date(n * millisecondsInDay));
}

/** The weekday of day number 0, 1970-01-01 (a Thursday, 4), as date-fns tells it. */
const EPOCH_WEEKDAY = getDay(new UTCDateMini(0));

/** The weekday of a day number, 0 = Sunday … 6 = Saturday: whole weeks on from day 0, no Date built. */
function weekdayOfNumber(n: number): number {
  return (((EPOCH_WEEKDAY + n) % 7) + 7) % 7;
}

export function addDays(day: Day, n: number): Day {
  return dayFromNumber(dayNumber(day) + n);
}

/** Same day of the month `n` months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: Day, n: number): Day {
  return fromUTCDate(addMonthsToDate(toUTCDate(day), n));
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: Day, b: Day): number {
  return dayNumber(b) - dayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return weekdayOfNumber(dayNumber(day));
}

/** A set of `YYYY-MM-DD` days. */
export type Holidays = ReadonlySet<Day>;

/** The holidays as days and, for the business-day walk, as day numbers: no string per day walked. */
class HolidaySet extends Set<Day> {
  readonly numbers = new Set<number>();

  override add(day: Day): this {
    super.add(day);
    this.numbers.add(dayNumber(day));
    return this;
  }

  override delete(day: Day): boolean {
    this.numbers.delete(dayNumber(day));
    return super.delete(day);
  }

  override clear(): void {
    this.numbers.clear();
    super.clear();
  }
}

/**
 * The holidays the engine works with, from the settings' list (or a set): unreadable entries
 * are left out. Build it once per settings change; the business-day functions accept any set of
 * days, but this one spares them converting the days on every call.
 */
export function toHolidaySet(holidays: ReadonlySet<Day> | readonly Day[] | undefined): Holidays {
  if (!holidays) return new HolidaySet();
  if (holidays instanceof HolidaySet || (holidays instanceof Set && holidays.size === 0)) return holidays;
  const set = new HolidaySet();
  for (const h of holidays) {
    const d = parseDay(h);
    if (d) set.add(d);
  }
  return set;
}

/** The holidays as day numbers, or null when there are none. */
function holidayNumbers(holidays: Holidays): ReadonlySet<number> | null {
  if (holidays.size === 0) return null;
  return (holidays instanceof HolidaySet ? holidays : (toHolidaySet(holidays) as HolidaySet)).numbers;
}

export function isBusinessDay(day: Day, holidays: Holidays): boolean {
  const w = weekday(day);
  return w !== 0 && w !== 6 && !holidays.has(day);
}

/** `day + n bd` (spec §1): n ≥ 1 business days later; the result is always a business day. */
export function addBusinessDays(day: Day, n: number, holidays: Holidays): Day {
  const hol = holidayNumbers(holidays);
  let num = dayNumber(day);
  let w = weekdayOfNumber(num);
  let left = Math.max(1, Math.floor(n));
  // A year of holidays cannot stop this: every week has five weekdays, and the guard bounds it.
  for (let guard = 0; left > 0 && guard < 100_000; guard++) {
    num += 1;
    w = w === 6 ? 0 : w + 1;
    if (w !== 0 && w !== 6 && (hol === null || !hol.has(num))) left -= 1;
  }
  return dayFromNumber(num);
}

/** Business days in the half-open range `(from, to]`. */
export function businessDaysIn(from: Day, to: Day, holidays: Holidays): number {
  const hol = holidayNumbers(holidays);
  const end = dayNumber(to);
  let num = dayNumber(from);
  let w = weekdayOfNumber(num);
  let count = 0;
  while (num < end) {
    num += 1;
    w = w === 6 ? 0 : w + 1;
    if (w !== 0 && w !== 6 && (hol === null || !hol.has(num))) count++;
  }
  return count;
}

export function maxDay(...days: (Day | null | undefined)[]): Day | null {
  let best: Day | null = null;
  for (const d of days) if (d && (best === null || d > best)) best = d;
  return best;
}

/** The local day and wall-clock minutes of an instant, in the runtime's time zone. */
export function localMoment(instant: Date): LocalMoment {
  return {
    day: makeDay(instant.getFullYear(), instant.getMonth() + 1, instant.getDate()) ?? "1970-01-01",
    minutes: instant.getHours() * 60 + instant.getMinutes(),
  };
}

/** The start of a local day, as a moment. */
export function startOfDay(day: Day): LocalMoment {
  return { day, minutes: 0 };
}

/**
 * Years a written date may have. Day arithmetic adds up to 999 months (a `decision_timeline`),
 * so a day read from a note stays far from year 10000, where `YYYY-MM-DD` would stop sorting as
 * text, and from years below 100, which `Date.UTC` reads as 1900 + year. `0000-00-00`,
 * `0201-11-18` and `9999-12-31` are problems, not days.
 */
const MIN_READABLE_YEAR = 1000;
const MAX_READABLE_YEAR = 8999;

function inReadableYears(day: Day): boolean {
  const y = Number(day.slice(0, 4));
  return day.length === 10 && y >= MIN_READABLE_YEAR && y <= MAX_READABLE_YEAR;
}

/** The number written by `count` ASCII digits of `text` from `from`, or -1 when one is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The commonest value by far, exactly `YYYY-MM-DD` (what Obsidian and the plugin write), read
 * without the regular expression: the day (the text itself), null when it names no readable
 * day, undefined for any other text (which `DATETIME_RE` then reads). Agrees with that reading.
 */
function plainDay(text: string): Day | null | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const date = digitsAt(text, 8, 2);
  if (year < 0 || month < 0 || date < 0) return undefined;
  if (year < MIN_READABLE_YEAR || year > MAX_READABLE_YEAR || month < 1 || month > 12 || date < 1) return null;
  return inMonth(year, month, date) ? text : null;
}

const DATETIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Reads a date or datetime (spec §1) as a local day and, when a time is written, the local
 * minutes. Accepts the strings Obsidian's metadata cache holds and the `Date` objects a YAML
 * library makes (a date-only value arrives as UTC midnight and keeps its calendar day).
 * Returns null for anything that is not a real date.
 */
export function parseMoment(value: unknown): { day: Day; minutes: number | null } | null {
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return null;
    if (value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0) {
      const day = makeDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
      return day && inReadableYears(day) ? { day, minutes: null } : null;
    }
    const local = localMoment(value);
    return inReadableYears(local.day) ? local : null;
  }
  if (typeof value !== "string") return null;
  const plain = plainDay(value);
  if (plain !== undefined) return plain === null ? null : { day: plain, minutes: null };
  const m = DATETIME_RE.exec(value.trim());
  if (!m) return null;
  const [, ys, ms, ds, hs, mins, ss, zone] = m;
  const y = Number(ys);
  const mo = Number(ms);
  const d = Number(ds);
  const day = makeDay(y, mo, d);
  if (!day || !inReadableYears(day)) return null;
  if (hs === undefined) return { day, minutes: null };
  const h = Number(hs);
  const mi = Number(mins);
  const s = ss === undefined ? 0 : Number(ss);
  if (h > 23 || mi > 59 || s > 59) return null;
  if (!zone) return { day, minutes: h * 60 + mi };
  let offsetMinutes = 0;
  if (zone.toUpperCase() !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (oh > 14 || om > 59) return null;
    offsetMinutes = sign * (oh * 60 + om);
  }
  const instant = new Date(Date.UTC(y, mo - 1, d, h, mi, s) - offsetMinutes * 60_000);
  const local = localMoment(instant);
  return inReadableYears(local.day) ? local : null;
}

/** A value written like a day whose month or day of the month does not exist: `2026-11-31`, `2026-13-01`. */
export interface MissingDay {
  year: number;
  /** As written: 13 in `2026-13-01`. */
  month: number;
  /** As written: 31 in `2026-11-31`. */
  date: number;
  /** The month's length, or null when the month itself does not exist. */
  monthLength: number | null;
}

const DAY_SHAPE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:(?:T|\s+)\d{1,2}:\d{2}\S*)?$/i;

/**
 * When `value` has the shape of a day (`YYYY-MM-DD`, a time may follow) in a readable year but
 * its month or its day of the month does not exist, the parts that say why; otherwise null (a
 * real day, or text that looks like no day at all). Problems use it to say "there is no
 * November 31" instead of showing an example that looks just like the value.
 */
export function missingDay(value: unknown): MissingDay | null {
  if (typeof value !== "string") return null;
  const m = DAY_SHAPE_RE.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const date = Number(m[3]);
  if (year < MIN_READABLE_YEAR || year > MAX_READABLE_YEAR) return null;
  if (month < 1 || month > 12) return { year, month, date, monthLength: null };
  const monthLength = daysInMonth(year, month);
  return date < 1 || date > monthLength ? { year, month, date, monthLength } : null;
}

/** The local day of a date or datetime value, or null. */
export function parseDay(value: unknown): Day | null {
  return parseMoment(value)?.day ?? null;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const NUM = "(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)";
const UNIT = "(business[\\s-]+days?|working[\\s-]+days?|bds?|days?|weeks?|wks?|months?)";
const RANGE = "(?:-|–|—|to|or)";
/** `N unit`, `N-M unit`, `N or M unit`, and `N unit or M` ("a week or two"). */
const SPAN_RE = new RegExp(`^${NUM}(?:\\s*${RANGE}\\s*${NUM})?\\s*${UNIT}(?:\\s*${RANGE}\\s*${NUM})?$`, "i");
/** "a couple of weeks" (2), "a few weeks" (3). */
const VAGUE_RE = new RegExp(`^a\\s+(couple(?:\\s+of)?|few)\\s+${UNIT}$`, "i");
const FORTNIGHT_RE = /^(?:a|one)\s+fortnight$/i;
/** A leading "within", "in" or "about" says nothing about the length: "within 2 weeks". */
const LEAD_RE = /^(?:(?:within|in|about)\s+)+/i;

function spanUnit(word: string): Span["unit"] {
  const w = word.toLowerCase();
  if (/^(business|working|bd)/.test(w)) return "business-day";
  if (w.startsWith("day")) return "day";
  if (w.startsWith("w")) return "week";
  return "month";
}

function spanNumber(word: string | undefined): number | null {
  if (word === undefined) return null;
  const lower = word.toLowerCase();
  return lower in NUMBER_WORDS ? NUMBER_WORDS[lower] : Number(lower);
}

/**
 * Reads a `decision_timeline` (spec §2): `N unit` or `N-M unit`, a range (`-`, `–`, `to`, `or`)
 * counting to its upper end, also after the unit ("a week or two"); units day(s), week(s) or
 * wk(s), business day(s) or bd, month(s); N as digits or one–ten, a/an = 1; "a couple of
 * weeks" (2), "a few weeks" (3), "a fortnight" (2 weeks); a leading within / in / about is
 * ignored. `text` keeps the phrase without that leading word, for reasons.
 */
export function parseSpan(value: unknown): Span | null {
  if (typeof value !== "string") return null;
  const text = value.trim().replace(/\s+/g, " ").replace(LEAD_RE, "");
  if (FORTNIGHT_RE.test(text)) return { amount: 2, unit: "week", text };
  const vague = VAGUE_RE.exec(text);
  if (vague) {
    const few = vague[1].toLowerCase() === "few";
    return { amount: few ? 3 : 2, unit: spanUnit(vague[2]), vague: few ? "few" : "couple", text };
  }
  const m = SPAN_RE.exec(text);
  if (!m) return null;
  const [, first, second, unitWord, after] = m;
  if (second !== undefined && after !== undefined) return null; // "1-2 weeks or 3": not a span
  const upper = second ?? after;
  if (upper !== undefined && /^an?$/i.test(upper)) return null; // "1-a weeks"
  const low = spanNumber(first) ?? 0;
  const high = spanNumber(upper);
  const amount = high === null ? low : Math.max(low, high);
  if (amount < 1) return null;
  const span: Span = { amount, unit: spanUnit(unitWord), text };
  if (high !== null && low >= 1 && low < high) span.low = low;
  return span;
}

export function addSpan(day: Day, span: Span, holidays: Holidays): Day {
  switch (span.unit) {
    case "day":
      return addDays(day, span.amount);
    case "week":
      return addDays(day, span.amount * 7);
    case "business-day":
      return addBusinessDays(day, span.amount, holidays);
    case "month":
      return addMonths(day, span.amount);
  }
}
