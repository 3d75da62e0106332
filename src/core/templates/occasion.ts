/**
 * Why a follow-up is sent now (spec §5, "the occasion"): the day you agreed, the decision day
 * they gave, the voicemail or message you left, their last reply, or simply how long it has
 * been. `findOccasion` takes it from the engine's own window (rules.ts `windowCause`), so a
 * message gives the reason and the rule id the status gives; the sentences say it in a written
 * and a spoken form. Pure: today is an argument.
 */
import { daysBetween, type Holidays } from "../dates";
import type { DayFormat } from "../day-format";
import { windowCause } from "../rules";
import type { Channel, Day, InterviewNote, RuleId } from "../types";
import { spanText, type WindowCause } from "../wording";

export type Occasion =
  /** R4a (check_back, no history), R6a (the last attempt's `next`), R8 (check_back after contact). */
  | { kind: "agreed"; rule: RuleId; day: Day; agreedDuring: { day: Day; channel: Channel } | null }
  /** R4b (no history), R8 (after contact): `decision_date`, else the interview day + `decision_timeline` (`timeline` in words: "2 weeks"). */
  | { kind: "decision"; rule: RuleId; day: Day; timeline: string | null }
  /** R6b: the last contact is a voicemail or a message left with a colleague. */
  | { kind: "left-message"; rule: RuleId; day: Day; channel: "voicemail" | "message" }
  /** R7 (`last_reply`), R6d (you spoke on the phone or in person). */
  | { kind: "reply"; rule: RuleId; day: Day; conversation: boolean }
  /** R4c, R4d: time since the interview; R6c: time since your unanswered email or LinkedIn message. */
  | { kind: "elapsed"; rule: RuleId; day: Day; since: "interview" | "email" | "linkedin" };

/** The occasion of a window's cause: the same facts, as a message tells them. */
function occasionOf(rule: RuleId, cause: WindowCause): Occasion {
  switch (cause.kind) {
    case "agreed-in-contact":
      return { kind: "agreed", rule, day: cause.agreed, agreedDuring: { day: cause.contact, channel: cause.how } };
    case "agreed":
      return { kind: "agreed", rule, day: cause.agreed, agreedDuring: null };
    case "decision":
      return { kind: "decision", rule, day: cause.decision, timeline: cause.timeline === null ? null : spanText(cause.timeline) };
    case "no-timeline":
      return { kind: "elapsed", rule, day: cause.interview, since: "interview" };
    case "reply":
      return { kind: "reply", rule, day: cause.reply, conversation: cause.conversation };
    case "left-message":
      return { kind: "left-message", rule, day: cause.contact, channel: cause.how };
    case "unanswered":
      return { kind: "elapsed", rule, day: cause.contact, since: cause.how };
  }
}

/** The occasion of a follow-up sent `today`; null when the note has no readable interview day. */
export function findOccasion(note: InterviewNote, today: Day, holidays: Holidays): Occasion | null {
  const found = windowCause(note, today, holidays);
  return found === null ? null : occasionOf(found.rule, found.cause);
}

const WEEK_WORDS = ["", "a week", "two weeks", "three weeks", "four weeks", "five weeks", "six weeks", "seven weeks", "eight weeks"];
const DAY_WORDS = ["", "a day", "two days", "three days", "four days", "five days", "six days"];

/** How long `days` is, as said in a letter: "a week", "more than two weeks", "three days". */
export function elapsedWords(days: number): string {
  if (days < 7) return DAY_WORDS[Math.max(1, days)];
  const weeks = Math.floor(days / 7);
  const said = weeks < WEEK_WORDS.length ? WEEK_WORDS[weeks] : `${weeks} weeks`;
  return days % 7 === 0 ? said : `more than ${said}`;
}

/**
 * How a check-back day set during a contact was set: agreed when you spoke, said in the
 * voicemail or message you left, agreed in writing otherwise. Ends before "today" / "on …".
 */
function agreedDuring(contact: { day: Day; channel: Channel }, form: "written" | "spoken", dayFormat: DayFormat): string {
  const day = dayFormat.long(contact.day);
  const would = form === "written" ? "I would" : "I'd";
  switch (contact.channel) {
    case "phone":
    case "in-person":
      return `When we spoke on ${day}, we agreed that ${would} check in`;
    case "voicemail":
      return `In my voicemail on ${day}, I said ${would} check in`;
    case "message":
      return `In the message I left with your colleague on ${day}, I said ${would} check in`;
    default:
      return `When we were last in touch on ${day}, we agreed that ${would} check in`;
  }
}

/** The role, company and interview day, in the placeholder language (filled with the rest). */
const ABOUT = "about the {{role}} position at {{company}}, for which I interviewed on {{interview_day}}";
const MY_INTERVIEW = "my interview for the {{role}} position at {{company}} on {{interview_day}}";

/**
 * One sentence for a follow-up email: why now, with the role, the company and the interview day
 * (as placeholders, filled afterwards). Days are written in full, in the user's locale: "Friday,
 * November 27" (en-US).
 */
export function writtenOccasion(o: Occasion | null, today: Day, dayFormat: DayFormat): string {
  if (o === null) return `I am writing to follow up on ${MY_INTERVIEW}.`;
  const day = dayFormat.long(o.day);
  const days = daysBetween(o.day, today);
  switch (o.kind) {
    case "agreed": {
      const when = o.day === today ? "today" : `on ${day}`;
      if (o.agreedDuring !== null) return `${agreedDuring(o.agreedDuring, "written", dayFormat)} ${when}, so I am writing ${ABOUT}.`;
      if (o.day === today) return `As we agreed, I am checking in today ${ABOUT}.`;
      if (o.day > today) return `Ahead of ${day}, the day we agreed I would check in, I am writing ${ABOUT}.`;
      return `We agreed that I would check in on ${day}, so I am writing ${ABOUT}.`;
    }
    case "decision": {
      const hoped = o.timeline !== null ? `within ${o.timeline}` : `by ${day}`;
      // Before their day, the message comes ahead of it; it does not remind them of it.
      if (o.day > today) return `Ahead of your decision, which you hoped to make ${hoped}, I wanted to follow up on ${MY_INTERVIEW}.`;
      return `You mentioned that you hoped to decide ${hoped}, so I am writing to follow up on ${MY_INTERVIEW}.`;
    }
    case "left-message":
      return o.channel === "voicemail"
        ? `I left you a voicemail on ${day} and am following up in writing ${ABOUT}.`
        : `I left a message with your colleague on ${day} and am following up in writing ${ABOUT}.`;
    case "reply": {
      const event = o.conversation ? `we spoke on ${day}` : `your reply on ${day}`;
      if (days < 1) return `Following ${o.conversation ? `our conversation on ${day}` : `your reply on ${day}`}, I am checking in again ${ABOUT}.`;
      return `It has been ${elapsedWords(days)} since ${event}, so I am checking in again ${ABOUT}.`;
    }
    case "elapsed": {
      if (o.since === "interview") {
        return days < 1 ? `I am writing to follow up on ${MY_INTERVIEW}.` : `It has been ${elapsedWords(days)} since ${MY_INTERVIEW}, so I am writing to follow up.`;
      }
      const mine = o.since === "linkedin" ? `my LinkedIn message of ${day}` : `my email of ${day}`;
      return days < 1 ? `I am following up on ${mine} ${ABOUT}.` : `It has been ${elapsedWords(days)} since ${mine}, so I am checking in again ${ABOUT}.`;
    }
  }
}

/**
 * One or two spoken sentences for the phone script, said after "I interviewed for the … position
 * on …": why you are calling now.
 */
export function spokenOccasion(o: Occasion | null, today: Day, dayFormat: DayFormat): string {
  const standing = "so I'm calling to see where things stand.";
  if (o === null) return "I'm calling to see where things stand.";
  const day = dayFormat.long(o.day);
  const days = daysBetween(o.day, today);
  switch (o.kind) {
    case "agreed": {
      const when = o.day === today ? "today" : `on ${day}`;
      if (o.agreedDuring !== null) return `${agreedDuring(o.agreedDuring, "spoken", dayFormat)} ${when}, ${standing}`;
      if (o.day === today) return "As we agreed, I'm calling to check in today.";
      return `We agreed I'd check in on ${day}, ${standing}`;
    }
    case "decision": {
      const hoped = o.timeline !== null ? `within ${o.timeline}` : `by ${day}`;
      if (o.day > today) return `I know you're hoping to decide ${hoped}, and I just wanted to check in ahead of that.`;
      return `You mentioned you hoped to decide ${hoped}, ${standing}`;
    }
    case "left-message":
      return o.channel === "voicemail"
        ? `I left you a voicemail on ${day}, so I thought I'd try you again.`
        : `I left a message with your colleague on ${day}, so I thought I'd try you again.`;
    case "reply": {
      const event = o.conversation ? `we spoke on ${day}` : `your reply on ${day}`;
      if (days < 1) return `I'm calling to follow up on ${o.conversation ? "our conversation" : "your reply"} on ${day}.`;
      return `It's been ${elapsedWords(days)} since ${event}, so I'm calling to check in again.`;
    }
    case "elapsed":
      if (o.since === "interview") return days < 1 ? "I'm calling to see where things stand." : `It's been ${elapsedWords(days)} since the interview, ${standing}`;
      return o.since === "linkedin"
        ? `I sent you a message on LinkedIn on ${day}, so I thought I'd follow up by phone.`
        : `I sent you an email on ${day}, so I thought I'd follow up by phone.`;
  }
}
