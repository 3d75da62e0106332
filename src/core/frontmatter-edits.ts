/**
 * Edits of a note's frontmatter, as pure functions over the object `processFrontMatter` hands
 * out. Each changes only its own key (the user's mapped name from `settings.keys`): other keys,
 * their order and the note's body are never touched. A value that cannot be safely extended or
 * replaced is refused with an `EditRefused` error naming the key; thrown inside
 * `processFrontMatter`, it aborts the write. Also here: the text of a new interview note.
 */
import { makeDay, parseDay } from "./dates";
import { displayValue, leadingDay } from "./note";
import type { KeyMap, NoteKey } from "./settings";
import type { Channel, Day, Outcome } from "./types";

export type FrontMatter = Record<string, unknown>;

/** An edit that would lose or misread what the user wrote. Its message is ready for a Notice. */
export class EditRefused extends Error {
  constructor(
    readonly key: string,
    readonly value: string,
    readonly expected: string,
  ) {
    super(`Not logged: ${key} is "${value}"; fix it to ${expected} first.`);
    this.name = "EditRefused";
  }
}

export const CHANNELS: readonly Channel[] = ["email", "phone", "voicemail", "message", "linkedin", "in-person"];
export const OUTCOMES: readonly Outcome[] = ["pending", "offer", "accepted", "rejected", "withdrawn", "next-round"];

/** One logged contact, as written into `follow_ups`. */
export interface FollowUpEntry {
  date: Day;
  channel: Channel;
  /** A check-back day agreed during this contact. */
  next?: Day | null;
  note?: string | null;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function requireDay(day: string, what: string): Day {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(day) ? parseDay(day) : null;
  if (!d) throw new RangeError(`${what} must be a day like 2026-11-25, not "${day}"`);
  return d;
}

/**
 * What `follow_ups` holds now, as a list to append to, or a refusal. Empty → []; a list → a
 * copy; a single mapping or a readable date is a list of one (spec §2); anything else (`yes`,
 * a number, text that is not a date) is refused.
 */
export function existingFollowUps(fm: FrontMatter, keys: KeyMap): unknown[] {
  const key = keys.follow_ups;
  const raw = fm[key];
  if (isEmpty(raw)) return [];
  if (Array.isArray(raw)) return [...(raw as unknown[])];
  // A single text entry (`2026-11-20 voicemail`) is a list of one, as the engine reads it (spec §2).
  if (isRecord(raw) || raw instanceof Date || (typeof raw === "string" && leadingDay(raw) !== null)) return [raw];
  throw new EditRefused(key, displayValue(raw), "a list");
}

/** Appends `{date, channel, next?, note?}` to `follow_ups`. */
export function appendFollowUp(fm: FrontMatter, keys: KeyMap, entry: FollowUpEntry): void {
  const list = existingFollowUps(fm, keys);
  const item: Record<string, string> = { date: requireDay(entry.date, "date"), channel: entry.channel };
  if (!CHANNELS.includes(entry.channel)) throw new RangeError(`unknown channel "${String(entry.channel)}"`);
  if (entry.next) item.next = requireDay(entry.next, "next");
  const note = entry.note?.trim();
  if (note) item.note = note;
  list.push(item);
  fm[keys.follow_ups] = list;
}

/** Refuses to overwrite a list or mapping the user wrote by hand under a key that holds one value. */
function guardScalar(fm: FrontMatter, keys: KeyMap, k: NoteKey, expected: string): string {
  const key = keys[k];
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
  if (!OUTCOMES.includes(outcome)) throw new RangeError(`unknown outcome "${String(outcome)}"`);
  const key = guardScalar(fm, keys, "outcome", "one word such as pending");
  fm[key] = outcome;
}

// ---------------------------------------------------------------------------------------------
// A new interview note

export interface NewInterviewInput {
  company: string;
  role: string;
  interviewer: string;
  interviewerEmail: string;
  /** `YYYY-MM-DD`. */
  day: string;
  /** `HH:MM` (24-hour) or empty. */
  time: string;
}

export interface NewInterviewNote {
  /** Vault path: `<folder>/<Company> — <Role> <YYYY-MM-DD>.md`. */
  path: string;
  text: string;
}

/** What is wrong with the input, in words for a Notice; null when it can be created. */
export function validateNewInterview(input: NewInterviewInput): string | null {
  if (input.company.trim() === "") return "Enter the company.";
  if (sanitizeFileName(input.company) === "") return "The company name has no characters a file name can use.";
  const d = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(input.day);
  if (!d || makeDay(Number(d[1]), Number(d[2]), Number(d[3])) === null) return `"${input.day}" is not a day like 2026-11-18.`;
  if (input.time.trim() !== "" && normalizeTime(input.time) === null) return `"${input.time}" is not a time like 14:00.`;
  return null;
}

/** `9:5`-free: accepts `H:MM` or `HH:MM`, 00:00–23:59; returns `HH:MM` or null. */
export function normalizeTime(time: string): string | null {
  const m = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(time);
  if (!m) return null;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  if (h > 23 || mi > 59) return null;
  return `${String(h).padStart(2, "0")}:${m[2]}`;
}

const ILLEGAL_IN_FILE_NAMES = /[\\/:*?"<>|#^[\]\p{Cc}]/gu;

/** Makes text safe as a file name on every platform and for Obsidian links. */
export function sanitizeFileName(text: string): string {
  return text
    .replace(ILLEGAL_IN_FILE_NAMES, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "")
    .replace(/[. ]+$/, "")
    .trim()
    .slice(0, 120)
    .trim();
}

const YAML_RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;

/**
 * A string as a YAML scalar that reads back as exactly that string: plain when clearly safe,
 * else double-quoted (a JSON string is a valid YAML double-quoted scalar).
 */
export function yamlString(value: string): string {
  const plainSafe =
    value !== "" &&
    !YAML_RESERVED.test(value) &&
    /^[\p{L}\p{N}][\p{L}\p{N} .,'()&/+@_-]*$/u.test(value) &&
    !/^[\d.+-]/.test(value) &&
    !/\s$/.test(value);
  return plainSafe ? value : JSON.stringify(value);
}

/** `key:` with a sensible empty value, or the value. */
function line(key: string, value: string | null): string {
  return value === null ? `${key}:` : `${key}: ${value}`;
}

/**
 * The whole text of a new interview note: the full frontmatter skeleton (every spec key, under
 * the user's key names) and a short outline. `type`/`tag` are the detection settings.
 */
export function buildInterviewNote(
  input: NewInterviewInput,
  keys: KeyMap,
  folder: string,
  detection: { type: string; tag: string } = { type: "interview", tag: "interview" },
): NewInterviewNote {
  const problem = validateNewInterview(input);
  if (problem) throw new RangeError(problem);
  const text = (s: string): string | null => (s.trim() === "" ? null : yamlString(s.trim().replace(/\s+/g, " ")));
  const day = input.day.trim();
  const time = input.time.trim() === "" ? null : normalizeTime(input.time);
  const type = detection.type.trim() || "interview";
  const tag = detection.tag.trim().replace(/^#/, "") || "interview";

  const lines = [
    "---",
    line("type", yamlString(type)),
    "tags:",
    `  - ${yamlString(tag)}`,
    line(keys.company, text(input.company)),
    line(keys.role, text(input.role)),
    line(keys.interviewer, text(input.interviewer)),
    line(keys.greeting, null),
    line(keys.interviewer_email, text(input.interviewerEmail)),
    line(keys.interviewer_phone, null),
    line(keys.highlight, null),
    line(keys.interview_date, time ? `${day}T${time}` : day),
    line(keys.stage, "first"),
    line(keys.decision_date, null),
    line(keys.decision_timeline, null),
    line(keys.check_back, null),
    line(keys.preferred_channel, null),
    line(keys.call_ok, "false"),
    line(keys.thank_you_sent, "false"),
    line(keys.follow_ups, "[]"),
    line(keys.last_reply, null),
    line(keys.snoozed_until, null),
    line(keys.outcome, "pending"),
    "---",
    "",
    "## Notes",
    "",
    "",
    "## Questions they asked",
    "",
    "",
    "## Questions I asked",
    "",
    "",
    "## Next steps",
    "",
  ];
  const company = sanitizeFileName(input.company);
  const role = sanitizeFileName(input.role);
  const name = role === "" ? `${company} ${day}` : `${company} — ${role} ${day}`;
  const dir = folder.trim().replace(/^\/+|\/+$/g, "");
  return { path: dir === "" ? `${name}.md` : `${dir}/${name}.md`, text: lines.join("\n") };
}
