/**
 * The offer, once a message is inserted into the note or opened in the email app, to log it:
 * a notice naming the message, with a button. What the button logs comes from the caller,
 * which knows how the message goes out (`afterInsert`, `afterEmailApp`): an email opened in the
 * email app was an email, whatever channel the note prefers; a script for a call (phone,
 * voicemail, message with a colleague) is written before the call, and the call may end another
 * way than planned, so its button opens "Log the call", where the user says how it went.
 */
import { Notice } from "obsidian";
import { followUpSentBy } from "../../core/templates";
import type { Channel, TemplateId } from "../../core/types";
import type { FollowUpHost } from "../host";
import type { InterviewContext } from "./context";
import { openLogFollowUp } from "./forms";
import { appendFollowUpFor, markThankYouSentFor } from "./log";

/** What the notice's button logs: the thank-you, a follow-up today by a channel, or a call the user describes (`planned`: chosen first). */
export type SentLog = { kind: "thank-you" } | { kind: "follow-up"; channel: Channel } | { kind: "call"; planned: Channel };

/** How long the offer stays on screen, in milliseconds. */
const OFFER_MS = 15_000;

/** What to offer after `id` was inserted into the note: it goes out as the callout says. Null: nothing to log. */
export function afterInsert(id: TemplateId, ctx: Pick<InterviewContext, "note" | "status">): SentLog | null {
  switch (id) {
    case "thank-you":
      return { kind: "thank-you" };
    case "follow-up-1":
    case "follow-up-2":
      // As the callout says: "a LinkedIn message" or "a new email".
      return { kind: "follow-up", channel: followUpSentBy(ctx.note, ctx.status) };
    case "phone-script":
      return { kind: "call", planned: "phone" };
    case "voicemail":
      return { kind: "call", planned: "voicemail" };
    case "message-with-colleague":
      return { kind: "call", planned: "message" };
    case "rejection-reply":
      return null;
  }
}

/** What to offer after the email `id` was opened in the email app: an email. Null: nothing to log. */
export function afterEmailApp(id: TemplateId): SentLog | null {
  if (id === "thank-you") return { kind: "thank-you" };
  if (id === "rejection-reply") return null;
  return { kind: "follow-up", channel: "email" };
}

/** Runs what the button logs. */
export async function logSent(host: FollowUpHost, ctx: InterviewContext, log: SentLog): Promise<void> {
  if (log.kind === "thank-you") await markThankYouSentFor(host, ctx.file);
  else if (log.kind === "follow-up") await appendFollowUpFor(host, ctx.file, { date: host.index.today(), channel: log.channel });
  else openLogFollowUp(host, ctx, log.planned);
}

/** A notice saying `lead`, with the button that logs `log` ("Log as sent", or "Log the call…"); `lead` alone when null. */
export function offerToLog(host: FollowUpHost, ctx: InterviewContext, lead: string, log: SentLog | null): void {
  if (log === null) {
    new Notice(lead);
    return;
  }
  const fragment = createFragment((f) => {
    f.createSpan({ text: `${lead} ` });
    const button = f.createEl("button", { text: log.kind === "call" ? "Log the call…" : "Log as sent" });
    button.addEventListener("click", () => {
      notice.hide();
      void logSent(host, ctx, log);
    });
  });
  const notice = new Notice(fragment, OFFER_MS);
}
