/**
 * Argument parsing shared by every subcommand: `parseArgs` from `node:util` in strict mode (with
 * `--x=y` and `--` as Node reads them), and the checks for the flags that several commands take
 * (`--today`, `--holidays`, `--max-attempts`). Every mistake is a `UsageError`, which the
 * dispatcher prints as one line and exits with 2.
 */
import { parseArgs as parseWithNode, type ParseArgsConfig } from "node:util";
import { makeDay } from "../core/dates";
import type { Day } from "../core/types";
import { shorten } from "./terminal";

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

type NodeOptions = NonNullable<ParseArgsConfig["options"]>;

function nodeOptions(spec: FlagSpec): NodeOptions {
  const options: NodeOptions = {};
  for (const [name, def] of Object.entries(spec)) options[name] = def.short ? { type: def.type, short: def.short } : { type: def.type };
  return options;
}

/**
 * Strict parsing by `node:util`: `--name value`, `--name=value`, `-x` (and `-hx`); `--` ends the
 * flags; a repeated flag keeps its last value. An unknown flag, a missing value (or one that looks
 * like a flag: `--today --json`) or a value given to a switch is a UsageError saying which.
 */
export function parseArgs<S extends FlagSpec>(argv: readonly string[], spec: S): ParsedArgs<S> {
  const options = nodeOptions(spec);
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseWithNode({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n", 1)[0] : String(error);
    throw new UsageError(explainMistake(argv, spec, options) ?? shorten(message, 200));
  }
  const flags: Record<string, string | boolean> = {};
  for (const [name, value] of Object.entries(parsed.values)) if (typeof value === "string" || typeof value === "boolean") flags[name] = value;
  return { flags: flags as ParsedFlags<S>, positionals: parsed.positionals };
}

/** What strict parsing refused, in our words: Node's tokens of the same arguments, read without strictness. */
function explainMistake(argv: readonly string[], spec: FlagSpec, options: NodeOptions): string | null {
  const { tokens } = parseWithNode({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const def = Object.prototype.hasOwnProperty.call(spec, token.name) ? spec[token.name] : undefined;
    if (def === undefined) return `unknown option ${shorten(token.rawName)} (see --help)`;
    if (def.type === "boolean" && token.value !== undefined) return `--${token.name} takes no value`;
    const looksLikeFlag = token.value !== undefined && !token.inlineValue && token.value.length > 1 && token.value.startsWith("-");
    if (def.type === "string" && (token.value === undefined || looksLikeFlag)) return `--${token.name} needs a value${def.value ? ` like ${def.value}` : ""}`;
  }
  return null;
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
