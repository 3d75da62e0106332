/**
 * One source of wording: every phrase a user reads about a status — the reason, the one-line
 * headline of badges, sidebar rows, agenda blocks and the CLI, calendar event titles and
 * descriptions, notices and notifications, counts — is written here, so one state reads the
 * same everywhere. Surfaces arrange these phrases; they do not word statuses themselves.
 *
 * Two kinds of text:
 * - reasons (`FollowUpStatus.reason`) are stored, exported to calendars and printed as JSON, so
 *   they name days absolutely ("by Wed, Dec 2"), never "today" or "tomorrow";
 * - headlines and counts are drawn for today and may say "today" and "tomorrow".
 *
 * Channels (R5): a status recommends its own channel and no other. Recommendations use the verbs
 * of `CHANNEL_VERBS`; past contacts are told without them ("your email of Mon, Nov 16", "you left
 * a voicemail"), so no surface can read as advice to use another channel.
 *
 * Days become words through the `DayFormat` every function that names a day is given
 * (day-format.ts: the user's locale, "Wed, Nov 25" in en-US); nothing here picks a locale.
 */
import type { GroupId } from "./agenda";
import { addDays, daysBetween, missingDay } from "./dates";
import type { DayFormat } from "./day-format";
import { isWaitingToMoveOn, R9_WAIT_DAYS } from "./move-on";
import type { Channel, ContactChannel, Day, FollowUpStatus, Problem, RuleId, Span, State } from "./types";

// ── Days ────────────────────────────────────────────────────────────────────────────────────

/**
 * "Wed, Dec 2" (en-US; "Wed 2 Dec" in en-GB); with the year, in the locale's place for it, when
 * `today` is given and the day is in another year: "Thu, Jan 7, 2027".
 */
export function dayText(day: Day, days: DayFormat, today?: Day): string {
  return days.short(day, today !== undefined && day.slice(0, 4) !== today.slice(0, 4));
}

/** "today", "tomorrow", "yesterday", else the day ("Wed, Dec 2"). */
export function relativeDayText(day: Day, today: Day, days: DayFormat): string {
  const n = daysBetween(today, day);
  if (n === 0) return "today";
  if (n === 1) return "tomorrow";
  if (n === -1) return "yesterday";
  return dayText(day, days, today);
}

/** The first line of the sidebar and the CLI: "Today, Wed, Nov 25" / "Follow-ups as of Wed, Nov 25, 2026". */
export function todayHeading(today: Day, days: DayFormat): string {
  return `Today, ${dayText(today, days)}`;
}

export function asOfHeading(today: Day, days: DayFormat): string {
  return `Follow-ups as of ${days.short(today, true)}`;
}

/**
 * Ends a sentence with a full stop, unless it already ends with one: a day written in German or
 * French may end in an abbreviation's point ("Mi., 2. Dez."), which must not become "Dez..".
 */
export function endSentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ── Titles ──────────────────────────────────────────────────────────────────────────────────

/** The note's file name, without folders or `.md`. */
export function fileName(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const bare = name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
  return bare === "" ? path : bare;
}

/**
 * The one rule for a note's title, on every surface: "Company — Role" when the note has both;
 * otherwise the note's file name, which the user chose and which tells two notes apart (two
 * interviews at one company without a role would both read "Acme").
 */
export function noteTitle(status: Pick<FollowUpStatus, "company" | "role" | "path">): string {
  const company = status.company?.trim() ?? "";
  const role = status.role?.trim() ?? "";
  return company !== "" && role !== "" ? `${company} — ${role}` : fileName(status.path);
}

// ── Channels ────────────────────────────────────────────────────────────────────────────────

/**
 * The verbs that recommend a channel: the plain one, and the one after a voicemail or a message
 * left with a colleague (R6b). Reasons, headlines and reminders use these and only these.
 */
export const CHANNEL_VERBS: Readonly<Record<ContactChannel, { next: string; afterMessage: string }>> = {
  email: { next: "send a follow-up email", afterMessage: "send a short email" },
  phone: { next: "call them", afterMessage: "call them again" },
  linkedin: { next: "send a follow-up message on LinkedIn", afterMessage: "send a short message on LinkedIn" },
};

/**
 * The verb that recommends `channel` for a window of rule `rule`: after a voicemail or a message
 * left with a colleague (R6b) the shorter note, else the plain one. The reason and the reminder
 * at the end of a left message both ask here, so they say the same.
 */
export function recommendedVerb(channel: ContactChannel, rule: RuleId): string {
  const verbs = CHANNEL_VERBS[channel];
  return rule === "R6b" ? verbs.afterMessage : verbs.next;
}

/** What a preferred channel adds to a reason. */
const PREFERENCE: Readonly<Record<ContactChannel, string>> = {
  email: "they prefer email",
  phone: "they prefer phone calls",
  linkedin: "they prefer LinkedIn",
};

/** The noun of a follow-up: "Email follow-up", "Phone follow-up 2", "LinkedIn follow-up 3". */
export function followUpNoun(channel: ContactChannel | null, attempt: number | null): string {
  const n = attempt !== null && attempt > 1 ? ` ${attempt}` : "";
  const kind = channel === "phone" ? "Phone" : channel === "linkedin" ? "LinkedIn" : "Email";
  return `${kind} follow-up${n}`;
}

/** "Also possible: a call." — the only place a status's other channels are named (R5 `alternatives`). */
export function alternativesText(status: Pick<FollowUpStatus, "alternatives">): string {
  if (status.alternatives.length === 0) return "";
  const names = status.alternatives.map((c) => (c === "phone" ? "a call" : c === "email" ? "an email" : "a LinkedIn message"));
  return `Also possible: ${names.join(" or ")}.`;
}

// ── Reasons (rules.ts builds them; they are stored on the status) ───────────────────────────

const SPAN_UNITS: Readonly<Record<Span["unit"], readonly [string, string]>> = {
  day: ["day", "days"],
  week: ["week", "weeks"],
  "business-day": ["business day", "business days"],
  month: ["month", "months"],
};

/**
 * A `decision_timeline` as a reason or a message says it, from its amount and unit, never the
 * user's shorthand: "10 business days" (for `in 10 bd`), "a month", "2 to 3 weeks" (for `2-3 wks`);
 * a loose one stays loose: "a week or two", "a few weeks" — the engine counts the upper end.
 */
export function spanText(span: Pick<Span, "amount" | "unit" | "low" | "vague">): string {
  const [one, many] = SPAN_UNITS[span.unit];
  // What they said stays as loose as they said it: never a figure they did not give.
  if (span.vague === "few") return `a few ${many}`;
  if (span.vague === "couple") return `a couple of ${many}`;
  if (span.low !== undefined) return span.low === 1 && span.amount === 2 ? `a ${one} or two` : `${span.low} to ${span.amount} ${many}`;
  return span.amount === 1 ? `a ${one}` : `${span.amount} ${many}`;
}

/** Why a follow-up window is where it is (spec §3, rules 1–5). */
export type WindowCause =
  /** R6a: the last attempt, of day `contact` and channel `how`, set a `next` day. */
  | { kind: "agreed-in-contact"; contact: Day; how: Channel; agreed: Day }
  /** R4a / R8: `check_back`. */
  | { kind: "agreed"; agreed: Day }
  /** R4b / R8: `decision_date` (`timeline` null), or the interview day plus `decision_timeline`. */
  | { kind: "decision"; decision: Day; timeline: Span | null }
  /** R4c / R4d. */
  | { kind: "no-timeline"; interview: Day; final: boolean }
  /** R7 (`last_reply`) / R6d (a phone or in-person attempt). */
  | { kind: "reply"; reply: Day; conversation: boolean }
  /** R6b. */
  | { kind: "left-message"; contact: Day; how: "voicemail" | "message" }
  /** R6c. */
  | { kind: "unanswered"; contact: Day; how: "email" | "linkedin" };

/** What moved a window's first day (R10a, R10b, R11), if anything. */
export type WindowFloor = { kind: "final" | "spacing" | "snooze"; day: Day } | null;

export interface WindowReasonInput {
  state: State;
  /** The window's rule (rules 1–5 of §3); it picks the verb (recommendedVerb). */
  rule: RuleId;
  channel: ContactChannel;
  /** The channel is the note's `preferred_channel`. */
  preferred: boolean;
  /** Email with no address known: point to the company's site. */
  findAddress: boolean;
  cause: WindowCause;
  floor: WindowFloor;
  opens: Day;
  dueBy: Day;
  /** How the reason writes its days. */
  days: DayFormat;
}

function causeText(cause: WindowCause, channel: ContactChannel, days: DayFormat): string {
  switch (cause.kind) {
    case "agreed-in-contact":
      return `when you were in touch on ${dayText(cause.contact, days)}, you agreed to check back on ${dayText(cause.agreed, days)}`;
    case "agreed":
      return `you agreed to check back on ${dayText(cause.agreed, days)}`;
    case "decision": {
      const said = cause.timeline
        ? `they expected to decide within ${spanText(cause.timeline)} of the interview (by ${dayText(cause.decision, days)})`
        : `they expected to decide by ${dayText(cause.decision, days)}`;
      return `${said}, and one to three business days after that is the time to ask`;
    }
    case "no-timeline":
      return cause.final
        ? `they gave no timeline after the final interview on ${dayText(cause.interview, days)}, so two weeks (10 business days) later is the time to ask`
        : `they gave no timeline at the interview on ${dayText(cause.interview, days)}, so 5 business days later is the time to ask`;
    case "reply":
      return cause.conversation
        ? `you last spoke with them on ${dayText(cause.reply, days)}, and a week or two after that is the time to check in again`
        : `they last replied on ${dayText(cause.reply, days)}, and a week or two after a reply is the time to check in again`;
    case "left-message": {
      const left = cause.how === "voicemail" ? "you left a voicemail" : "you left a message with a colleague";
      return channel === "phone"
        ? `${left} on ${dayText(cause.contact, days)}, so try once more 2–3 business days later`
        : `${left} on ${dayText(cause.contact, days)}, and a written note 2–3 business days later makes sure it reached them`;
    }
    case "unanswered": {
      const sent = cause.how === "linkedin" ? "your LinkedIn message" : "your email";
      const again = `${sent} of ${dayText(cause.contact, days)} got no reply, and a week or two later is the time to try again`;
      return channel === "phone" ? `${again}; after a week, a call is fine` : again;
    }
  }
}

function floorText(floor: WindowFloor, days: DayFormat): string {
  if (!floor) return "";
  switch (floor.kind) {
    case "final":
      return `; it starts ${dayText(floor.day, days)} because a final interview is followed up no earlier than 5 business days after it (R10a)`;
    case "spacing":
      return `; it starts ${dayText(floor.day, days)} to leave at least 2 business days after your last follow-up (R10b)`;
    case "snooze":
      return `; you snoozed it until ${dayText(floor.day, days)} (R11)`;
  }
}

/** The reason of a follow-up window (waiting, due or overdue), as one sentence. */
export function windowReason(p: WindowReasonInput): string {
  const days = p.days;
  const verb = recommendedVerb(p.channel, p.rule);
  const tips = [p.preferred ? PREFERENCE[p.channel] : "", p.findAddress ? "find their address on the company's site" : ""].filter((t) => t !== "");
  const tip = tips.length > 0 ? ` (${tips.join("; ")})` : "";
  let lead: string;
  if (p.state === "waiting") lead = `Wait until ${dayText(p.opens, days)}, then ${verb}${tip}`;
  else if (p.state === "follow-up-overdue") lead = `${capitalize(verb)} as soon as you can${tip}`;
  else lead = `${capitalize(verb)} by ${dayText(p.dueBy, days)}${tip}`;
  return endSentence(`${lead}: ${causeText(p.cause, p.channel, days)}${floorText(p.floor, days)}`);
}

/** R3: the thank-you, best by the day after the interview, at the latest two days after. */
export function thankYouReason(interview: Day, today: Day, days: DayFormat): string {
  const best = addDays(interview, 1);
  const last = addDays(interview, 2);
  if (today > last) {
    return `Send a thank-you now: the 48 hours after the interview on ${dayText(interview, days)} have passed, but a late thank-you is still better than none.`;
  }
  if (today === last) return endSentence(`Send a thank-you by ${dayText(last, days)}: it is the last of the 48 hours after the interview on ${dayText(interview, days)}`);
  return `Send a thank-you by ${dayText(best, days)}, at the latest ${dayText(last, days)}: within a day of the interview on ${dayText(interview, days)} is best.`;
}

/** R2. */
export function upcomingReason(interview: Day, days: DayFormat): string {
  return `Interview on ${dayText(interview, days)}: before you leave, ask when they expect to decide, how they prefer to be contacted, and whether you may check in on a set day.`;
}

/** R9, before and after the last two weeks. */
export function stopReason(unanswered: number, lastAttempt: Day, opens: Day, waiting: boolean, days: DayFormat): string {
  const none = `${plural(unanswered, "follow-up")} got no answer`;
  return waiting
    ? `Stop following up for now: ${none}; if nothing comes by ${dayText(opens, days)}, move on.`
    : `Move on: ${none}, the last on ${dayText(lastAttempt, days)}; an inside contact or a reference may still help, and keep your search going.`;
}

/** R1. */
export function closedReason(outcome: "offer" | "accepted" | "rejected" | "withdrawn" | "next-round"): string {
  switch (outcome) {
    case "offer":
      return "Closed: they made you an offer.";
    case "accepted":
      return "Closed: you accepted the offer.";
    case "withdrawn":
      return "Closed: you withdrew from this process.";
    case "rejected":
      return "Closed: they chose someone else this time; a short, kind reply keeps the door open for future roles.";
    case "next-round":
      return "Closed: you moved on to the next round; keep a new note for that interview.";
  }
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * Why a value written like a day is none (dates.ts `missingDay`), in two parts: what does not
 * exist ("there is no November 31") and why ("November has 30 days"); null when the value is a
 * real day or does not look like one. An example such as "like 2026-11-18" would look exactly
 * like such a value, so problems and the R0 reason say this instead.
 */
export function noSuchDay(value: unknown): { what: string; why: string } | null {
  const m = missingDay(value);
  if (m === null) return null;
  if (m.monthLength === null) return { what: `there is no month ${String(m.month).padStart(2, "0")}`, why: "a date is written year-month-day, like 2026-11-18" };
  if (m.date < 1) return { what: "there is no day 00", why: "the days of a month start at 01" };
  const month = MONTH_NAMES[m.month - 1];
  if (m.month === 2 && m.date === 29) return { what: `there is no February 29 in ${m.year}`, why: `${m.year} is not a leap year` };
  return { what: `there is no ${month} ${m.date}`, why: `${month} has ${m.monthLength} days` };
}

/** A problem's message for a value that is not a readable day: `noSuchDay` when it applies, else `expected`. */
export function dayProblemText(value: unknown, expected: string): string {
  const missing = noSuchDay(value);
  return missing === null ? expected : `${missing.what} (${missing.why})`;
}

/** R0: `key` as the user writes it; `value` as shown in the problem, or null when missing. */
export function invalidReason(key: string, value: string | null): string {
  if (value === null) return `Add ${key}, the day of the interview (like 2026-11-18), so the follow-ups can be planned.`;
  const missing = noSuchDay(value);
  return missing === null
    ? `Check ${key}: "${value}" is not a date like 2026-11-18, so nothing can be planned yet.`
    : `Check ${key}: "${value}" is not a real day (${missing.what}: ${missing.why}), so nothing can be planned yet.`;
}

/** R0 when the engine itself failed on a note: plain words; the error goes to the log, not here. */
export function engineFailedReason(): string {
  return "Something in this note's properties could not be worked out, so it shows no follow-up. Check them for a value that looks wrong; your other notes are not affected.";
}

/** The CLI's reason for a note whose front matter could not be read at all. */
export function unreadableReason(message: string): string {
  return `Fix the note: ${message}.`;
}

/**
 * The closing reminder of a voicemail or a message left with a colleague (spec §5), from the
 * status the engine computes once that message is logged (templates/next-step.ts): the next
 * step — an email, a LinkedIn message or a second call (R6b, R5) — with its days, its number
 * and its rule; or, after the last attempt, when to move on (R9).
 */
export function afterMessageReminder(status: FollowUpStatus | null, days: DayFormat): string {
  if (status !== null && isWaitingToMoveOn(status) && status.opens !== null) {
    return `Reminder: after this message, stop following up; if nothing comes by ${dayText(status.opens, days)}, move on (R9).`;
  }
  if (status !== null && (status.action === "wait" || status.action === "follow-up") && status.channel && status.opens && status.dueBy) {
    const when = status.opens === status.dueBy ? `on ${dayText(status.opens, days)}` : `between ${dayText(status.opens, days)} and ${dayText(status.dueBy, days)}`;
    // The verb of the reason the engine will give then (windowReason).
    const verb = recommendedVerb(status.channel, status.rule);
    return `Reminder: if they don't call back, ${verb} ${when} (follow-up ${status.attempt ?? 1}, ${status.rule}).`;
  }
  return "Reminder: if they don't call back, follow up in writing 2–3 business days after this message.";
}

// ── Headlines: one line per status, the same on every surface ──────────────────────────────

function shortValue(value: string): string {
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}

function dueWhen(dueBy: Day, today: Day, days: DayFormat): string {
  const n = daysBetween(today, dueBy);
  if (n <= 0) return "due today (the last day)";
  return n === 1 ? "due by tomorrow" : `due by ${dayText(dueBy, days, today)}`;
}

function overdueWhen(dueBy: Day, today: Day): string {
  return `overdue by ${plural(Math.max(1, daysBetween(dueBy, today)), "day")}`;
}

/** "Thank-you due today (at the latest tomorrow)": the thank-you's best day is the day after the interview. */
function thankYouWhen(status: FollowUpStatus, today: Day, days: DayFormat): string {
  const last = status.dueBy ?? today;
  const n = daysBetween(today, last);
  if (status.state === "thank-you-overdue") return overdueWhen(last, today);
  if (n <= 0) return "due today (the last day)";
  if (n === 1) return "due today (at the latest tomorrow)";
  return `due by tomorrow (at the latest ${dayText(last, days, today)})`;
}

/** A headline in two parts, for surfaces that style them apart: what ("Email follow-up 2") and when ("due by Wed, Dec 2"). */
export interface HeadlineParts {
  what: string;
  /** "" when the state has no day to show. */
  when: string;
  /** What joins them in one line: a space, or ": " ("Move on: follow-up of Tue, Nov 3 unanswered"). */
  sep: " " | ": ";
}

export function headlineParts(status: FollowUpStatus, today: Day, days: DayFormat): HeadlineParts {
  switch (status.state) {
    case "thank-you-due":
    case "thank-you-overdue":
      return { what: "Thank-you", when: thankYouWhen(status, today, days), sep: " " };
    case "follow-up-due":
      return { what: followUpNoun(status.channel, status.attempt), when: dueWhen(status.dueBy ?? today, today, days), sep: " " };
    case "follow-up-overdue":
      return { what: followUpNoun(status.channel, status.attempt), when: overdueWhen(status.dueBy ?? today, today), sep: " " };
    case "waiting": {
      if (!status.opens) return { what: "Waiting", when: "", sep: " " };
      const day = relativeDayText(status.opens, today, days);
      if (isWaitingToMoveOn(status)) return { what: "Waiting for an answer", when: `until ${day}`, sep: " " };
      return { what: followUpNoun(status.channel, status.attempt), when: `from ${day}`, sep: " " };
    }
    case "upcoming": {
      if (!status.opens) return { what: "Interview coming up", when: "", sep: " " };
      const n = daysBetween(today, status.opens);
      return { what: "Interview", when: n === 0 ? "today" : n === 1 ? "tomorrow" : `on ${dayText(status.opens, days, today)}`, sep: " " };
    }
    case "no-response":
      return { what: "Move on", when: status.opens ? `follow-up of ${dayText(addDays(status.opens, -R9_WAIT_DAYS), days, today)} unanswered` : "", sep: ": " };
    case "closed":
      return { what: status.template === "rejection-reply" ? "Closed: not this time" : "Closed", when: "", sep: " " };
    case "invalid": {
      const p = status.problems[0];
      if (!p) return { what: "Check the note", when: "", sep: " " };
      if (p.value === "(missing)" || p.value === "(empty)") return { what: `Add ${p.key}`, when: "", sep: " " };
      return { what: `Check ${p.key}: ${shortValue(p.value)}`, when: "", sep: " " };
    }
  }
}

/**
 * The one line that says what a status asks and when, for today: the badge, the sidebar row,
 * the agenda block, the CLI's agenda line and the desktop notification all show it.
 */
export function headline(status: FollowUpStatus, today: Day, days: DayFormat): string {
  const { what, when, sep } = headlineParts(status, today, days);
  return when === "" ? what : `${what}${sep}${when}`;
}

/** The hover text of rows, badges and links: the reason, then the rule id to look it up. */
export function reasonWithRule(status: Pick<FollowUpStatus, "reason" | "rule">): string {
  return `${status.reason} (${status.rule})`;
}

/** "Window: Wed, Nov 25 – Wed, Dec 2", or "" when the status has no window. */
export function windowText(status: FollowUpStatus, today: Day, days: DayFormat): string {
  if (!status.opens || !status.dueBy) return "";
  if (status.action !== "follow-up" && status.action !== "wait" && status.action !== "send-thank-you") return "";
  return `Window: ${dayText(status.opens, days, today)} – ${dayText(status.dueBy, days, today)}`;
}

/** Added to a follow-up while no thank-you is logged. */
export const THANKS_PENDING_TEXT = "No thank-you logged yet: add a sentence of thanks.";

/**
 * What a surface adds below the reason, the same on each (sidebar details, CLI, calendar): the
 * other channels, labelled as such, and a reminder while the thank-you is still unsent.
 */
export function noteLines(status: FollowUpStatus): { kind: "alternatives" | "thanks"; text: string }[] {
  const lines: { kind: "alternatives" | "thanks"; text: string }[] = [];
  const also = alternativesText(status);
  if (also !== "") lines.push({ kind: "alternatives", text: also });
  if (status.thankYouPending && status.action !== "send-thank-you") lines.push({ kind: "thanks", text: THANKS_PENDING_TEXT });
  return lines;
}

/** A piece of a problem line; `part` marks the key, the value and the message so a view can style them. */
export interface ProblemPiece {
  text: string;
  part?: "key" | "value" | "message";
}

/**
 * One problem as a line, the same in the sidebar and the CLI: `interview_date "2026-13-45": there
 * is no month 13 …`; without a value, `outcome: …`. In pieces, so a view can style the key and value.
 */
export function problemPieces(p: Problem): ProblemPiece[] {
  const value: ProblemPiece[] = p.value === "" ? [] : [{ text: " \"" }, { text: p.value, part: "value" }, { text: "\"" }];
  return [{ text: p.key, part: "key" }, ...value, { text: ": " }, { text: p.message, part: "message" }];
}

/** `interview_date "2026-13-45": there is no month 13 …` (see problemPieces). */
export function problemText(p: Problem): string {
  return problemPieces(p).map((piece) => piece.text).join("");
}

/** "1 problem", "2 problems". */
export function problemCountText(n: number): string {
  return plural(n, "problem");
}

// ── Calendar events ────────────────────────────────────────────────────────────────────────

/**
 * What an event asks, the same in its title and its description: "Thank-you", "Phone follow-up
 * 2", with "(overdue)" when its days have passed and it sits on the export day instead.
 */
function eventWhat(status: FollowUpStatus, kind: "thank-you" | "follow-up", overdue: boolean): string {
  const what = kind === "thank-you" ? "Thank-you" : followUpNoun(status.channel, status.attempt);
  return overdue ? `${what} (overdue)` : what;
}

/** An event's title: "Thank-you: Acme — Analyst", "Phone follow-up 2: Acme — Analyst", "Email follow-up (overdue): Acme — Analyst". */
export function eventSummary(status: FollowUpStatus, kind: "thank-you" | "follow-up", overdue = false): string {
  return `${eventWhat(status, kind, overdue)}: ${noteTitle(status)}`;
}

/**
 * An event's description. Its first line repeats the title's action and channel with the event's
 * days, in the reason's own day words: the window ("between Wed, Nov 25 and Wed, Dec 2"), or for
 * an overdue one, its last day and the day it was placed on (`placedOn`, the export day:
 * calendars hide past events). Then the reason with its rule, the other channels and a pending
 * thank-you, and the note. Days are written with `days`.
 */
export function eventDescription(status: FollowUpStatus, kind: "thank-you" | "follow-up", days: DayFormat, placedOn: Day | null = null): string {
  const what = eventWhat(status, kind, placedOn !== null);
  let when = "";
  if (placedOn !== null && status.dueBy) {
    when = `the last day was ${dayText(status.dueBy, days)}; it is on ${dayText(placedOn, days)}, the day of this export, so that your calendar still shows it.`;
  } else if (status.opens && status.dueBy) {
    when = endSentence(status.opens === status.dueBy ? `on ${dayText(status.opens, days)}` : `between ${dayText(status.opens, days)} and ${dayText(status.dueBy, days)}`);
  }
  const lines = [when === "" ? `${what}.` : `${what}: ${when}`, reasonWithRule(status)];
  if (kind === "follow-up") lines.push(...noteLines(status).map((l) => l.text));
  lines.push(`Note: ${status.path}`);
  return lines.join("\n");
}

// ── Groups and counts ────────────────────────────────────────────────────────────────────────────────

/** The agenda's groups, as the sidebar, the blocks and the CLI title them. */
export const GROUP_TITLES: Readonly<Record<GroupId, string>> = {
  overdue: "Overdue",
  due: "Due",
  waiting: "Waiting",
  upcoming: "Upcoming interviews",
  "move-on": "Move on",
  attention: "Needs attention",
  closed: "Closed",
};

/** How the CLI's summary counts a group: "3 overdue", "1 needs attention", "2 to move on". */
export function groupCountText(id: GroupId, n: number): string {
  const words: Record<GroupId, string> = {
    overdue: "overdue",
    due: "due",
    waiting: "waiting",
    upcoming: "upcoming",
    "move-on": "to move on",
    attention: n === 1 ? "needs attention" : "need attention",
    closed: "closed",
  };
  return `${n} ${words[id]}`;
}

/** "1 thank-you and 2 follow-ups", "3 follow-ups", "1 thank-you"; "" for none. */
export function countPhrase(statuses: readonly Pick<FollowUpStatus, "action">[]): string {
  const thanks = statuses.filter((s) => s.action === "send-thank-you").length;
  const others = statuses.length - thanks;
  const parts: string[] = [];
  if (thanks > 0) parts.push(plural(thanks, "thank-you", "thank-yous"));
  if (others > 0) parts.push(plural(others, "follow-up"));
  return parts.join(" and ");
}

/** What is due (or overdue) now: "1 thank-you and 2 follow-ups due", "Nothing due". */
export function dueCountText(due: readonly Pick<FollowUpStatus, "action">[]): string {
  return due.length === 0 ? "Nothing due" : `${countPhrase(due)} due`;
}

/** The desktop notification's line for one status: "Acme — Analyst: Email follow-up due by Wed, Dec 2". */
export function notificationLine(status: FollowUpStatus, today: Day, days: DayFormat): string {
  return `${noteTitle(status)}: ${headline(status, today, days)}`;
}
