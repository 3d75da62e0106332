/**
 * The follow-up rules (spec §3–§4): `(InterviewNote, now, settings) → FollowUpStatus`.
 * Every decision names its rule id. `now` is an argument: nothing here reads the clock.
 */
import { addBusinessDays, addDays, addSpan, businessDaysIn, maxDay, toHolidaySet, type Holidays } from "./dates";
import type { DayFormat } from "./day-format";
import { R9_WAIT_DAYS } from "./move-on";
import type {
  Attempt,
  ContactChannel,
  Day,
  EngineSettings,
  FollowUpStatus,
  InterviewNote,
  LocalMoment,
  Problem,
  RuleId,
  State,
  TemplateId,
} from "./types";
import {
  closedReason,
  invalidReason,
  stopReason,
  thankYouReason,
  upcomingReason,
  windowReason,
  type WindowCause,
  type WindowFloor,
} from "./wording";

const UNANSWERED_CHANNELS = new Set(["email", "linkedin", "voicemail", "message"]);
const REPLY_CHANNELS = new Set(["phone", "in-person"]);
const CLOSING_OUTCOMES = new Set(["offer", "accepted", "rejected", "withdrawn"]);

/** What the history of contacts says, after dropping what does not count (spec §1). */
export interface Contacts {
  /** Attempts on or after the interview day and not after today, sorted by day (ties keep list order). */
  attempts: Attempt[];
  /** `L`, the last attempt. */
  last: Attempt | null;
  /** The latest reply day: `last_reply` or a phone / in-person attempt. */
  reply: Day | null;
  /** The reply came from a phone or in-person attempt (R6d) rather than `last_reply` (R7). */
  replyIsConversation: boolean;
  /** Email, LinkedIn, voicemail and message attempts after the latest reply. */
  unanswered: Attempt[];
  /** `C`: the latest of the interview day, `dL` and `last_reply`. */
  latest: Day;
  /** Problems that depend on today (attempts dated in the future). */
  problems: Problem[];
}

/**
 * Attempts dated after today are problems and are ignored (spec §2), whether or not the
 * interview day can be read.
 */
export function futureAttemptProblems(note: InterviewNote, today: Day): Problem[] {
  return note.followUps
    .filter((a) => a.day > today)
    .map((a) => ({ key: a.where, value: a.day, message: "is after today; attempt ignored until that day" }));
}

export function readContacts(note: InterviewNote, interviewDay: Day, today: Day): Contacts {
  const problems = futureAttemptProblems(note, today);
  const attempts: Attempt[] = [];
  for (const a of note.followUps) {
    if (a.day < interviewDay || a.day > today) continue; // before I: scheduling, not follow-up
    attempts.push(a);
  }
  attempts.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.index - b.index));
  const last = attempts.length > 0 ? attempts[attempts.length - 1] : null;

  const lastReply = note.lastReply && note.lastReply >= interviewDay ? note.lastReply : null;
  let conversation: Day | null = null;
  for (const a of attempts) if (REPLY_CHANNELS.has(a.channel)) conversation = maxDay(conversation, a.day);
  const reply = maxDay(lastReply, conversation);
  const replyIsConversation = conversation !== null && (lastReply === null || conversation >= lastReply);
  const unanswered = attempts.filter((a) => UNANSWERED_CHANNELS.has(a.channel) && (reply === null || a.day > reply));
  const latest = maxDay(interviewDay, last?.day, lastReply) ?? interviewDay;
  return { attempts, last, reply, replyIsConversation, unanswered, latest, problems };
}

interface Window {
  opens: Day;
  dueBy: Day;
  rule: RuleId;
  /** The channel the rule itself names, if any (R6b, R6c). */
  channel: ContactChannel | null;
  /** Agreed-day windows take no R10 floors. */
  agreed: boolean;
  /** Why the window is there, for the reason. */
  cause: WindowCause;
}

/** The window rules 1–5 of §3, before floors. */
function findWindow(note: InterviewNote, I: Day, c: Contacts, hol: Holidays): Window {
  const noHistory = c.attempts.length === 0 && c.reply === null;

  // 1. Agreed day A: the last attempt's `next`, else `check_back`.
  const fromAttempt = c.last?.next ?? null;
  const agreed = fromAttempt ?? note.checkBack;
  if (agreed && agreed > c.latest) {
    const rule: RuleId = fromAttempt ? "R6a" : noHistory ? "R4a" : "R8";
    const cause: WindowCause = fromAttempt ? { kind: "agreed-in-contact", contact: c.last!.day, how: c.last!.channel, agreed } : { kind: "agreed", agreed };
    return { opens: agreed, dueBy: addBusinessDays(agreed, 1, hol), rule, channel: null, agreed: true, cause };
  }

  // 2. Decision day D: `decision_date`, else I + `decision_timeline`.
  const D = note.decisionDate ?? (note.decisionTimeline ? addSpan(I, note.decisionTimeline, hol) : null);
  if (D && D > c.latest) {
    return {
      opens: addBusinessDays(D, 1, hol),
      dueBy: addBusinessDays(D, 3, hol),
      rule: noHistory ? "R4b" : "R8",
      channel: null,
      agreed: false,
      cause: { kind: "decision", decision: D, timeline: note.decisionDate ? null : note.decisionTimeline },
    };
  }

  // 3. No attempts, no reply: R4c, or R4d after a final interview.
  if (noHistory) {
    const cause: WindowCause = { kind: "no-timeline", interview: I, final: note.final };
    return note.final
      ? { opens: addBusinessDays(I, 10, hol), dueBy: addBusinessDays(I, 15, hol), rule: "R4d", channel: null, agreed: false, cause }
      : { opens: addBusinessDays(I, 5, hol), dueBy: addBusinessDays(I, 10, hol), rule: "R4c", channel: null, agreed: false, cause };
  }

  // 4. The latest contact is a reply: R7, or R6d when it was a conversation.
  const L = c.last;
  if (c.reply !== null && (L === null || c.reply >= L.day)) {
    const R = c.reply;
    const conversation = c.replyIsConversation;
    return {
      opens: addDays(R, 7),
      dueBy: addDays(R, 14),
      rule: conversation ? "R6d" : "R7",
      channel: null,
      agreed: false,
      cause: { kind: "reply", reply: R, conversation },
    };
  }

  // 5. The latest contact is an unanswered attempt.
  const last = L!;
  if (last.channel === "voicemail" || last.channel === "message") {
    // R6b: a written follow-up (email; LinkedIn or a second call when preferred: R5).
    return {
      opens: addBusinessDays(last.day, 2, hol),
      dueBy: addBusinessDays(last.day, 3, hol),
      rule: "R6b",
      channel: "email",
      agreed: false,
      cause: { kind: "left-message", contact: last.day, how: last.channel },
    };
  }
  // R6c: a week or two after an unanswered email or LinkedIn message; a call when a number is known.
  return {
    opens: addDays(last.day, 7),
    dueBy: addDays(last.day, 14),
    rule: "R6c",
    channel: note.interviewerPhone !== null ? "phone" : "email",
    agreed: false,
    cause: { kind: "unanswered", contact: last.day, how: last.channel === "linkedin" ? "linkedin" : "email" },
  };
}

/**
 * Why a follow-up sent `today` is due, as the window rules 1–5 of §3 find it (before floors),
 * with the window's rule id; null without a readable interview day. The messages say it as
 * their occasion (templates/occasion.ts), so a message gives the reason the engine gives.
 */
export function windowCause(note: InterviewNote, today: Day, holidays: Holidays): { rule: RuleId; cause: WindowCause } | null {
  if (!note.interview) return null;
  const I = note.interview.day;
  const w = findWindow(note, I, readContacts(note, I, today), holidays);
  return { rule: w.rule, cause: w.cause };
}

/** R5: the channel and its alternatives. */
function chooseChannel(
  note: InterviewNote,
  ruleChannel: ContactChannel | null,
): { channel: ContactChannel; alternatives: ContactChannel[]; preferred: boolean; findAddress: boolean } {
  let channel: ContactChannel;
  let findAddress = false;
  if (note.preferredChannel) channel = note.preferredChannel;
  else if (ruleChannel) channel = ruleChannel;
  else if (note.interviewerEmail) channel = "email";
  else if (note.interviewerPhone) channel = "phone";
  else {
    channel = "email";
    findAddress = true;
  }
  if (channel === "email" && !note.interviewerEmail) findAddress = true;
  // A call is offered only when they allowed one and there is a number to call.
  const alternatives: ContactChannel[] = [];
  if (note.callOk && note.interviewerPhone !== null && channel !== "phone") alternatives.push("phone");
  else if (channel === "phone" && note.interviewerEmail) alternatives.push("email");
  return { channel, alternatives, preferred: note.preferredChannel !== null, findAddress };
}

/** What a status says beyond the note's own fields (§4), in the order the status lists them. */
type Verdict = Omit<FollowUpStatus, "path" | "company" | "role" | "interviewer" | "problems">;

/**
 * The status as one object literal, every field in the same order: one shape for every status
 * (the index compares and sorts thousands of them), and no object spread, which measured about
 * half of `computeStatus`'s own time.
 */
function statusOf(note: InterviewNote, problems: Problem[], v: Verdict): FollowUpStatus {
  return {
    path: note.path,
    company: note.company,
    role: note.role,
    interviewer: note.interviewer,
    problems,
    state: v.state,
    action: v.action,
    channel: v.channel,
    alternatives: v.alternatives,
    attempt: v.attempt,
    opens: v.opens,
    dueBy: v.dueBy,
    template: v.template,
    thankYouPending: v.thankYouPending,
    rule: v.rule,
    reason: v.reason,
  };
}

/** A status with nothing to do (invalid, closed): no channel, no window. */
export function inertStatus(
  note: InterviewNote,
  problems: Problem[],
  state: State,
  rule: RuleId,
  reason: string,
  template: TemplateId | null = null,
): FollowUpStatus {
  return statusOf(note, problems, {
    state,
    action: "none",
    channel: null,
    alternatives: [],
    attempt: null,
    opens: null,
    dueBy: null,
    template,
    thankYouPending: false,
    rule,
    reason,
  });
}

function thankYou(note: InterviewNote, problems: Problem[], I: Day, today: Day, days: DayFormat): FollowUpStatus {
  const last = addDays(I, 2);
  return statusOf(note, problems, {
    state: today > last ? "thank-you-overdue" : "thank-you-due",
    action: "send-thank-you",
    channel: null,
    alternatives: [],
    attempt: null,
    opens: I,
    dueBy: last,
    template: "thank-you",
    thankYouPending: true,
    rule: "R3",
    reason: thankYouReason(I, today, days),
  });
}

/**
 * Computes what is due for one note on the day and time `now` (local wall clock).
 * Returns exactly the fields of §4.
 */
export function computeStatus(note: InterviewNote, now: LocalMoment, settings: EngineSettings): FollowUpStatus {
  const T = now.day;
  const hol = toHolidaySet(settings.holidays);
  const days = settings.dayFormat;

  // R0: no readable interview day. Attempts dated after today are still problems.
  if (!note.interview) {
    const p = note.problems.find((x) => x.key === note.interviewKey);
    const value = p && p.value !== "(missing)" && p.value !== "(empty)" ? p.value : null;
    const future = futureAttemptProblems(note, T);
    const problems = future.length > 0 ? [...note.problems, ...future] : note.problems;
    return inertStatus(note, problems, "invalid", "R0", invalidReason(note.interviewKey, value));
  }
  const I = note.interview.day;
  const c = readContacts(note, I, T);
  const problems = c.problems.length > 0 ? [...note.problems, ...c.problems] : note.problems;
  const happened = T > I || (T === I && now.minutes >= (note.interview.minutes ?? 0));

  // R1: closed outcomes; next-round closes too, but a thank-you is still due for 48 hours.
  if (CLOSING_OUTCOMES.has(note.outcome)) {
    const outcome = note.outcome as "offer" | "accepted" | "rejected" | "withdrawn";
    return inertStatus(note, problems, "closed", "R1", closedReason(outcome), outcome === "rejected" ? "rejection-reply" : null);
  }
  if (note.outcome === "next-round") {
    if (!note.thankYouSent && happened && T <= addDays(I, 2)) return thankYou(note, problems, I, T, days);
    return inertStatus(note, problems, "closed", "R1", closedReason("next-round"));
  }

  // R2: not happened yet.
  if (!happened) {
    return statusOf(note, problems, {
      state: "upcoming",
      action: "prepare",
      channel: null,
      alternatives: [],
      attempt: null,
      opens: I,
      dueBy: null,
      template: null,
      thankYouPending: false,
      rule: "R2",
      reason: upcomingReason(I, days),
    });
  }

  // R9: enough unanswered attempts and no agreed day after C.
  const agreed = c.last?.next ?? note.checkBack;
  const max = Math.max(1, Math.floor(settings.maxAttempts));
  if (c.unanswered.length >= max && !(agreed && agreed > c.latest) && c.last) {
    const opens = addDays(c.last.day, R9_WAIT_DAYS);
    const n = c.unanswered.length;
    const waiting = T < opens;
    return statusOf(note, problems, {
      state: waiting ? "waiting" : "no-response",
      action: waiting ? "wait" : "move-on",
      channel: null,
      alternatives: [],
      attempt: null,
      opens,
      dueBy: null,
      template: null,
      thankYouPending: false,
      rule: "R9",
      reason: stopReason(n, c.last.day, opens, waiting, days),
    });
  }

  // The window and its floors (R10a, R10b, R11).
  const w = findWindow(note, I, c, hol);
  let opensR10 = w.opens;
  let floor: WindowFloor = null;
  if (!w.agreed) {
    if (note.final) {
      const day = addBusinessDays(I, 5, hol);
      if (day > opensR10) {
        opensR10 = day;
        floor = { kind: "final", day };
      }
    }
    if (c.last) {
      const day = addBusinessDays(c.last.day, 2, hol);
      if (day > opensR10) {
        opensR10 = day;
        floor = { kind: "spacing", day };
      }
    }
  }
  let opens = opensR10;
  if (note.snoozedUntil && note.snoozedUntil > opens) {
    opens = note.snoozedUntil;
    floor = { kind: "snooze", day: opens };
  }
  let dueBy = w.dueBy;
  if (opens > dueBy) dueBy = addBusinessDays(opens, Math.max(1, businessDaysIn(w.opens, w.dueBy, hol)), hol);

  // R3: an unsent thank-you comes first until the window opens (a snooze does not prolong it).
  if (!note.thankYouSent && T < opensR10) return thankYou(note, problems, I, T, days);

  const { channel, alternatives, preferred, findAddress } = chooseChannel(note, w.channel);
  const state: State = T < opens ? "waiting" : T <= dueBy ? "follow-up-due" : "follow-up-overdue";
  const template: TemplateId =
    channel === "phone"
      ? "phone-script"
      : c.unanswered.some((a) => a.channel === "email" || a.channel === "linkedin")
        ? "follow-up-2"
        : "follow-up-1";
  return statusOf(note, problems, {
    state,
    action: state === "waiting" ? "wait" : "follow-up",
    channel,
    alternatives,
    attempt: c.unanswered.length + 1,
    opens,
    dueBy,
    template,
    thankYouPending: !note.thankYouSent,
    rule: w.rule,
    // R5: the reason recommends the status's channel and no other.
    reason: windowReason({ state, rule: w.rule, channel, preferred, findAddress, cause: w.cause, floor, opens, dueBy, days }),
  });
}
