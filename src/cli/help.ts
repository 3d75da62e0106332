/** Help text, generated from the command table and each command's flags. */
import { formatFlagHelp } from "./args";
import type { CliCommand } from "./command";

export const PROGRAM = "interview-followup";

/** Usage, summary, flags and notes of one command. */
export function helpSection(command: CliCommand): string[] {
  return [
    `Usage: ${PROGRAM} ${command.usage}`,
    "",
    `  ${command.summary}.`,
    "",
    "Options:",
    ...formatFlagHelp(command.flags),
    ...(command.notes ? ["", ...command.notes.map((n) => `  ${n}`)] : []),
  ];
}

/** `interview-followup <command> --help`. */
export function commandHelp(command: CliCommand): string {
  return `${helpSection(command).join("\n")}\n`;
}

/** `interview-followup --help`: every command with its options, then the exit codes. */
export function mainHelp(commands: readonly CliCommand[], version: string): string {
  const width = Math.max(...commands.map((c) => c.usage.length), "help [command]".length);
  const lines = [
    `${PROGRAM} ${version}: what to send after each job interview, from the notes you keep`,
    "",
    "Usage:",
    ...commands.map((c) => `  ${PROGRAM} ${c.usage.padEnd(width)}   ${c.summary}`),
    `  ${PROGRAM} ${"help [command]".padEnd(width)}   Show this help, or one command's`,
    `  ${PROGRAM} ${"--version".padEnd(width)}   Show the version`,
  ];
  for (const c of commands) lines.push("", ...helpSection(c));
  lines.push(
    "",
    "Exit codes: 0 done, 1 unexpected error, 2 wrong usage (unknown option, bad date, a folder that is",
    "missing or cannot be read), 3 something is due or overdue (only with --fail-on-due).",
  );
  return `${lines.join("\n")}\n`;
}
