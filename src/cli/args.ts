/**
 * Argument parsing shared by every subcommand: a small strict flag parser and the checks for
 * the flags that several commands take (`--today`, `--holidays`, `--max-attempts`).
 * Every mistake is a `UsageError`, which the dispatcher prints as one line and exits with 2.
 */
import { makeDay } from "../core/dates";
import type { Day } from "../core/types";

/** A mistake in how the command was called: printed as one line, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface FlagDef {
  type: "boolean" | "string";
  /** One-letter alias, without the dash (`h` for `-h`). */
  short?: string;
  /** Placeholder shown in help, for string flags: `YYYY-MM-DD`. */
  value?: string;
  /** One line for the help text. */
  help: string;
}

export type FlagSpec = Record<string, FlagDef>;

export type ParsedFlags<S extends FlagSpec> = {
  [K in keyof S]?: S[K]["type"] extends "boolean" ? boolean : string;
};

export interface ParsedArgs<S extends FlagSpec> {
  flags: ParsedFlags<S>;
  positionals: string[];
}

/**
 * Strict parsing: `--name value`, `--name=value`, `-x`; `--` ends the flags. An unknown flag, a
 * missing value or a value given to a switch is a UsageError. A repeated flag keeps its last value.
 */
export function parseArgs<S extends FlagSpec>(argv: readonly string[], spec: S): ParsedArgs<S> {
  const flags: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const byShort = new Map<string, string>();
  for (const [name, def] of Object.entries(spec)) if (def.short) byShort.set(def.short, name);

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const key = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (eq !== -1) inline = arg.slice(eq + 1);
      if (Object.prototype.hasOwnProperty.call(spec, key)) name = key;
    } else if (arg.length === 2) {
      name = byShort.get(arg.slice(1));
    }
    if (name === undefined) throw new UsageError(`unknown option ${shorten(arg.split("=")[0])} (see --help)`);
    const def = spec[name];
    if (def.type === "boolean") {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      flags[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("-") && next.length > 1)) {
        throw new UsageError(`--${name} needs a value${def.value ? ` like ${def.value}` : ""}`);
      }
      value = next;
      i++;
    }
    flags[name] = value;
  }
  return { flags: flags as ParsedFlags<S>, positionals };
}

/** Keeps a user's text short and on one line in an error message. */
export function shorten(text: string, max = 60): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const one = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ");
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** A strict `YYYY-MM-DD` that names a real day, or null. */
export function readDay(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  return makeDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** `--today`: a real day, else a UsageError naming the flag. */
export function parseTodayFlag(text: string, flag = "--today"): Day {
  const day = readDay(text);
  if (!day) throw new UsageError(`${flag}: "${shorten(text)}" is not a real day like 2026-11-25`);
  return day;
}

/** `--holidays`: comma-separated days, each checked; an empty value means no holidays. */
export function parseHolidaysFlag(text: string, flag = "--holidays"): Day[] {
  const out: Day[] = [];
  for (const part of text.split(",")) {
    if (part.trim() === "") continue;
    const day = readDay(part);
    if (!day) throw new UsageError(`${flag}: "${shorten(part.trim())}" is not a real day like 2026-12-24`);
    out.push(day);
  }
  return out;
}

/** `--max-attempts`: a whole number, 1 or more. */
export function parseMaxAttemptsFlag(text: string, flag = "--max-attempts"): number {
  const t = text.trim();
  const n = /^\d{1,6}$/.test(t) ? Number(t) : NaN;
  if (!Number.isInteger(n) || n < 1) {
    throw new UsageError(`${flag}: "${shorten(text)}" is not a whole number of 1 or more`);
  }
  return n;
}

/** Help lines for a flag spec, aligned: `  --today YYYY-MM-DD   plan as of …`. */
export function formatFlagHelp(spec: FlagSpec): string[] {
  const rows = Object.entries(spec).map(([name, def]) => {
    const left = `${def.short ? `-${def.short}, ` : "    "}--${name}${def.type === "string" ? ` ${def.value ?? "VALUE"}` : ""}`;
    return [left, def.help] as const;
  });
  const width = Math.max(0, ...rows.map(([l]) => l.length));
  return rows.map(([l, h]) => `  ${l.padEnd(width)}   ${h}`);
}
