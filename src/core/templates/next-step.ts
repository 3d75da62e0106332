/**
 * The closing reminder of the voicemail and the message left with a colleague (spec §5): the
 * next step the engine will compute once that message is logged — an email, a LinkedIn message
 * or a second call (R6b, R5) — and its days. Pure: today is an argument.
 */
import { computeStatus } from "../rules";
import type { FollowUpSettings } from "../settings";
import type { Attempt, Day, FollowUpStatus, InterviewNote } from "../types";
import { afterMessageReminder } from "../wording";

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

/**
 * The one phrase about a status that a message carries: "Reminder: if they don't call back,
 * send a short email between Mon 30 Nov and Tue 1 Dec (follow-up 2, R6b)." Worded by the core's
 * wording module from the status's channel, window, attempt and rule only, so it recommends
 * exactly what the status names (R5) in the words every other surface uses.
 */
export function nextStepReminder(status: FollowUpStatus | null): string {
  return afterMessageReminder(status);
}
