/**
 * The follow-up rules (spec §3–§4): `(InterviewNote, now, settings) → FollowUpStatus`.
 * Every decision names its rule id. `now` is an argument: nothing here reads the clock.
 */
import {
  addBusinessDays,
  addDays,
  addSpan,
  businessDaysIn,
  formatShort,
  maxDay,
  toHolidaySet,
  type Holidays,
} from "./dates";
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

export function readContacts(note: InterviewNote, interviewDay: Day, today: Day): Contacts {
  const problems: Problem[] = [];
  const attempts: Attempt[] = [];
  for (const a of note.followUps) {
    if (a.day < interviewDay) continue; // scheduling, not follow-up
    if (a.day > today) {
      problems.push({ key: a.where, value: a.day, message: "is after today; attempt ignored until that day" });
      continue;
    }
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
  /** Why, without the "Follow up by …:" lead. */
  why: string;
}

const when = (d: Day): string => formatShort(d);

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function channelPhrase(channel: ContactChannel): string {
  return channel === "linkedin" ? "on LinkedIn" : `by ${channel}`;
}

function contactWord(a: Attempt): string {
  switch (a.channel) {
    case "voicemail":
      return "left a voicemail";
    case "message":
      return "left a message with a colleague";
    case "linkedin":
      return "sent a LinkedIn message";
    default:
      return "sent an email";
  }
}

/** The window rules 1–5 of §3, before floors. */
function findWindow(note: InterviewNote, I: Day, c: Contacts, hol: Holidays): Window {
  const noHistory = c.attempts.length === 0 && c.reply === null;

  // 1. Agreed day A: the last attempt's `next`, else `check_back`.
  const fromAttempt = c.last?.next ?? null;
  const agreed = fromAttempt ?? note.checkBack;
  if (agreed && agreed > c.latest) {
    const rule: RuleId = fromAttempt ? "R6a" : noHistory ? "R4a" : "R8";
    const why = fromAttempt
      ? `when you were in touch on ${when(c.last!.day)} you agreed to check back on ${when(agreed)}`
      : `you agreed to check back on ${when(agreed)}`;
    return { opens: agreed, dueBy: addBusinessDays(agreed, 1, hol), rule, channel: null, agreed: true, why };
  }

  // 2. Decision day D: `decision_date`, else I + `decision_timeline`.
  const D = note.decisionDate ?? (note.decisionTimeline ? addSpan(I, note.decisionTimeline, hol) : null);
  if (D && D > c.latest) {
    const said = note.decisionDate
      ? `they said they would decide by ${when(D)}`
      : `they said they would decide within ${note.decisionTimeline!.text} of the interview (${when(D)})`;
    return {
      opens: addBusinessDays(D, 1, hol),
      dueBy: addBusinessDays(D, 3, hol),
      rule: noHistory ? "R4b" : "R8",
      channel: null,
      agreed: false,
      why: `${said}, so give them one to three business days after it`,
    };
  }

  // 3. No attempts, no reply.
  if (noHistory) {
    if (note.final) {
      return {
        opens: addBusinessDays(I, 10, hol),
        dueBy: addBusinessDays(I, 15, hol),
        rule: "R4d",
        channel: null,
        agreed: false,
        why: `the final interview was ${when(I)} and no timeline was given, so two weeks (10 business days) later`,
      };
    }
    return {
      opens: addBusinessDays(I, 5, hol),
      dueBy: addBusinessDays(I, 10, hol),
      rule: "R4c",
      channel: null,
      agreed: false,
      why: `the interview was ${when(I)} and no timeline was given, so 5 business days later`,
    };
  }

  // 4. The latest contact is a reply.
  const L = c.last;
  if (c.reply !== null && (L === null || c.reply >= L.day)) {
    const R = c.reply;
    const conv = c.replyIsConversation;
    return {
      opens: addDays(R, 7),
      dueBy: addDays(R, 14),
      rule: conv ? "R6d" : "R7",
      channel: null,
      agreed: false,
      why: conv
        ? `you last spoke with them on ${when(R)}, so check in again a week or two later`
        : `they last replied on ${when(R)}, so check in again a week or two later`,
    };
  }

  // 5. The latest contact is an unanswered attempt.
  const last = L!;
  if (last.channel === "voicemail" || last.channel === "message") {
    return {
      opens: addBusinessDays(last.day, 2, hol),
      dueBy: addBusinessDays(last.day, 3, hol),
      rule: "R6b",
      channel: "email",
      agreed: false,
      why: `you ${contactWord(last)} on ${when(last.day)}, so an email 2–3 business days later makes sure it reached them`,
    };
  }
  const phoneKnown = note.interviewerPhone !== null;
  return {
    opens: addDays(last.day, 7),
    dueBy: addDays(last.day, 14),
    rule: "R6c",
    channel: phoneKnown ? "phone" : "email",
    agreed: false,
    why: `you ${contactWord(last)} on ${when(last.day)} with no reply, and a week or two is the time to try again${phoneKnown ? " (a call is fine after a week)" : ""}`,
  };
}

/** R5: the channel and its alternatives. */
function chooseChannel(note: InterviewNote, ruleChannel: ContactChannel | null): { channel: ContactChannel; alternatives: ContactChannel[]; tip: string } {
  let channel: ContactChannel;
  let tip = "";
  if (note.preferredChannel) {
    channel = note.preferredChannel;
    tip = " (their preferred channel)";
  } else if (ruleChannel) channel = ruleChannel;
  else if (note.interviewerEmail) channel = "email";
  else if (note.interviewerPhone) channel = "phone";
  else {
    channel = "email";
    tip = " (find their address on the company's site)";
  }
  const alternatives: ContactChannel[] = [];
  if (note.callOk && channel !== "phone") alternatives.push("phone");
  else if (channel === "phone" && note.interviewerEmail) alternatives.push("email");
  return { channel, alternatives, tip };
}

function base(note: InterviewNote, problems: Problem[]) {
  return { path: note.path, company: note.company, role: note.role, interviewer: note.interviewer, problems };
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
  return {
    ...base(note, problems),
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
  };
}

function thankYou(note: InterviewNote, problems: Problem[], I: Day, today: Day): FollowUpStatus {
  const last = addDays(I, 2);
  const overdue = today > last;
  const reason = overdue
    ? `Send a thank-you now: the 48 hours after the interview on ${when(I)} have passed, and a late thank-you beats none.`
    : `Send a thank-you: the interview was ${when(I)}; best by ${when(addDays(I, 1))}, at the latest ${when(last)}.`;
  return {
    ...base(note, problems),
    state: overdue ? "thank-you-overdue" : "thank-you-due",
    action: "send-thank-you",
    channel: null,
    alternatives: [],
    attempt: null,
    opens: I,
    dueBy: last,
    template: "thank-you",
    thankYouPending: true,
    rule: "R3",
    reason,
  };
}

/**
 * Computes what is due for one note on the day and time `now` (local wall clock).
 * Returns exactly the fields of §4.
 */
export function computeStatus(note: InterviewNote, now: LocalMoment, settings: EngineSettings): FollowUpStatus {
  const T = now.day;
  const hol = toHolidaySet(settings.holidays);

  // R0: no readable interview day.
  if (!note.interview) {
    const p = note.problems.find((x) => x.key === note.interviewKey);
    const key = note.interviewKey;
    const reason =
      p && p.value !== "(missing)" && p.value !== "(empty)"
        ? `Check ${key}: "${p.value}" is not a date like 2026-11-18, so nothing can be planned.`
        : `Check ${key}: it is missing; add the interview day, like 2026-11-18.`;
    return inertStatus(note, note.problems, "invalid", "R0", reason);
  }
  const I = note.interview.day;
  const c = readContacts(note, I, T);
  const problems = c.problems.length > 0 ? [...note.problems, ...c.problems] : note.problems;
  const happened = T > I || (T === I && now.minutes >= (note.interview.minutes ?? 0));

  // R1: closed outcomes; next-round closes too, but a thank-you is still due for 48 hours.
  if (CLOSING_OUTCOMES.has(note.outcome)) {
    if (note.outcome === "rejected") {
      return inertStatus(note, problems, "closed", "R1", "Closed: they said no; a short, gracious reply keeps the door open for the next opening.", "rejection-reply");
    }
    return inertStatus(note, problems, "closed", "R1", `Closed: the outcome is ${note.outcome}.`);
  }
  if (note.outcome === "next-round") {
    if (!note.thankYouSent && happened && T <= addDays(I, 2)) return thankYou(note, problems, I, T);
    return inertStatus(note, problems, "closed", "R1", "Closed: you moved on to the next round; keep a new note for that interview.");
  }

  // R2: not happened yet.
  if (!happened) {
    return {
      ...base(note, problems),
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
      reason: `Upcoming on ${when(I)}: before you leave, ask when they expect to decide, how they prefer to be contacted, and whether you may check in on a set day.`,
    };
  }

  // R9: enough unanswered attempts and no agreed day after C.
  const agreed = c.last?.next ?? note.checkBack;
  const max = Math.max(1, Math.floor(settings.maxAttempts));
  if (c.unanswered.length >= max && !(agreed && agreed > c.latest) && c.last) {
    const opens = addDays(c.last.day, 14);
    const n = c.unanswered.length;
    const waiting = T < opens;
    return {
      ...base(note, problems),
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
      reason: waiting
        ? `Stop following up: ${plural(n, "follow-up")} had no answer; if nothing comes by ${when(opens)}, move on.`
        : `Move on: ${plural(n, "follow-up")} had no answer, the last on ${when(c.last.day)}; try an inside contact or a reference, and keep your search going.`,
    };
  }

  // The window and its floors (R10a, R10b, R11).
  const w = findWindow(note, I, c, hol);
  let opensR10 = w.opens;
  let moved = "";
  if (!w.agreed) {
    if (note.final) {
      const floor = addBusinessDays(I, 5, hol);
      if (floor > opensR10) {
        opensR10 = floor;
        moved = `, moved to ${when(floor)} because a final interview is followed up no earlier than 5 business days after it (R10a)`;
      }
    }
    if (c.last) {
      const floor = addBusinessDays(c.last.day, 2, hol);
      if (floor > opensR10) {
        opensR10 = floor;
        moved = `, moved to ${when(floor)} to leave at least 2 business days after your last follow-up (R10b)`;
      }
    }
  }
  let opens = opensR10;
  if (note.snoozedUntil && note.snoozedUntil > opens) {
    opens = note.snoozedUntil;
    moved = `, moved to ${when(opens)} because you snoozed it (R11)`;
  }
  let dueBy = w.dueBy;
  if (opens > dueBy) dueBy = addBusinessDays(opens, Math.max(1, businessDaysIn(w.opens, w.dueBy, hol)), hol);

  // R3: an unsent thank-you comes first until the window opens (a snooze does not prolong it).
  if (!note.thankYouSent && T < opensR10) return thankYou(note, problems, I, T);

  const { channel, alternatives, tip } = chooseChannel(note, w.channel);
  const state: State = T < opens ? "waiting" : T <= dueBy ? "follow-up-due" : "follow-up-overdue";
  const template: TemplateId =
    channel === "phone"
      ? "phone-script"
      : c.unanswered.some((a) => a.channel === "email" || a.channel === "linkedin")
        ? "follow-up-2"
        : "follow-up-1";
  const lead =
    state === "waiting"
      ? `Wait until ${when(opens)}, then follow up ${channelPhrase(channel)}${tip}`
      : `Follow up ${channelPhrase(channel)}${tip}`;
  return {
    ...base(note, problems),
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
    reason: `${lead}: ${w.why}${moved}.`,
  };
}
