/**
 * `interview-followup ics [folder] [--out FILE]`: the open follow-ups as an iCalendar file, one
 * all-day event per thank-you or follow-up to make, the same file the plugin's "Export
 * follow-ups to calendar" command writes. To stdout by default; with `--out`, to that one file
 * and nothing else (no folder is created, a folder is refused).
 */
import { statSync, writeFileSync } from "node:fs";
import { renderCalendar } from "../core/calendar";
import { parseArgs, UsageError, type FlagSpec } from "./args";
import type { CliCommand, CliIo } from "./command";
import { commandHelp } from "./help";
import { readVaultArgs, scanForCommand, VAULT_FLAGS } from "./read-vault";
import { cleanForTerminal, failureText, shorten } from "./terminal";

export const ICS_FLAGS = {
  out: { type: "string", value: "FILE", help: "write the calendar to FILE instead of stdout (only that file is written)" },
  ...VAULT_FLAGS,
  help: { type: "boolean", short: "h", help: "show this help" },
} as const satisfies FlagSpec;

/** Writing only the file itself, a missing path means a missing folder. */
const WRITING: ReadonlyMap<string, string> = new Map([["ENOENT", "its folder does not exist"]]);

/** Refuses an `--out` that is a folder, before anything is scanned or written. */
function checkOut(out: string): void {
  if (out.trim() === "") throw new UsageError("--out needs a file name like follow-ups.ics");
  let isDir = false;
  try {
    isDir = statSync(out).isDirectory();
  } catch {
    isDir = false; // does not exist yet: fine, it is created
  }
  if (isDir || /[\\/]$/.test(out)) throw new UsageError(`--out: ${shorten(out, 200)} is a folder; give a file name like follow-ups.ics`);
}

function writeOut(out: string, text: string): void {
  try {
    // Only this file: no parent folder is created, so a wrong path fails instead of scattering folders.
    writeFileSync(out, text, "utf8");
  } catch (error) {
    throw new UsageError(`--out: cannot write ${shorten(out, 200)} (${failureText(error, WRITING)})`);
  }
}

export async function runIcs(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ICS_FLAGS);
  if (parsed.flags.help) {
    io.stdout.write(commandHelp(icsCommand));
    return 0;
  }
  const vault = readVaultArgs(parsed, io, "ics");
  const out = parsed.flags.out;
  if (out !== undefined) checkOut(out);
  const scan = scanForCommand(vault, io);
  const { text, events } = renderCalendar(
    scan.notes.map((n) => n.status),
    vault.now.day,
    vault.days,
  );
  if (out === undefined) {
    io.stdout.write(text);
  } else {
    writeOut(out, text);
    io.stdout.write(`${events.length} ${events.length === 1 ? "event" : "events"} written to ${cleanForTerminal(out)}\n`);
  }
  return 0;
}

export const icsCommand: CliCommand = {
  name: "ics",
  summary: "The open thank-yous and follow-ups as a calendar (.ics) file",
  usage: "ics [folder] [options]",
  flags: ICS_FLAGS,
  notes: [
    "One all-day event per thank-you or follow-up to make, from the day it opens to its last day;",
    "one whose last day has passed is put on today (calendars hide past events), so run it daily.",
    "Event UIDs depend only on the note's path, the action and the attempt, so importing the",
    "file again updates the events instead of adding copies. Run it from the vault folder (or",
    "give the vault folder) so the paths, and so the UIDs, match the plugin's export.",
  ],
  run: runIcs,
};
