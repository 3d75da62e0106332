/**
 * The subcommands, in the order `--help` lists them. A new subcommand is one entry here
 * (e.g. `icsCommand` from ./ics).
 */
import { agendaCommand } from "./agenda";
import type { CliCommand } from "./command";
import { icsCommand } from "./ics";

export const COMMANDS: readonly CliCommand[] = [agendaCommand, icsCommand];
