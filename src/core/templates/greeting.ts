/**
 * How a message addresses the interviewer (spec §5, "Greeting"): the note's `greeting` when set;
 * else the interviewer's first name, or the full name when the user's setting says so; else
 * "Hiring Manager" in writing. Spoken scripts always use the short form. Pure.
 */
import type { GreetingForm } from "../settings";
import type { InterviewNote } from "../types";

/** A courtesy title that stays with the surname in the short form: "Dr. Dana Reyes" → "Dr. Reyes". */
const TITLE_RE = /^(?:mr|mrs|ms|mx|miss|dr|prof|professor)\.?$/i;

/**
 * The people an `interviewer` value names. A panel is written "Dana Reyes, Sam Lee" (also what a
 * list property reads as), "Dana Reyes and Sam Lee" or "Dana Reyes & Sam Lee". A note in
 * parentheses ("Dana Reyes (Head of Data)") is not part of a name.
 */
export function interviewerNames(interviewer: string | null): string[] {
  if (interviewer === null) return [];
  return interviewer
    .replace(/\([^)]*\)/g, " ")
    .split(/\s*(?:[,;&/]|\band\b)\s*/i)
    .map((n) => n.trim().replace(/\s+/g, " "))
    .filter((n) => n !== "");
}

/** The short form of one name: the first name, or title and surname when a title leads. */
export function shortName(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length > 1 && TITLE_RE.test(words[0])) return `${words[0]} ${words[words.length - 1]}`;
  return words[0];
}

/** "Dana", "Dana and Sam", "Dana, Sam and Lee"; with `or`: "Dana Reyes or Sam Lee". */
export function joinNames(names: readonly string[], conjunction: "and" | "or" = "and"): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${conjunction} ${names[names.length - 1]}`;
}

/**
 * The note's `greeting` as a name to put after "Dear" or "Hi": a salutation the user typed
 * with it ("Dear Ms. Reyes,") is taken off, so it is never doubled. Null when nothing is left.
 */
export function greetingProperty(greeting: string | null): string | null {
  if (greeting === null) return null;
  const name = greeting
    .trim()
    .replace(/^(?:dear|hi|hello|hey)\b[\s,]*/i, "")
    .replace(/[\s,;:!]+$/, "");
  return name === "" ? null : name;
}

/** The name a written message greets: "Dana", "Dana Reyes", "Ms. Reyes"; null = "Hiring Manager". */
export function writtenGreetingName(note: Pick<InterviewNote, "greeting" | "interviewer">, form: GreetingForm): string | null {
  const own = greetingProperty(note.greeting);
  if (own !== null) return own;
  const names = interviewerNames(note.interviewer);
  if (names.length === 0) return null;
  return joinNames(form === "full-name" ? names : names.map(shortName));
}

/** The name a spoken script uses: always the short form ("Hi Dana"); null when the note has none. */
export function spokenName(note: Pick<InterviewNote, "greeting" | "interviewer">): string | null {
  const own = greetingProperty(note.greeting);
  if (own !== null) return own;
  const names = interviewerNames(note.interviewer);
  return names.length === 0 ? null : joinNames(names.map(shortName));
}

/**
 * Who a script asks for when someone else answers or takes a message: each interviewer's full
 * name, without the notes in brackets, any one of a panel ("Dana Reyes or Sam Lee"); else the
 * note's `greeting` ("Ms. Reyes"); null when the note names nobody. Asking for a person is not
 * greeting them, so the full name is right here.
 */
export function spokenFullName(note: Pick<InterviewNote, "greeting" | "interviewer">): string | null {
  const names = interviewerNames(note.interviewer);
  return names.length > 0 ? joinNames(names, "or") : greetingProperty(note.greeting);
}
