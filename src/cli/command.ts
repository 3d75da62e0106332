/**
 * What every subcommand is and gets: the IO it writes through (so tests run in-process), its
 * flags for the help text, and its run function. The table of subcommands is in ./run.
 */
import type { FlagSpec } from "./args";

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  /** Is stdout a terminal? (Colour is used only then, unless FORCE_COLOR says otherwise.) */
  isTTY: boolean;
  /** The clock; only read when `--today` is not given. */
  now: () => Date;
}

/** One subcommand: `interview-followup <name> …`. Add a command by adding one entry to COMMANDS in ./run. */
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
