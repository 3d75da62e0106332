/**
 * Checks what a person types into the settings tab, before it is saved. Pure: each function
 * takes the text and returns either the value to save or messages that name what is wrong.
 */
import { makeDay } from "./dates";
import { trimFolder } from "./paths";
import { NOTE_KEYS, type KeyMap, type NoteKey } from "./settings";
import type { Day } from "./types";

export interface HolidayParse {
  /** The days, in the order written, each once. */
  holidays: Day[];
  /** One message per bad line, e.g. "Line 3: 2026-02-30 is not a date". */
  errors: string[];
}

/**
 * Reads the holidays text area: one `YYYY-MM-DD` per line; blank lines are skipped.
 * A line that is not a real day is reported by its number.
 */
export function parseHolidayLines(text: string): HolidayParse {
  const holidays: Day[] = [];
  const errors: string[] = [];
  const seen = new Set<Day>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    const n = i + 1;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(line);
    if (!m) {
      errors.push(`Line ${n}: "${line}" is not written YYYY-MM-DD`);
      return;
    }
    const day = makeDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!day) {
      errors.push(`Line ${n}: ${line} is not a date`);
      return;
    }
    if (!seen.has(day)) {
      seen.add(day);
      holidays.push(day);
    }
  });
  return { holidays, errors };
}

/** The holidays as the text area shows them. */
export function formatHolidayLines(holidays: readonly Day[]): string {
  return holidays.join("\n");
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** A whole number from `min` to `max`, typed as text. */
export function parseWholeNumber(text: string, min: number, max: number): Checked<number> {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return { ok: false, error: `Enter a whole number from ${min} to ${max}.` };
  const n = Number(t);
  if (n < min || n > max) return { ok: false, error: `Enter a whole number from ${min} to ${max}.` };
  return { ok: true, value: n };
}

/** A vault folder: trimmed, without leading or trailing slashes; empty stays empty. */
export function cleanFolder(text: string): string {
  return trimFolder(text.replace(/\\/g, "/").replace(/\/{2,}/g, "/"));
}

/**
 * The calendar file path, the one check for both the settings tab and every write of the file
 * (data.json may also come from a sync): a path inside the vault (no `.` or `..` folder) to a
 * file with a name before `.ics`, no part of it hidden (starting with a dot); slashes cleaned as
 * `cleanFolder` does, NFC like Obsidian's `normalizePath`. Empty means `fallback`.
 */
export function parseCalendarPath(text: string, fallback: string): Checked<string> {
  const t = cleanFolder(text).normalize("NFC");
  if (t === "") return { ok: true, value: fallback };
  const parts = t.split("/");
  if (parts.some((part) => part === ".." || part === ".")) return { ok: false, error: `The calendar file must be inside this vault: "${t}" is not.` };
  const name = parts[parts.length - 1];
  if (!/\.ics$/i.test(name)) return { ok: false, error: `The calendar file must end in .ics, like "${fallback}".` };
  if (name.slice(0, -4).trim() === "") return { ok: false, error: `The calendar file needs a name before .ics, like "${fallback}".` };
  // Obsidian does not show files or folders whose names start with a dot (its own config folder is one).
  if (parts.some((part) => part.startsWith("."))) return { ok: false, error: `The calendar file and its folders must not start with a dot: "${t}" does.` };
  return { ok: true, value: t };
}

/** A frontmatter key name: trimmed; empty means the key's own (canonical) name. */
export function cleanKeyName(text: string, key: NoteKey): string {
  const t = text.trim();
  return t === "" ? key : t;
}

/**
 * A mapped name is read in addition to the key's default name, so a name that two keys would
 * read — both mapped to it, or one mapped to another key's default name (`company` → `role`) —
 * would read one value twice. Returns, for every such key, a message naming the others.
 */
export function duplicateKeyNames(keys: KeyMap): Partial<Record<NoteKey, string>> {
  const byName = new Map<string, NoteKey[]>();
  for (const key of NOTE_KEYS) {
    for (const name of new Set([keys[key], key])) byName.set(name, [...(byName.get(name) ?? []), key]);
  }
  const out: Partial<Record<NoteKey, string>> = {};
  for (const [name, list] of byName) {
    if (list.length < 2) continue;
    for (const key of list) {
      const others = list.filter((k) => k !== key).join(", ");
      out[key] = `"${name}" is also used for ${others}.`;
    }
  }
  return out;
}
