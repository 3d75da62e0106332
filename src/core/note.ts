/**
 * Note normalization (spec §2): a frontmatter object, as Obsidian's metadata cache or a YAML
 * library gives it, becomes an `InterviewNote` plus the problems found. Any JSON-like input,
 * however wrong, yields a result; nothing here throws.
 */
import { parseDay, parseMoment, parseSpan } from "./dates";
import { trimFolder } from "./paths";
import { defaultKeyMap, NOTE_KEYS, type DetectionSettings, type KeyMap, type NoteKey } from "./settings";
import type { Attempt, Channel, ContactChannel, InterviewNote, Outcome, Problem } from "./types";
import { isEmpty, isRecord } from "./values";
import { dayProblemText, noSuchDay } from "./wording";

/** Enumerated values compare trimmed, lower-cased, with space, `-` and `_` the same (spec §1). */
export function normalizeWord(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_-]+/g, "-");
}

/**
 * A stage is final when it contains the word `final`, with spaces, `-` and `_` all separating
 * words (spec §2): `Final round`, `final_round`, `semi-final`; not `finalist`.
 */
export function isFinalStage(stage: string): boolean {
  return /\bfinal\b/i.test(stage.replace(/_/g, " "));
}

/** Shows a raw value to a person: short, on one line, never "[object Object]". */
export function displayValue(value: unknown): string {
  let text: string;
  if (value === undefined) text = "(missing)";
  else if (value === null) text = "(empty)";
  else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? "(invalid date)" : value.toISOString();
  else if (typeof value === "string") text = value;
  else if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") text = String(value);
  else {
    try {
      text = JSON.stringify(value) ?? typeof value;
    } catch {
      text = typeof value;
    }
  }
  text = text.replace(/\s+/g, " ");
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

const CHANNELS: Record<string, Channel> = {
  email: "email",
  "e-mail": "email",
  mail: "email",
  phone: "phone",
  call: "phone",
  "phone-call": "phone",
  voicemail: "voicemail",
  "voice-mail": "voicemail",
  message: "message",
  linkedin: "linkedin",
  "linked-in": "linkedin",
  "in-person": "in-person",
};

const CONTACT_CHANNELS: Record<string, ContactChannel> = {
  email: "email",
  "e-mail": "email",
  phone: "phone",
  call: "phone",
  linkedin: "linkedin",
  "linked-in": "linkedin",
};

const OUTCOMES: Record<string, Outcome> = {
  pending: "pending",
  offer: "offer",
  accepted: "accepted",
  rejected: "rejected",
  withdrawn: "withdrawn",
  "next-round": "next-round",
};

const TRUE_WORDS = new Set(["true", "yes", "y", "on", "sent", "done"]);
const FALSE_WORDS = new Set(["false", "no", "n", "off", "not-sent"]);

/**
 * A value from one of the tables above, for a word the user wrote. Own keys only: a word like
 * `constructor` must not find `Object.prototype.constructor`.
 */
function lookup<T>(table: Record<string, T>, word: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, word) ? table[word] : undefined;
}

/** `[[Acme Corp]]` and `[[Acme Corp|Acme]]` read as the text a person sees. */
function unlink(text: string): string {
  if (!text.startsWith("[[")) return text; // most values: no pattern to run
  const m = /^\[\[([^\]|]*)(?:\|([^\]]*))?\]\]$/.exec(text);
  if (!m) return text;
  return (m[2] ?? m[1]).trim();
}

function hasOwn(object: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/**
 * The frontmatter key a note uses for `k`. A name mapped in the settings (`date` for
 * `interview_date`) is read in addition to the default name, never instead of it:
 * - the mapped name when it holds a value, else the default name when that holds one (so a note
 *   with both reads the mapped one);
 * - else the one of them the note has, empty (`date:`), the mapped one first;
 * - else, for a note with neither, the mapped name: where a new value is written.
 * Reading and writing both ask here, so a value is written to the key it is read from, and a
 * problem names the key the note actually uses.
 */
export function noteKey(frontmatter: Record<string, unknown>, keys: KeyMap, k: NoteKey): string {
  const mapped = keys[k];
  if (mapped === k) return k;
  if (hasOwn(frontmatter, mapped) && !isEmpty(frontmatter[mapped])) return mapped;
  if (hasOwn(frontmatter, k) && !isEmpty(frontmatter[k])) return k;
  if (hasOwn(frontmatter, mapped) || !hasOwn(frontmatter, k)) return mapped;
  return k;
}

class Reader {
  readonly problems: Problem[] = [];
  /** Keys decided for mapped names (made on first use: with the default keys there are none). */
  private used: Map<NoteKey, string> | null = null;
  constructor(
    private readonly fm: Record<string, unknown>,
    private readonly keys: KeyMap,
  ) {}

  /** The key this note uses for `k` (see `noteKey`). */
  key(k: NoteKey): string {
    if (this.keys[k] === k) return k; // not mapped: nothing to decide or remember
    this.used ??= new Map();
    let key = this.used.get(k);
    if (key === undefined) {
      key = noteKey(this.fm, this.keys, k);
      this.used.set(k, key);
    }
    return key;
  }

  raw(k: NoteKey): unknown {
    const key = this.key(k);
    return hasOwn(this.fm, key) ? this.fm[key] : undefined;
  }

  /** `k` is a canonical key (named as the note writes it) or an already-written path like `follow_ups[2].date`. */
  problem(k: string, value: unknown, message: string): void {
    const key = (NOTE_KEYS as readonly string[]).includes(k) ? this.key(k as NoteKey) : k;
    this.problems.push({ key, value: displayValue(value), message });
  }

  text(k: NoteKey): string | null {
    const v = this.raw(k);
    if (isEmpty(v)) return null;
    if (typeof v === "string") return unlink(v.trim());
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string" || typeof x === "number")) {
      // A single-item list (Obsidian's list property) reads as its text.
      return v.map((x) => unlink(String(x).trim())).join(", ");
    }
    this.problem(k, v, "expected text");
    return null;
  }

  day(k: NoteKey, expected = "expected a date like 2026-11-18"): string | null {
    const v = this.raw(k);
    if (isEmpty(v)) return null;
    const d = parseDay(v);
    if (!d) this.problem(k, v, dayProblemText(v, expected));
    return d;
  }

  bool(k: NoteKey): boolean | null {
    const v = this.raw(k);
    if (isEmpty(v)) return null;
    if (typeof v === "boolean") return v;
    if (typeof v === "string") {
      const w = normalizeWord(v);
      if (TRUE_WORDS.has(w)) return true;
      if (FALSE_WORDS.has(w)) return false;
    }
    this.problem(k, v, "expected true or false");
    return null;
  }
}

/**
 * Reads one note's frontmatter. `keys` maps canonical key names to the user's own, each read in
 * addition to the default name (`noteKey`); problems name the key the note uses.
 */
export function parseInterviewNote(frontmatter: unknown, path: string, keys: KeyMap = defaultKeyMap()): InterviewNote {
  const fm = isRecord(frontmatter) ? frontmatter : {};
  const r = new Reader(fm, keys);
  if (frontmatter !== undefined && frontmatter !== null && !isRecord(frontmatter)) {
    r.problem("frontmatter", frontmatter, "expected key: value pairs at the top of the note");
  }

  // interview_date (R0 when missing or unreadable)
  const rawInterview = r.raw("interview_date");
  let interview: InterviewNote["interview"] = null;
  if (isEmpty(rawInterview)) {
    r.problem("interview_date", rawInterview, "is required: the day of the interview, like 2026-11-18 or 2026-11-18 14:00");
  } else {
    interview = parseMoment(rawInterview);
    if (!interview) r.problem("interview_date", rawInterview, dayProblemText(rawInterview, "expected a date like 2026-11-18 or 2026-11-18 14:00"));
  }

  const stage = r.text("stage");
  const final = stage !== null && isFinalStage(stage);

  // decision_date must be after I; decision_timeline is used only without a decision_date.
  let decisionDate = r.day("decision_date");
  if (decisionDate && interview && decisionDate <= interview.day) {
    r.problem("decision_date", r.raw("decision_date"), `must be after the interview day (${interview.day}); ignored`);
    decisionDate = null;
  }
  const rawTimeline = r.raw("decision_timeline");
  let decisionTimeline = null;
  if (!isEmpty(rawTimeline)) {
    decisionTimeline = parseSpan(typeof rawTimeline === "number" ? String(rawTimeline) : rawTimeline);
    if (!decisionTimeline) {
      r.problem(
        "decision_timeline",
        rawTimeline,
        'expected a span like "2 weeks", "10 days", "5 business days", "1-2 weeks" or "a week or two"; ignored',
      );
    }
  }

  const checkBack = r.day("check_back");
  const lastReply = r.day("last_reply");
  const snoozedUntil = r.day("snoozed_until");

  let preferredChannel: ContactChannel | null = null;
  const rawPreferred = r.raw("preferred_channel");
  if (!isEmpty(rawPreferred)) {
    preferredChannel = typeof rawPreferred === "string" ? (lookup(CONTACT_CHANNELS, normalizeWord(rawPreferred)) ?? null) : null;
    if (!preferredChannel) r.problem("preferred_channel", rawPreferred, "expected email, phone or linkedin; ignored");
  }

  const callOk = r.bool("call_ok") ?? false;

  // thank_you_sent: true or any readable date = sent; absent, empty, false, no = not sent.
  let thankYouSent = false;
  const rawThanks = r.raw("thank_you_sent");
  if (!isEmpty(rawThanks)) {
    if (typeof rawThanks === "boolean") thankYouSent = rawThanks;
    else if (parseDay(rawThanks)) thankYouSent = true;
    else if (typeof rawThanks === "string" && TRUE_WORDS.has(normalizeWord(rawThanks))) thankYouSent = true;
    else if (typeof rawThanks === "string" && FALSE_WORDS.has(normalizeWord(rawThanks))) thankYouSent = false;
    else r.problem("thank_you_sent", rawThanks, `${dayProblemText(rawThanks, "expected true, false or the day you sent it")}; read as not sent`);
  }

  let outcome: Outcome = "pending";
  const rawOutcome = r.raw("outcome");
  if (!isEmpty(rawOutcome)) {
    const o = typeof rawOutcome === "string" ? lookup(OUTCOMES, normalizeWord(rawOutcome)) : undefined;
    if (o) outcome = o;
    else r.problem("outcome", rawOutcome, "expected pending, offer, accepted, rejected, withdrawn or next-round; read as pending");
  }

  const followUps = readFollowUps(r);

  return {
    path,
    company: r.text("company"),
    role: r.text("role"),
    interviewer: r.text("interviewer"),
    greeting: r.text("greeting"),
    interviewerEmail: r.text("interviewer_email"),
    interviewerPhone: r.text("interviewer_phone"),
    highlight: r.text("highlight"),
    interviewKey: r.key("interview_date"),
    interview,
    stage,
    final,
    decisionDate,
    decisionTimeline,
    checkBack,
    preferredChannel,
    callOk,
    thankYouSent,
    followUps,
    lastReply,
    snoozedUntil,
    outcome,
    problems: r.problems,
  };
}

const CHANNEL_WORDS = "email, phone, voicemail, message, linkedin or in-person";
/** The dash before a text entry's free note: ` — `, or ` – ` / ` -- ` as keyboards type it. */
const NOTE_SEPARATOR = /\s+(?:—|–|--)\s+/;

/** The channel for a word the user wrote, or undefined when it is not one. */
function channelOf(word: unknown): Channel | undefined {
  return typeof word === "string" ? lookup(CHANNELS, normalizeWord(word)) : undefined;
}

/** A text entry starts with a day: `2026-12-10 voicemail …`. The first word, when it is one. */
export function leadingDay(text: string): string | null {
  const first = /^\S+/.exec(text.trim());
  return first ? parseDay(first[0]) : null;
}

/**
 * A text entry (spec §2): `YYYY-MM-DD channel`, then optionally `next YYYY-MM-DD`, then
 * optionally ` — ` and a free note: `2026-12-10 voicemail next 2026-12-15 — left with reception`.
 * A bare date (or datetime) is an email. When the channel word or the `next` day cannot be read
 * the entry is a problem naming it, and it counts as an email without `next`.
 */
function readTextEntry(r: Reader, text: string, index: number, where: string): Attempt | null {
  const whole = parseDay(text);
  if (whole) return { day: whole, channel: "email", next: null, note: null, index, where };
  const trimmed = text.trim();
  const day = leadingDay(trimmed);
  if (!day) {
    const first = /^\S*/.exec(trimmed)?.[0] ?? "";
    r.problem(where, text, `${dayProblemText(first, "expected a date first, like 2026-11-25 email")}; ignored`);
    return null;
  }
  const rest = trimmed.replace(/^\S+\s*/, "");
  const split = NOTE_SEPARATOR.exec(` ${rest}`);
  const head = (split ? ` ${rest}`.slice(0, split.index) : rest).trim();
  const noteText = split ? ` ${rest}`.slice(split.index + split[0].length).trim() : "";
  const note = noteText === "" ? null : noteText;
  const nextAt = /(?:^|\s)next(?:\s+(.*))?$/i.exec(head);
  const channelWords = (nextAt ? head.slice(0, nextAt.index) : head).trim();
  const channel = channelWords === "" ? "email" : channelOf(channelWords);
  const nextText = (nextAt?.[1] ?? "").trim();
  const next = nextAt ? parseDay(nextText) : null;
  const failed: string[] = [];
  if (!channel) failed.push(`the channel "${channelWords}" (expected ${CHANNEL_WORDS})`);
  if (nextAt && !next) {
    const missing = noSuchDay(nextText);
    failed.push(missing === null ? "the day after next (expected one like 2026-12-02)" : `the day after next: ${missing.what} (${missing.why})`);
  }
  if (failed.length > 0) {
    r.problem(where, text, `could not read ${failed.join(" or ")}; counted as an email without a next day`);
    return { day, channel: "email", next: null, note, index, where };
  }
  return { day, channel: channel ?? "email", next, note, index, where };
}

/** A mapping entry: `{date, channel, next?, note?}`. */
function readMappingEntry(r: Reader, entry: Record<string, unknown>, index: number, where: string): Attempt | null {
  const day = parseDay(entry.date);
  if (!day) {
    r.problem(`${where}.date`, entry.date, `${dayProblemText(entry.date, "expected a date like 2026-11-25")}; attempt ignored`);
    return null;
  }
  let channel: Channel = "email";
  if (!isEmpty(entry.channel)) {
    const c = channelOf(entry.channel);
    if (c) channel = c;
    else r.problem(`${where}.channel`, entry.channel, `expected ${CHANNEL_WORDS}; counted as an email`);
  }
  let next: string | null = null;
  if (!isEmpty(entry.next)) {
    next = parseDay(entry.next);
    if (!next) r.problem(`${where}.next`, entry.next, `${dayProblemText(entry.next, "expected a date like 2026-12-02")}; ignored`);
  }
  const note = typeof entry.note === "string" && entry.note.trim() !== "" ? entry.note.trim() : null;
  return { day, channel, next, note, index, where };
}

/**
 * A text entry whose note holds ": " (`2026-11-25 voicemail — they said: call back`) is read by
 * YAML as a mapping of one key. Without a `date` key, and with a key that starts with a day, it
 * is put back together as the text it was.
 */
export function splitTextEntry(entry: Record<string, unknown>): string | null {
  const keys = Object.keys(entry);
  if (keys.length !== 1 || keys[0] === "date" || !leadingDay(keys[0])) return null;
  const value = entry[keys[0]];
  if (value === null || value === undefined) return `${keys[0]}:`;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? `${keys[0]}: ${String(value)}` : null;
}

/** `follow_ups`: a list of text entries and mappings, mixed freely; a single one is a list of one. */
function readFollowUps(r: Reader): Attempt[] {
  const raw = r.raw("follow_ups");
  if (isEmpty(raw)) return [];
  let entries: unknown[];
  if (Array.isArray(raw)) entries = raw;
  else if (isRecord(raw) || raw instanceof Date || (typeof raw === "string" && leadingDay(raw))) entries = [raw];
  else {
    r.problem(
      "follow_ups",
      raw,
      "expected a list of attempts like - 2026-11-25 email, or - {date: 2026-11-25, channel: email}; no attempts read",
    );
    return [];
  }
  const key = r.key("follow_ups");
  const out: Attempt[] = [];
  entries.forEach((entry, index) => {
    const attempt = readEntry(r, entry, index, `${key}[${index + 1}]`);
    if (attempt) out.push(attempt);
  });
  return out;
}

/** One entry of `follow_ups`, at `where` (`follow_ups[2]`): a text entry, a mapping or a bare date. */
function readEntry(r: Reader, entry: unknown, index: number, where: string): Attempt | null {
  if (isEmpty(entry)) return null;
  const text = isRecord(entry) ? splitTextEntry(entry) : null;
  if (text !== null) return readTextEntry(r, text, index, where);
  if (isRecord(entry)) return readMappingEntry(r, entry, index, where);
  if (typeof entry === "string") return readTextEntry(r, entry, index, where);
  const day = parseDay(entry);
  if (!day) r.problem(where, entry, "expected a text entry like 2026-11-25 email, or {date, channel}; ignored");
  return day ? { day, channel: "email", next: null, note: null, index, where } : null;
}

/**
 * One `follow_ups` entry read alone, exactly as `parseInterviewNote` reads it inside the list at
 * `where`: its attempt (null when it is empty or ignored) and the problems it has.
 */
export function readFollowUpEntry(entry: unknown, where: string): { attempt: Attempt | null; problems: Problem[] } {
  const r = new Reader({}, defaultKeyMap());
  const attempt = readEntry(r, entry, 0, where);
  return { attempt, problems: r.problems };
}

/** Reads a `tags` property (a string, a list, with or without `#`) into bare tag names. */
export function frontmatterTags(frontmatter: unknown): string[] {
  if (!isRecord(frontmatter)) return [];
  const raw = frontmatter.tags ?? frontmatter.tag;
  const items: unknown[] = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[,\s]+/) : [];
  return items
    .filter((t): t is string => typeof t === "string")
    .map((t) => t.trim().replace(/^#/, ""))
    .filter((t) => t !== "");
}

/** Is `path` inside `folder` (subfolders included)? An empty folder matches nothing. */
export function isInFolder(path: string, folder: string): boolean {
  const f = trimFolder(folder);
  if (f === "") return false;
  return path.toLowerCase().startsWith(`${f.toLowerCase()}/`);
}

/**
 * Detection (spec §2): `type: interview`, or a tag `interview` / `interview/…`, or a path in the
 * interview folder, as the settings say; the user's templates folder is never selected.
 * `tags` are every tag of the note (frontmatter and inline), with or without `#`.
 */
export function isInterviewNote(
  path: string,
  frontmatter: unknown,
  tags: readonly string[],
  detection: DetectionSettings,
  templatesFolder = "",
): boolean {
  if (isInFolder(path, templatesFolder)) return false;
  const type = detection.type.trim().toLowerCase();
  if (type !== "" && isRecord(frontmatter)) {
    const t = frontmatter.type;
    const values = Array.isArray(t) ? t : [t];
    if (values.some((v) => typeof v === "string" && v.trim().toLowerCase() === type)) return true;
  }
  const tag = detection.tag.trim().replace(/^#/, "").toLowerCase();
  if (tag !== "") {
    for (const raw of tags) {
      const t = raw.replace(/^#/, "").toLowerCase();
      if (t === tag || t.startsWith(`${tag}/`)) return true;
    }
  }
  return isInFolder(path, detection.folder);
}
