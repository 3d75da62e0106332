/**
 * What the commands that read a vault share: `[folder] --today --holidays --max-attempts
 * --locale`, and the scan of that folder with its report on stderr of the files it did not read.
 */
import { localMoment, startOfDay } from "../core/dates";
import { makeDayFormat, type DayFormat } from "../core/day-format";
import type { LocalMoment } from "../core/types";
import { parseHolidaysFlag, parseLocaleFlag, parseMaxAttemptsFlag, parseTodayFlag, UsageError, type FlagSpec, type ParsedArgs } from "./args";
import type { CliIo } from "./command";
import { localeFromEnv } from "./locale";
import { scanVault, type ScanResult, type SkippedFile } from "./scan";
import { cleanForTerminal, shorten } from "./terminal";

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
  locale: {
    type: "string",
    value: "LOCALE",
    help: "write days for this locale, like en-US, en-GB or de (default: LC_ALL, LC_TIME/LC_MESSAGES, LANG; else en-US)",
  },
} as const satisfies FlagSpec;

export interface VaultArgs {
  folder: string;
  now: LocalMoment;
  holidays?: string[];
  maxAttempts?: number;
  /** How days are written in what people read (text, reasons, calendar descriptions); JSON and .ics dates stay YYYY-MM-DD. */
  days: DayFormat;
}

/** Reads `[folder]` and the VAULT_FLAGS from parsed arguments, checking each. */
export function readVaultArgs(
  parsed: ParsedArgs<typeof VAULT_FLAGS>,
  io: Pick<CliIo, "now" | "env">,
  command: string,
): VaultArgs {
  const { flags, positionals } = parsed;
  if (positionals.length > 1) {
    throw new UsageError(`${command} takes one folder, got ${positionals.length}: ${positionals.slice(0, 3).map((p) => shorten(p)).join(" ")}`);
  }
  const now = flags.today !== undefined ? startOfDay(parseTodayFlag(flags.today)) : localMoment(io.now());
  return {
    folder: positionals[0] ?? ".",
    now,
    holidays: flags.holidays !== undefined ? parseHolidaysFlag(flags.holidays) : undefined,
    maxAttempts: flags["max-attempts"] !== undefined ? parseMaxAttemptsFlag(flags["max-attempts"]) : undefined,
    days: makeDayFormat(flags.locale !== undefined ? parseLocaleFlag(flags.locale) : localeFromEnv(io.env)),
  };
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
    dayFormat: vault.days,
    // A warning names files and folders of the vault: user text, cleaned like the rest.
    warn: (message) => io.stderr.write(`interview-followup: warning: ${cleanForTerminal(message)}\n`),
  });
  const silent = result.skipped.filter((s) => s.reason !== "unreadable");
  for (const s of silent.slice(0, SKIPPED_SHOWN)) io.stderr.write(`interview-followup: skipped ${cleanForTerminal(s.path)}: ${SKIP_REASON[s.reason]}\n`);
  if (silent.length > SKIPPED_SHOWN) io.stderr.write(`interview-followup: skipped ${silent.length - SKIPPED_SHOWN} more files\n`);
  return result;
}
