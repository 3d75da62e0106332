/**
 * Text meant for a terminal: when to colour it, and how user text is made safe and short there
 * (a note's values, paths and arguments are user text).
 */
import type { CliIo } from "./command";

/** ANSI colour when stdout is a terminal and NO_COLOR is unset; FORCE_COLOR forces it on (or off with 0). */
export function useColor(io: Pick<CliIo, "env" | "isTTY">): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !["0", "false", "no"].includes(force.trim().toLowerCase());
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  return io.isTTY;
}

/**
 * User text on a terminal: control characters (escape sequences included) and bidirectional
 * overrides become visible marks, so a note cannot restyle or reorder the output.
 */
export function cleanForTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "\ufffd").replace(/[\t\n]+/g, " ");
}

/**
 * A user's text in a one-line message: cleaned as cleanForTerminal cleans it (the one sanitizer),
 * then cut to `max` characters, never inside one.
 */
export function shorten(text: string, max = 60): string {
  const chars = Array.from(cleanForTerminal(text));
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : chars.join("");
}

/** Why a file or folder could not be read or written, in words, by Node's error code: the one table. */
const FS_TROUBLE: ReadonlyMap<string, string> = new Map([
  ["ENOENT", "it does not exist"],
  ["ENOTDIR", "part of the path is a file, not a folder"],
  ["EISDIR", "it is a folder"],
  ["EACCES", "permission denied"],
  ["EPERM", "permission denied"],
  ["ELOOP", "its links go round in a loop"],
]);

/**
 * Why something failed, for a message: the words for a known code (`context` may word a
 * code for its case, like ENOENT when writing: "its folder does not exist"), else the code, else
 * the first line of the error's message, shortened.
 */
export function failureText(error: unknown, context: ReadonlyMap<string, string> = new Map()): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string") return context.get(code) ?? FS_TROUBLE.get(code) ?? code;
  return shorten((error instanceof Error ? error.message : String(error)).split("\n", 1)[0], 100);
}
