/**
 * Why a follow-up is sent now (spec §5, "the occasion"): the day you agreed, the decision day
 * they gave, the voicemail or message you left, their last reply, or simply how long it has
 * been. `findOccasion` derives it from the note in the order of the follow-up windows of §3, so
 * its rule id is the window's (a test holds it to `computeStatus`); the sentences say it in a
 * written and a spoken form. Pure: today is an argument.
 */
import { addSpan, daysBetween, formatLong, type Holidays } from "../dates";
import { readContacts } from "../rules";
import type { Channel, Day, InterviewNote } from "../types";

export type Occasion =
  /** R4a (check_back, no history), R6a (the last attempt's `next`), R8 (check_back after contact). */
  | { kind: "agreed"; rule: "R4a" | "R6a" | "R8"; day: Day; agreedDuring: { day: Day; channel: Channel } | null }
  /** R4b (no history), R8 (after contact): `decision_date`, else the interview day + `decision_timeline`. */
  | { kind: "decision"; rule: "R4b" | "R8"; day: Day; timeline: string | null }
  /** R6b: the last contact is a voicemail or a message left with a colleague. */
  | { kind: "left-message"; rule: "R6b"; day: Day; channel: "voicemail" | "message" }
  /** R7 (`last_reply`), R6d (you spoke on the phone or in person). */
  | { kind: "reply"; rule: "R7" | "R6d"; day: Day; conversation: boolean }
  /** R4c, R4d: time since the interview; R6c: time since your unanswered email or LinkedIn message. */
  | { kind: "elapsed"; rule: "R4c" | "R4d" | "R6c"; day: Day; since: "interview" | "email" | "linkedin" };

/** The occasion of a follow-up sent `today`; null when the note has no readable interview day. */
export function findOccasion(note: InterviewNote, today: Day, holidays: Holidays): Occasion | null {
  if (!note.interview) return null;
  const I = note.interview.day;
  const c = readContacts(note, I, today);
  const noHistory = c.attempts.length === 0 && c.reply === null;

  // 1. An agreed day after the latest contact (R4a, R6a, R8).
  const fromAttempt = c.last?.next ?? null;
  const agreed = fromAttempt ?? note.checkBack;
  if (agreed && agreed > c.latest) {
    const rule = fromAttempt ? "R6a" : noHistory ? "R4a" : "R8";
    return { kind: "agreed", rule, day: agreed, agreedDuring: fromAttempt ? { day: c.last!.day, channel: c.last!.channel } : null };
  }
  // 2. A decision day after the latest contact (R4b, R8).
  const timeline = note.decisionDate ? null : note.decisionTimeline;
  const D = note.decisionDate ?? (timeline ? addSpan(I, timeline, holidays) : null);
  if (D && D > c.latest) {
    return { kind: "decision", rule: noHistory ? "R4b" : "R8", day: D, timeline: timeline ? timelineWords(timeline.text) : null };
  }
  // 3. Nothing since the interview (R4c, R4d).
  if (noHistory) return { kind: "elapsed", rule: note.final ? "R4d" : "R4c", day: I, since: "interview" };
  // 4. Their reply is the latest contact (R7, R6d).
  const L = c.last;
  if (c.reply !== null && (L === null || c.reply >= L.day)) {
    return { kind: "reply", rule: c.replyIsConversation ? "R6d" : "R7", day: c.reply, conversation: c.replyIsConversation };
  }
  // 5. Your unanswered attempt is (R6b, R6c).
  const last = L!;
  if (last.channel === "voicemail" || last.channel === "message") {
    return { kind: "left-message", rule: "R6b", day: last.day, channel: last.channel };
  }
  return { kind: "elapsed", rule: "R6c", day: last.day, since: last.channel === "linkedin" ? "linkedin" : "email" };
}

/** "2 weeks" from "within 2 weeks", "in 2 weeks", "about 2 weeks": the span without its lead word. */
function timelineWords(text: string): string {
  return text.replace(/^\s*(?:within|in|about)\s+/i, "").trim();
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
function agreedDuring(contact: { day: Day; channel: Channel }, form: "written" | "spoken"): string {
  const day = formatLong(contact.day);
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
 * (as placeholders, filled afterwards). Days are written in full: "Friday, 27 November".
 */
export function writtenOccasion(o: Occasion | null, today: Day): string {
  if (o === null) return `I am writing to follow up on ${MY_INTERVIEW}.`;
  const day = formatLong(o.day);
  const days = daysBetween(o.day, today);
  switch (o.kind) {
    case "agreed": {
      const when = o.day === today ? "today" : `on ${day}`;
      if (o.agreedDuring !== null) return `${agreedDuring(o.agreedDuring, "written")} ${when}, so I am writing ${ABOUT}.`;
      if (o.day === today) return `As we agreed, I am checking in today ${ABOUT}.`;
      if (o.day > today) return `Ahead of ${day}, the day we agreed I would check in, I am writing ${ABOUT}.`;
      return `We agreed that I would check in on ${day}, so I am writing ${ABOUT}.`;
    }
    case "decision":
      return o.timeline !== null
        ? `You mentioned that you hoped to decide within ${o.timeline}, so I am writing to follow up on ${MY_INTERVIEW}.`
        : `You mentioned that you hoped to decide by ${day}, so I am writing to follow up on ${MY_INTERVIEW}.`;
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
export function spokenOccasion(o: Occasion | null, today: Day): string {
  const standing = "so I'm calling to see where things stand.";
  if (o === null) return "I'm calling to see where things stand.";
  const day = formatLong(o.day);
  const days = daysBetween(o.day, today);
  switch (o.kind) {
    case "agreed": {
      const when = o.day === today ? "today" : `on ${day}`;
      if (o.agreedDuring !== null) return `${agreedDuring(o.agreedDuring, "spoken")} ${when}, ${standing}`;
      if (o.day === today) return "As we agreed, I'm calling to check in today.";
      return `We agreed I'd check in on ${day}, ${standing}`;
    }
    case "decision":
      return o.timeline !== null ? `You mentioned you hoped to decide within ${o.timeline}, ${standing}` : `You mentioned you hoped to decide by ${day}, ${standing}`;
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
