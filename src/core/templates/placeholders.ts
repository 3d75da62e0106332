/**
 * The placeholder language shared by the built-in templates and the user's own (`{{company}}`):
 * what each placeholder is filled with, what a missing value shows, and the filler. Pure.
 */
import { toHolidaySet } from "../dates";
import type { DayFormat } from "../day-format";
import { readContacts } from "../rules";
import type { FollowUpSettings } from "../settings";
import type { Day, FollowUpStatus, InterviewNote } from "../types";
import { spokenFullName, spokenName, writtenGreetingName } from "./greeting";
import { nextStepReminder, statusAfterLeaving } from "./next-step";
import { findOccasion, spokenOccasion, writtenOccasion } from "./occasion";

/** One placeholder of the template language. */
export interface PlaceholderInfo {
  name: string;
  description: string;
  /** What a missing value shows instead, so the gap stays visible. */
  missing: string;
}

/** Every placeholder a template may use, with what it is filled from. The README and docs/messages.md list these. */
export const PLACEHOLDERS: readonly PlaceholderInfo[] = [
  { name: "company", description: "The employer (`company`).", missing: "[company]" },
  { name: "role", description: "The job title (`role`).", missing: "[role]" },
  { name: "interviewer", description: "The interviewer's name as written (`interviewer`).", missing: "[interviewer's name]" },
  {
    name: "greeting_name",
    description: "Who a written message greets: `greeting`, else the interviewer's first name (or full name, by the greeting form setting).",
    missing: "Hiring Manager",
  },
  {
    name: "interviewer_spoken_full",
    description: 'Who a script asks for: the interviewer\'s full name without notes in brackets, any one of a panel ("Dana Reyes or Sam Lee"); else `greeting`.',
    missing: "[interviewer's name]",
  },
  { name: "spoken_name", description: "Who a script greets: `greeting`, else the interviewer's first name; never the full name.", missing: "[interviewer's name]" },
  { name: "interviewer_email", description: "Their email address (`interviewer_email`).", missing: "[interviewer's email]" },
  { name: "interviewer_phone", description: "Their phone number (`interviewer_phone`).", missing: "[interviewer's phone]" },
  { name: "interview_day", description: 'The interview day as people write it, in your language and date order: "Wednesday, November 18".', missing: "[interview day]" },
  { name: "interview_date", description: "The interview day as `YYYY-MM-DD`.", missing: "[interview date]" },
  { name: "highlight", description: "One specific thing from the interview (`highlight`).", missing: "[something specific you discussed]" },
  { name: "stage", description: "The interview stage (`stage`); `first` when not set.", missing: "first" },
  { name: "occasion", description: "One written sentence saying why you follow up now, with the role, company and interview day.", missing: "" },
  { name: "occasion_spoken", description: "The same, said on the phone.", missing: "" },
  { name: "follow_up_number", description: "The number of this follow-up since their last answer (1, 2, 3 …).", missing: "[follow-up number]" },
  { name: "next_step", description: "The reminder under a voicemail or message: what comes next once you log it, and on which days.", missing: "" },
  { name: "your_name", description: "Your name (settings).", missing: "[your name]" },
  { name: "your_email", description: "Your email address (settings).", missing: "[your email]" },
  { name: "your_phone", description: "Your phone number (settings).", missing: "[your phone]" },
  { name: "signature", description: "Your signature (settings); nothing when not set.", missing: "" },
  { name: "today", description: "Today as `YYYY-MM-DD`.", missing: "[today]" },
  {
    name: "thanks_sentence",
    description: "One sentence of thanks for the interview while the thank-you is still unsent; otherwise nothing.",
    missing: "",
  },
];

const MISSING: ReadonlyMap<string, string> = new Map(PLACEHOLDERS.map((p) => [p.name, p.missing]));

/** Values by placeholder name: a string is used as is (`""` = intentionally nothing), null = missing. */
export type PlaceholderValues = Readonly<Record<string, string | null | undefined>>;

/** The one sentence of thanks added while the thank-you is unsent (no "again": none was sent). */
export const THANKS_SENTENCE = "Thank you for taking the time to meet with me.";

const PLACEHOLDER_RE = /( ?)\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}( ?)/g;
const HAS_PLACEHOLDER_RE = /\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\}/;

/**
 * Fills `{{name}}` placeholders. A name without an entry in `values` is unknown: it stays
 * visible exactly as written and is listed in `unknown` (once, in order of appearance). A value
 * that is null, undefined or blank is missing and shows its `[bracket]` placeholder. An empty
 * string means "nothing here": a line left holding only such placeholders is dropped (with one
 * of the blank lines around it), and an inline one takes one neighbouring space with it.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const lines = text.split("\n");
  const out: string[] = [];
  let dropBlankAfter = false;
  for (const line of lines) {
    if (!HAS_PLACEHOLDER_RE.test(line)) {
      if (dropBlankAfter && line.trim() === "") {
        dropBlankAfter = false;
        continue;
      }
      dropBlankAfter = false;
      out.push(line);
      continue;
    }
    let onlyEmpties = true;
    const filled = line.replace(PLACEHOLDER_RE, (whole: string, before: string, rawName: string, after: string) => {
      const name = rawName.toLowerCase();
      if (!Object.prototype.hasOwnProperty.call(values, name)) {
        if (!unknown.includes(rawName)) unknown.push(rawName);
        onlyEmpties = false;
        return whole;
      }
      const value = values[name];
      if (value === "") {
        return before !== "" && after !== "" ? " " : "";
      }
      onlyEmpties = false;
      const shown = value === null || value === undefined || value.trim() === "" ? (MISSING.get(name) ?? `[${name.replace(/_/g, " ")}]`) : value;
      return `${before}${shown}${after}`;
    });
    if (onlyEmpties && filled.trim() === "") {
      // The whole line was empty placeholders: drop it, and one blank line if it sat between two.
      const prevBlank = out.length === 0 || out[out.length - 1].trim() === "";
      dropBlankAfter = prevBlank;
      continue;
    }
    dropBlankAfter = false;
    out.push(filled);
  }
  return { text: out.join("\n"), unknown };
}

/** The number of the follow-up sent today: the status's attempt, else unanswered attempts + 1 (spec §4). */
function followUpNumber(note: InterviewNote, status: FollowUpStatus | null, today: Day): number | null {
  if (status?.attempt != null) return status.attempt;
  if (!note.interview) return null;
  return readContacts(note, note.interview.day, today).unanswered.length + 1;
}

/** The values the placeholders take for one note. */
export function placeholderValues(
  note: InterviewNote,
  status: FollowUpStatus | null,
  settings: FollowUpSettings,
  today: Day,
  dayFormat: DayFormat,
): Record<string, string | null> {
  const interviewDay = note.interview?.day ?? null;
  const blank = (s: string | null | undefined): string | null => (s === null || s === undefined || s.trim() === "" ? null : s.trim());
  const number = followUpNumber(note, status, today);
  const values: Record<string, string | null> = {
    company: blank(note.company),
    role: blank(note.role),
    interviewer: blank(note.interviewer),
    greeting_name: writtenGreetingName(note, settings.greetingForm),
    interviewer_spoken_full: spokenFullName(note),
    spoken_name: spokenName(note),
    interviewer_email: blank(note.interviewerEmail),
    interviewer_phone: blank(note.interviewerPhone),
    interview_day: interviewDay ? dayFormat.long(interviewDay) : null,
    interview_date: interviewDay,
    highlight: blank(note.highlight),
    stage: blank(note.stage),
    follow_up_number: number === null ? null : String(number),
    next_step: nextStepReminder(statusAfterLeaving(note, "voicemail", settings, today, dayFormat), dayFormat),
    your_name: blank(settings.yourName),
    your_email: blank(settings.yourEmail),
    your_phone: blank(settings.yourPhone),
    signature: settings.signature.trim() === "" ? "" : settings.signature.replace(/\r\n?/g, "\n").replace(/\s+$/, ""),
    today,
    thanks_sentence: status?.thankYouPending ? THANKS_SENTENCE : "",
  };
  // The occasion sentences name the role, company and day: filled from the values above, so a
  // missing one shows its placeholder there too.
  const occasion = findOccasion(note, today, toHolidaySet(settings.holidays));
  values.occasion = fillPlaceholders(writtenOccasion(occasion, today, dayFormat), values).text;
  values.occasion_spoken = fillPlaceholders(spokenOccasion(occasion, today, dayFormat), values).text;
  return values;
}
