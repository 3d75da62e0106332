/**
 * The dispatcher: the table of subcommands, and `interview-followup <command> [args]`, `--help`,
 * `--version`. Everything is caught here: a usage mistake is one line on stderr and exit code 2,
 * anything unexpected one line and exit code 1 — never a stack trace.
 */
import { version } from "../../package.json";
import { agendaCommand } from "./agenda";
import { UsageError } from "./args";
import type { CliCommand, CliIo } from "./command";
import { commandHelp, mainHelp, PROGRAM } from "./help";
import { icsCommand } from "./ics";
import { shorten } from "./terminal";

export type { CliCommand, CliIo } from "./command";

/** The subcommands, in the order `--help` lists them. A new subcommand is one entry here. */
export const COMMANDS: readonly CliCommand[] = [agendaCommand, icsCommand];

export const VERSION: string = version;

function findCommand(commands: readonly CliCommand[], name: string): CliCommand | undefined {
  return commands.find((c) => c.name === name);
}

/** Runs the CLI in-process; resolves to the exit code. `commands` defaults to the real table. */
export async function runCli(argv: readonly string[], io: CliIo, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === "--help" || first === "-h") {
      io.stdout.write(mainHelp(commands, VERSION));
      return 0;
    }
    if (first === "help") {
      const topic = rest[0];
      if (topic === undefined) {
        io.stdout.write(mainHelp(commands, VERSION));
        return 0;
      }
      const command = findCommand(commands, topic);
      if (!command) throw new UsageError(`no command named "${shorten(topic)}" (commands: ${commands.map((c) => c.name).join(", ")})`);
      io.stdout.write(commandHelp(command));
      return 0;
    }
    if (first === "--version" || first === "-v" || first === "version") {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (first.startsWith("-")) throw new UsageError(`unknown option ${shorten(first.split("=")[0])} (see --help)`);
    const command = findCommand(commands, first);
    if (!command) {
      throw new UsageError(`unknown command "${shorten(first)}" (commands: ${commands.map((c) => c.name).join(", ")}; see --help)`);
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${PROGRAM}: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${PROGRAM}: unexpected error: ${shorten(message.split("\n", 1)[0], 200)}\n`);
    return 1;
  }
}
