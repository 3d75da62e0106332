/**
 * What every subcommand is and gets: the IO it writes through (so tests run in-process), and
 * the flags shared by the commands that read a vault (`[folder] --today --holidays --max-attempts`).
 */
import { localMoment, startOfDay } from "../core/dates";
import type { LocalMoment } from "../core/types";
import { scanVault, type ScanResult, type SkippedFile } from "./scan";
import { parseHolidaysFlag, parseMaxAttemptsFlag, parseTodayFlag, UsageError, type FlagSpec, type ParsedArgs } from "./args";

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  /** Is stdout a terminal? (Colour is used only then, unless FORCE_COLOR says otherwise.) */
  isTTY: boolean;
  /** The clock; only read when `--today` is not given. */
  now: () => Date;
}

/** One subcommand: `interview-followup <name> …`. Add a command by adding one entry to COMMANDS. */
export interface CliCommand {
  name: string;
  /** One line for the command list in `--help`. */
  summary: string;
  /** The usage line, without the program name: `agenda [folder] [options]`. */
  usage: string;
  /** Its flags (help is generated from them). */
  flags: FlagSpec;
  /** Extra help paragraphs after the flag list. */
  notes?: string[];
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** The flags every vault-reading command accepts. */
export const VAULT_FLAGS = {
  today: { type: "string", value: "YYYY-MM-DD", help: "plan as of the start of this day (default: now)" },
  holidays: {
    type: "string",
    value: "DAY,DAY",
    help: "days that are not business days, like 2026-12-24,2026-12-25 (replaces the vault's setting)",
  },
  "max-attempts": {
    type: "string",
    value: "N",
    help: "unanswered follow-ups before moving on (default: the vault's setting, else 3)",
  },
} as const satisfies FlagSpec;

export interface VaultArgs {
  folder: string;
  now: LocalMoment;
  holidays?: string[];
  maxAttempts?: number;
}

/** Reads `[folder]` and the VAULT_FLAGS from parsed arguments, checking each. */
export function readVaultArgs(
  parsed: ParsedArgs<typeof VAULT_FLAGS>,
  io: Pick<CliIo, "now">,
  command: string,
): VaultArgs {
  const { flags, positionals } = parsed;
  if (positionals.length > 1) {
    throw new UsageError(`${command} takes one folder, got ${positionals.length}: ${positionals.slice(0, 3).join(" ")}`);
  }
  const now = flags.today !== undefined ? startOfDay(parseTodayFlag(flags.today)) : localMoment(io.now());
  return {
    folder: positionals[0] ?? ".",
    now,
    holidays: flags.holidays !== undefined ? parseHolidaysFlag(flags.holidays) : undefined,
    maxAttempts: flags["max-attempts"] !== undefined ? parseMaxAttemptsFlag(flags["max-attempts"]) : undefined,
  };
}

/** ANSI colour when stdout is a terminal and NO_COLOR is unset; FORCE_COLOR forces it on (or off with 0). */
export function useColor(io: Pick<CliIo, "env" | "isTTY">): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !["0", "false", "no"].includes(force.trim().toLowerCase());
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  return io.isTTY;
}

/** At most this many skipped files are named one by one; the rest are counted. */
export const SKIPPED_SHOWN = 10;

const SKIP_REASON: Record<SkippedFile["reason"], string> = {
  binary: "not a text file",
  outside: "a link to a place outside the folder (never followed)",
  "broken-link": "a link to nothing",
  unreadable: "could not be read",
};

/**
 * User text on a terminal: control characters (escape sequences included) and bidirectional
 * overrides become visible marks, so a note cannot restyle or reorder the output.
 */
export function cleanForTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "\ufffd").replace(/[\t\n]+/g, " ");
}

/**
 * Scans the folder the arguments name, as every vault-reading command does: the scan's
 * warnings on stderr, then one stderr line per file it did not read (unreadable files were
 * already named by a warning), so a note that seems missing from the output has an
 * explanation. Nothing on stdout: the agenda, its JSON and the calendar stay clean.
 */
export function scanForCommand(vault: VaultArgs, io: Pick<CliIo, "stderr">): ScanResult {
  const result = scanVault(vault.folder, {
    now: vault.now,
    holidays: vault.holidays,
    maxAttempts: vault.maxAttempts,
    warn: (message) => io.stderr.write(`interview-followup: warning: ${message}\n`),
  });
  const silent = result.skipped.filter((s) => s.reason !== "unreadable");
  for (const s of silent.slice(0, SKIPPED_SHOWN)) io.stderr.write(`interview-followup: skipped ${cleanForTerminal(s.path)}: ${SKIP_REASON[s.reason]}\n`);
  if (silent.length > SKIPPED_SHOWN) io.stderr.write(`interview-followup: skipped ${silent.length - SKIPPED_SHOWN} more files\n`);
  return result;
}
