/**
 * A new interview note, in two forms: the whole text the "New interview note" command creates
 * (every property of the spec under the user's key names, and a short outline), and the short
 * example the empty sidebar shows, with the sentence saying how notes are found. Both write the
 * detection settings as they are and values as the Properties view writes them.
 */
import { makeDay } from "./dates";
import { trimFolder } from "./paths";
import type { DetectionSettings, KeyMap } from "./settings";

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
 * the user's key names) and a short outline. `type`/`tag` are the detection settings. Each value
 * has the type the Properties view gives that property, and keeps it across the vault: the
 * interview day as a date, or as a date and time the way the view writes one
 * (`2026-11-18T14:00`, local time); `call_ok` a checkbox (`false`); `follow_ups` an empty list;
 * every other date, `thank_you_sent` included, left blank (a blank date, never `false`).
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
    line(keys.thank_you_sent, null),
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
  const dir = trimFolder(folder);
  return { path: dir === "" ? `${name}.md` : `${dir}/${name}.md`, text: lines.join("\n") };
}

/** The detection the example describes when it is given none: the defaults. */
const DEFAULT_DETECTION: DetectionSettings = { type: "interview", tag: "interview", folder: "Interviews" };

/** "a", "a or b", "a, b or c". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/**
 * How the plugin finds interview notes, in words, from the detection settings as they are now
 * (not the defaults): the type, the tag and the folder that are set, or that finding is off.
 */
export function detectionHint(detection: DetectionSettings = DEFAULT_DETECTION): string {
  const type = detection.type.trim();
  const tag = detection.tag.trim().replace(/^#/, "");
  const folder = trimFolder(detection.folder);
  const ways: string[] = [];
  if (type !== "") ways.push(`has the property type: ${type}`);
  if (tag !== "") ways.push(`has the tag #${tag}`);
  if (folder !== "") ways.push(`is in the folder ${folder} (or a folder inside it)`);
  if (ways.length === 0) {
    return "Finding interview notes is off: no type, tag or folder is set. Choose one under Settings → Interview Follow-up → Finding interview notes.";
  }
  return `A note is an interview note when it ${orList(ways)}. Keep one note per interview, with properties like these:`;
}

/**
 * A frontmatter example for the empty state, with the user's own key names and the first way
 * of finding notes that is set (`type`, else the tag; a folder needs nothing in the note), and
 * values written as the Properties view writes them (`2026-11-18T14:00`).
 */
export function exampleFrontmatter(keys?: Partial<KeyMap>, detection: Pick<DetectionSettings, "type" | "tag"> = DEFAULT_DETECTION): string {
  const k = (name: keyof KeyMap): string => keys?.[name] ?? name;
  const type = detection.type.trim();
  const tag = detection.tag.trim().replace(/^#/, "");
  const lines = ["---"];
  if (type !== "") lines.push(`type: ${type}`);
  else if (tag !== "") lines.push("tags:", `  - ${tag}`);
  lines.push(
    `${k("company")}: Acme`,
    `${k("role")}: Product designer`,
    `${k("interviewer")}: Dana Reyes`,
    `${k("interviewer_email")}: dana@acme.example`,
    `${k("interview_date")}: 2026-11-18T14:00`,
    `${k("decision_timeline")}: 2 weeks`,
    "---",
  );
  return lines.join("\n");
}
