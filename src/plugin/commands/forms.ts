/**
 * The forms a command or a row button opens for a note: log a follow-up, log a reply, set the
 * outcome, snooze. Each writes through the logging functions of `log.ts` when submitted.
 */
import { addDays } from "../../core/dates";
import type { Channel } from "../../core/types";
import type { FollowUpHost } from "../host";
import type { InterviewContext } from "./context";
import { appendFollowUpFor, logReplyOn, setOutcomeFor, snoozeUntil } from "./log";
import { DayModal, LogFollowUpModal, OutcomeModal, SnoozeModal } from "./modals";

/** The form's choices after a call: they answered (phone), a voicemail, or a message left with a colleague. */
export const CALL_CHANNELS: readonly Channel[] = ["phone", "voicemail", "message"];

/**
 * "Log a follow-up" for a note; with `call`, "Log the call": only the channels a call can end
 * in (`CALL_CHANNELS`), `call` chosen first (what the inserted script was for).
 */
export function openLogFollowUp(host: FollowUpHost, ctx: InterviewContext, call: Channel | null = null): LogFollowUpModal {
  const today = host.index.today();
  const channel: Channel = call ?? ctx.status.channel ?? "email";
  const modal = new LogFollowUpModal(
    host.app,
    { date: today, channel, next: "", note: "" },
    (entry) => void appendFollowUpFor(host, ctx.file, entry),
    today,
    host.index.dayFormat,
    call !== null ? { title: "Log the call", channels: CALL_CHANNELS } : {},
  );
  modal.open();
  return modal;
}

export function openLogReply(host: FollowUpHost, ctx: InterviewContext): DayModal {
  const today = host.index.today();
  const modal = new DayModal(host.app, "Log a reply", "Log", today, (day) => void logReplyOn(host, ctx.file, day), (day) =>
    day > today ? `The day can't be after today (${host.index.dayFormat.short(today)}).` : null,
  );
  modal.open();
  return modal;
}

export function openSetOutcome(host: FollowUpHost, ctx: InterviewContext): OutcomeModal {
  const modal = new OutcomeModal(host.app, (outcome) => void setOutcomeFor(host, ctx.file, outcome));
  modal.open();
  return modal;
}

export function openSnooze(host: FollowUpHost, ctx: InterviewContext): SnoozeModal {
  const today = host.index.today();
  const modal = new SnoozeModal(host.app, today, host.index.dayFormat, (choice) => {
    if (choice.days !== null) {
      void snoozeUntil(host, ctx.file, addDays(today, choice.days));
      return;
    }
    new DayModal(host.app, "Snooze until", "Snooze", addDays(today, 1), (day) => void snoozeUntil(host, ctx.file, day), (day) =>
      day <= today ? "Pick a day after today." : null,
    ).open();
  });
  modal.open();
  return modal;
}
