/**
 * Note normalization (spec §2): a frontmatter object, as Obsidian's metadata cache or a YAML
 * library gives it, becomes an `InterviewNote` plus the problems found. Any JSON-like input,
 * however wrong, yields a result; nothing here throws.
 */
import { parseDay, parseMoment, parseSpan } from "./dates";
import { defaultKeyMap, type DetectionSettings, type KeyMap, type NoteKey } from "./settings";
import type { Attempt, Channel, ContactChannel, InterviewNote, Outcome, Problem } from "./types";

/** Enumerated values compare trimmed, lower-cased, with space, `-` and `_` the same (spec §1). */
export function normalizeWord(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_-]+/g, "-");
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

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
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
  const m = /^\[\[([^\]|]*)(?:\|([^\]]*))?\]\]$/.exec(text);
  if (!m) return text;
  return (m[2] ?? m[1]).trim();
}

class Reader {
  readonly problems: Problem[] = [];
  constructor(
    private readonly fm: Record<string, unknown>,
    private readonly keys: KeyMap,
  ) {}

  key(k: NoteKey): string {
    return this.keys[k];
  }

  raw(k: NoteKey): unknown {
    return this.fm[this.keys[k]];
  }

  /** `k` is a canonical key (mapped to the user's) or an already-written path like `follow_ups[2].date`. */
  problem(k: string, value: unknown, message: string): void {
    const key = (this.keys as Record<string, string>)[k] ?? k;
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
    if (!d) this.problem(k, v, expected);
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
 * Reads one note's frontmatter. `keys` maps canonical key names to the user's own; problems name
 * the user's key.
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
    if (!interview) r.problem("interview_date", rawInterview, "expected a date like 2026-11-18 or 2026-11-18 14:00");
  }

  const stage = r.text("stage");
  const final = stage !== null && /\bfinal\b/i.test(stage);

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
      r.problem("decision_timeline", rawTimeline, 'expected a span like "2 weeks", "10 days", "5 business days" or "1-2 weeks"; ignored');
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
    else r.problem("thank_you_sent", rawThanks, "expected true, false or the day you sent it; read as not sent");
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
    interviewKey: keys.interview_date,
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

function readFollowUps(r: Reader): Attempt[] {
  const raw = r.raw("follow_ups");
  if (isEmpty(raw)) return [];
  let entries: unknown[];
  if (Array.isArray(raw)) entries = raw;
  else if (isRecord(raw) || raw instanceof Date || (typeof raw === "string" && parseDay(raw))) entries = [raw];
  else {
    r.problem("follow_ups", raw, "expected a list of attempts like - {date: 2026-11-25, channel: email}; no attempts read");
    return [];
  }
  const key = r.key("follow_ups");
  const out: Attempt[] = [];
  entries.forEach((entry, index) => {
    const where = `${key}[${index + 1}]`;
    if (isEmpty(entry)) return;
    if (!isRecord(entry)) {
      const day = parseDay(entry);
      if (day) out.push({ day, channel: "email", next: null, note: null, index, where });
      else r.problem(where, entry, "expected a date or {date, channel}; ignored");
      return;
    }
    const day = parseDay(entry.date);
    if (!day) {
      r.problem(`${where}.date`, entry.date, "expected a date like 2026-11-25; attempt ignored");
      return;
    }
    let channel: Channel = "email";
    if (!isEmpty(entry.channel)) {
      const c = typeof entry.channel === "string" ? lookup(CHANNELS, normalizeWord(entry.channel)) : undefined;
      if (c) channel = c;
      else
        r.problem(
          `${where}.channel`,
          entry.channel,
          "expected email, phone, voicemail, message, linkedin or in-person; counted as an email",
        );
    }
    let next: string | null = null;
    if (!isEmpty(entry.next)) {
      next = parseDay(entry.next);
      if (!next) r.problem(`${where}.next`, entry.next, "expected a date like 2026-12-02; ignored");
    }
    const note = typeof entry.note === "string" && entry.note.trim() !== "" ? entry.note.trim() : null;
    out.push({ day, channel, next, note, index, where });
  });
  return out;
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

function normalizeFolder(folder: string): string {
  return folder.trim().replace(/^\/+|\/+$/g, "");
}

/** Is `path` inside `folder` (subfolders included)? An empty folder matches nothing. */
export function isInFolder(path: string, folder: string): boolean {
  const f = normalizeFolder(folder);
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
