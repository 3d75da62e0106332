/**
 * Edits of a note's frontmatter, as pure functions over the object `processFrontMatter` hands
 * out. Each changes only its own key — the key the note already uses for it, the user's mapped
 * name or the default one (`noteKey`); the mapped name when the note has neither: other keys,
 * their order and the note's body are never touched. A value that cannot be safely extended or
 * replaced is refused with an `EditRefused` error naming the key; thrown inside
 * `processFrontMatter`, it aborts the write. Values are written as the Properties view writes
 * them (spec §2): days as `YYYY-MM-DD`, `follow_ups` entries as text. (The text of a new
 * interview note is in `new-note.ts`.)
 */
import { parseDay, parseMoment } from "./dates";
import { displayValue, leadingDay, noteKey, readFollowUpEntry, splitTextEntry } from "./note";
import type { KeyMap, NoteKey } from "./settings";
import type { Attempt, Channel, Day, Outcome } from "./types";
import { isEmpty, isRecord } from "./values";

export type FrontMatter = Record<string, unknown>;

/**
 * An edit that would lose or misread what the user wrote. `reason` says why; the notice puts
 * what was not done in front of it (`noticeText`): the refusal's own `verb` when it has one
 * ("Not converted"), else the caller's ("Not logged", "Not saved"). `message` reads as a
 * logging edit's notice.
 */
export class EditRefused extends Error {
  constructor(
    readonly key: string,
    readonly value: string,
    readonly expected: string,
    readonly reason = `${key} is "${value}"; fix it to ${expected} first.`,
    readonly verb: string | null = null,
  ) {
    super(`${verb ?? "Not logged"}: ${reason}`);
    this.name = "EditRefused";
  }

  /** The notice for a refused edit: `Not saved: outcome is "[a, b]"; fix it to … first.` */
  noticeText(verb: string): string {
    return `${this.verb ?? verb}: ${this.reason}`;
  }
}

/** Every channel a logged follow-up may have, in the order the log form lists them. */
export const CHANNEL_VALUES: readonly Channel[] = ["email", "phone", "voicemail", "message", "linkedin", "in-person"];
/** Every outcome a note may have, in the order the outcome picker lists them. */
export const OUTCOME_VALUES: readonly Outcome[] = ["pending", "offer", "accepted", "rejected", "withdrawn", "next-round"];

/** One logged contact, as written into `follow_ups`. */
export interface FollowUpEntry {
  date: Day;
  channel: Channel;
  /** A check-back day agreed during this contact. */
  next?: Day | null;
  note?: string | null;
}

function requireDay(day: string, what: string): Day {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(day) ? parseDay(day) : null;
  if (!d) throw new RangeError(`${what} must be a day like 2026-11-25, not "${day}"`);
  return d;
}

/** Line breaks (and the spaces around them): a text entry is one line of a list. */
const LINE_BREAKS = /\s*[\r\n\u0085\u2028\u2029]+\s*/g;

/**
 * A contact as a `follow_ups` text entry (spec §2), the form Obsidian's Properties view edits
 * as a list: `2026-11-25 email`, `2026-11-25 voicemail next 2026-12-01`, `… — note`. The note
 * keeps its words and spacing, on one line.
 */
export function followUpText(entry: FollowUpEntry): string {
  if (!CHANNEL_VALUES.includes(entry.channel)) throw new RangeError(`unknown channel "${String(entry.channel)}"`);
  let text = `${requireDay(entry.date, "date")} ${entry.channel}`;
  if (entry.next) text += ` next ${requireDay(entry.next, "next")}`;
  const note = entry.note?.replace(LINE_BREAKS, " ").trim();
  if (note) text += ` — ${note}`;
  return text;
}

/**
 * What `follow_ups` holds now, as a list to append to, or a refusal. Empty → []; a list → a
 * copy; a single mapping or a readable date is a list of one (spec §2); anything else (`yes`,
 * a number, text that is not a date) is refused.
 */
export function existingFollowUps(fm: FrontMatter, keys: KeyMap): unknown[] {
  const key = noteKey(fm, keys, "follow_ups");
  const raw = fm[key];
  if (isEmpty(raw)) return [];
  if (Array.isArray(raw)) return [...(raw as unknown[])];
  // A single text entry (`2026-11-20 voicemail`) is a list of one, as the engine reads it (spec §2).
  if (isRecord(raw) || raw instanceof Date || (typeof raw === "string" && leadingDay(raw) !== null)) return [raw];
  throw new EditRefused(key, displayValue(raw), "a list");
}

/**
 * Appends a contact to `follow_ups` as a text entry (`followUpText`). The entries already there,
 * mappings included, stay exactly as they are and where they are.
 */
export function appendFollowUp(fm: FrontMatter, keys: KeyMap, entry: FollowUpEntry): void {
  const list = existingFollowUps(fm, keys);
  list.push(followUpText(entry));
  fm[noteKey(fm, keys, "follow_ups")] = list;
}

/** The one key of `follow_ups` entries a text entry can say: `date`, `channel`, `next`, `note`. */
const TEXT_ENTRY_FIELDS = new Set(["date", "channel", "next", "note"]);

function sameAttempt(a: Attempt, b: Attempt): boolean {
  return a.day === b.day && a.channel === b.channel && a.next === b.next && a.note === b.note;
}

/**
 * The text entry that says the same as a mapping entry, or why there is none. Faithful means:
 * read back, it is the same attempt (day, channel, next day, note), and nothing the mapping
 * holds is dropped — no time of day, no other key, no unreadable value turned into a guess.
 */
function mappingAsText(entry: Record<string, unknown>, where: string): string | { why: string } {
  const read = readFollowUpEntry(entry, where);
  if (read.problems.length > 0) {
    const p = read.problems[0];
    return { why: `${p.key} is "${p.value}" (${p.message.split(";")[0]})` };
  }
  if (!read.attempt) return { why: `${where} has no date` };
  const extra = Object.keys(entry).filter((k) => !TEXT_ENTRY_FIELDS.has(k));
  if (extra.length > 0) return { why: `${where} also has ${extra.join(", ")}, which a text entry cannot hold` };
  for (const field of ["date", "next"] as const) {
    if (!isEmpty(entry[field]) && parseMoment(entry[field])?.minutes !== null) {
      return { why: `${where}.${field} is "${displayValue(entry[field])}", with a time of day a text entry would drop` };
    }
  }
  const note = entry.note;
  if (!isEmpty(note) && typeof note !== "string" && typeof note !== "number" && typeof note !== "boolean") {
    return { why: `${where}.note is "${displayValue(note)}", which is not text` };
  }
  const noteText = isEmpty(note) ? "" : String(note).trim();
  let text = `${read.attempt.day} ${read.attempt.channel}`;
  if (read.attempt.next) text += ` next ${read.attempt.next}`;
  if (noteText !== "") text += ` — ${noteText}`;
  const back = readFollowUpEntry(text, where);
  const expected: Attempt = { ...read.attempt, note: noteText === "" ? null : noteText };
  if (back.problems.length > 0 || !back.attempt || !sameAttempt(back.attempt, expected)) {
    return { why: `${where} would not read back the same as a line of text` };
  }
  return text;
}

/**
 * "Convert follow-ups to text entries": every mapping entry of `follow_ups` becomes the text
 * entry that says the same (`{date: 2026-11-25, channel: voicemail, next: 2026-12-01}` →
 * `2026-11-25 voicemail next 2026-12-01`), in place; text entries, bare dates and anything else
 * stay as they are. When one mapping cannot be converted faithfully (`mappingAsText`), nothing
 * is: the whole edit is refused, naming the entry. Returns how many entries were converted.
 */
export function convertFollowUpsToText(fm: FrontMatter, keys: KeyMap): number {
  const key = noteKey(fm, keys, "follow_ups");
  const raw = fm[key];
  if (isEmpty(raw)) return 0;
  if (!Array.isArray(raw) && !isRecord(raw)) {
    if (typeof raw === "string" && leadingDay(raw) !== null) return 0;
    throw new EditRefused(key, displayValue(raw), "a list", `${key} is "${displayValue(raw)}", not a list of follow-ups. Nothing was changed.`, "Not converted");
  }
  const list: unknown[] = Array.isArray(raw) ? [...(raw as unknown[])] : [raw];
  let converted = 0;
  list.forEach((entry, i) => {
    if (!isRecord(entry)) return;
    const where = `${key}[${i + 1}]`;
    const text = splitTextEntry(entry) ?? mappingAsText(entry, where);
    if (typeof text !== "string") {
      throw new EditRefused(where, displayValue(entry), "a text entry", `${text.why}. Fix it, or write it as a line of text, then try again. Nothing was changed.`, "Not converted");
    }
    list[i] = text;
    converted++;
  });
  if (converted > 0) fm[key] = list;
  return converted;
}

/** Refuses to overwrite a list or mapping the user wrote by hand under a key that holds one value. */
function guardScalar(fm: FrontMatter, keys: KeyMap, k: NoteKey, expected: string): string {
  const key = noteKey(fm, keys, k);
  const raw = fm[key];
  if (Array.isArray(raw) ? raw.length > 0 : isRecord(raw)) throw new EditRefused(key, displayValue(raw), expected);
  return key;
}

/**
 * Sets `thank_you_sent` to the day. When it already holds a readable day, that day is kept
 * (returns false: nothing changed).
 */
export function markThankYouSent(fm: FrontMatter, keys: KeyMap, day: Day): boolean {
  const key = guardScalar(fm, keys, "thank_you_sent", "a date");
  if (typeof fm[key] !== "boolean" && parseDay(fm[key]) !== null) return false;
  fm[key] = requireDay(day, "day");
  return true;
}

/** Sets `last_reply`. */
export function setLastReply(fm: FrontMatter, keys: KeyMap, day: Day): void {
  const key = guardScalar(fm, keys, "last_reply", "a date");
  fm[key] = requireDay(day, "day");
}

/** Sets `snoozed_until`. */
export function setSnoozedUntil(fm: FrontMatter, keys: KeyMap, day: Day): void {
  const key = guardScalar(fm, keys, "snoozed_until", "a date");
  fm[key] = requireDay(day, "day");
}

/** Sets `outcome`. */
export function setOutcome(fm: FrontMatter, keys: KeyMap, outcome: Outcome): void {
  if (!OUTCOME_VALUES.includes(outcome)) throw new RangeError(`unknown outcome "${String(outcome)}"`);
  const key = guardScalar(fm, keys, "outcome", "one word such as pending");
  fm[key] = outcome;
}
