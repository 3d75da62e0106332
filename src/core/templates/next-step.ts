/**
 * The closing reminder of the voicemail and the message left with a colleague (spec §5): the
 * next step the engine will compute once that message is logged — an email, a LinkedIn message
 * or a second call (R6b, R5) — and its days. Pure: today is an argument.
 */
import { formatShort } from "../dates";
import { computeStatus } from "../rules";
import type { FollowUpSettings } from "../settings";
import type { Attempt, Day, FollowUpStatus, InterviewNote } from "../types";

/**
 * What the engine says once a voicemail or a message left today is logged. The thank-you is
 * counted as sent here: while it is unsent the engine asks for it first, but the reminder is
 * about the follow-up that comes after (the same window). Null without a readable interview day.
 */
export function statusAfterLeaving(
  note: InterviewNote,
  channel: "voicemail" | "message",
  settings: Pick<FollowUpSettings, "holidays" | "maxAttempts">,
  today: Day,
): FollowUpStatus | null {
  if (!note.interview) return null;
  const left: Attempt = { day: today, channel, next: null, note: null, index: note.followUps.length, where: "this message" };
  const logged: InterviewNote = { ...note, thankYouSent: true, followUps: [...note.followUps, left] };
  return computeStatus(logged, { day: today, minutes: 24 * 60 - 1 }, { holidays: settings.holidays, maxAttempts: settings.maxAttempts });
}

const CHANNEL_STEP = { email: "send an email", linkedin: "send a LinkedIn message", phone: "call again" } as const;

/**
 * The one phrase about a status that a message carries: "Reminder: if they don't call back,
 * send an email between Mon 30 Nov and Tue 1 Dec (follow-up 2, R6b)." Built from the status's
 * channel, window, attempt and rule only, so it recommends exactly what the status names (R5).
 * (At the merge of issue 11 this is the one call to point at the core's wording module.)
 */
export function nextStepReminder(status: FollowUpStatus | null): string {
  if (status !== null && status.rule === "R9" && status.opens !== null) {
    return `Reminder: after this message, stop following up; if nothing comes by ${formatShort(status.opens)}, move on (R9).`;
  }
  if (status !== null && (status.action === "wait" || status.action === "follow-up") && status.channel && status.opens && status.dueBy) {
    const days =
      status.opens === status.dueBy ? `on ${formatShort(status.opens)}` : `between ${formatShort(status.opens)} and ${formatShort(status.dueBy)}`;
    return `Reminder: if they don't call back, ${CHANNEL_STEP[status.channel]} ${days} (follow-up ${status.attempt ?? 1}, ${status.rule}).`;
  }
  return "Reminder: if they don't call back, follow up in writing 2–3 business days after this message.";
}
