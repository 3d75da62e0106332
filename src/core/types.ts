/** Shared shapes of the core. Pure data: no behaviour, no imports from outside the core. */
import type { DayFormat } from "./day-format";


/** A local calendar day, always written `YYYY-MM-DD`. Compares correctly as a string. */
export type Day = string;

/** A moment as the user's wall clock shows it: a local day and minutes since its midnight. */
export interface LocalMoment {
  day: Day;
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
}

export type Channel = "email" | "phone" | "voicemail" | "message" | "linkedin" | "in-person";
export type ContactChannel = "email" | "phone" | "linkedin";
export type Outcome = "pending" | "offer" | "accepted" | "rejected" | "withdrawn" | "next-round";

/** A value that could not be read: names the key (as the user wrote it), the value and what was expected. */
export interface Problem {
  key: string;
  value: string;
  message: string;
}

/** A span said from the interview day: `2 weeks`, `5 business days`, `14-30 days` (upper end kept). */
export interface Span {
  /** The length the engine counts: a range's or a vague span's upper end ("2-3 weeks": 3). */
  amount: number;
  unit: "day" | "week" | "business-day" | "month";
  /** A range's lower end ("2-3 weeks": 2, "a week or two": 1), so words to the employer keep the range. */
  low?: number;
  /** "a few weeks" / "a couple of weeks": said as such, not as the number the engine counts. */
  vague?: "few" | "couple";
  /** The text as written, without a leading within / in / about (reasons and messages word the span from `amount` and `unit`). */
  text: string;
}

export interface Attempt {
  day: Day;
  channel: Channel;
  /** A check-back day agreed during this contact. */
  next: Day | null;
  note: string | null;
  /** Position in the `follow_ups` list as written (keeps ties stable). */
  index: number;
  /** Where it was written, for problems: `follow_ups[2]`. */
  where: string;
}

/** An interview note after normalization: every field readable or null, plus the problems found. */
export interface InterviewNote {
  path: string;
  company: string | null;
  role: string | null;
  interviewer: string | null;
  /** How to address them in messages ("Dana", "Ms. Reyes"), as written; null when not set. */
  greeting: string | null;
  interviewerEmail: string | null;
  interviewerPhone: string | null;
  highlight: string | null;
  /** The key the user writes for `interview_date` (for R0's message). */
  interviewKey: string;
  /** null when `interview_date` is missing or unreadable (R0). */
  interview: { day: Day; minutes: number | null } | null;
  stage: string | null;
  /** The stage contains the word "final". */
  final: boolean;
  decisionDate: Day | null;
  decisionTimeline: Span | null;
  checkBack: Day | null;
  preferredChannel: ContactChannel | null;
  callOk: boolean;
  thankYouSent: boolean;
  followUps: Attempt[];
  lastReply: Day | null;
  snoozedUntil: Day | null;
  outcome: Outcome;
  problems: Problem[];
}

export type State =
  | "invalid"
  | "closed"
  | "upcoming"
  | "thank-you-due"
  | "thank-you-overdue"
  | "waiting"
  | "follow-up-due"
  | "follow-up-overdue"
  | "no-response";

export type Action = "none" | "prepare" | "send-thank-you" | "wait" | "follow-up" | "move-on";

export type TemplateId =
  | "thank-you"
  | "follow-up-1"
  | "follow-up-2"
  | "phone-script"
  | "voicemail"
  | "message-with-colleague"
  | "rejection-reply";

export type RuleId =
  | "R0"
  | "R1"
  | "R2"
  | "R3"
  | "R4a"
  | "R4b"
  | "R4c"
  | "R4d"
  | "R6a"
  | "R6b"
  | "R6c"
  | "R6d"
  | "R7"
  | "R8"
  | "R9";

/** What the engine returns per note: exactly the fields of §4 of the spec. */
export interface FollowUpStatus {
  path: string;
  company: string | null;
  role: string | null;
  interviewer: string | null;
  state: State;
  action: Action;
  channel: ContactChannel | null;
  alternatives: ContactChannel[];
  attempt: number | null;
  opens: Day | null;
  dueBy: Day | null;
  template: TemplateId | null;
  thankYouPending: boolean;
  rule: RuleId;
  reason: string;
  problems: Problem[];
}

/** The part of the settings the engine needs. */
export interface EngineSettings {
  holidays: ReadonlySet<Day> | readonly Day[];
  maxAttempts: number;
  /** How reasons write their days: the user's locale (day-format.ts `makeDayFormat`). */
  dayFormat: DayFormat;
}
