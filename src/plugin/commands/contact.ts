/**
 * The email app and the phone: the note's next email opened in the email app (`mailto:`, with
 * subject and body filled), and a call to the interviewer (`tel:`). Only those two kinds of
 * link are ever opened.
 */
import { Notice } from "obsidian";
import { isSafeContactUrl, mailtoUrl, telUrl } from "../../core/mailto";
import { isWaitingToMoveOn } from "../../core/move-on";
import { TEMPLATES, followUpEmailTemplate } from "../../core/templates";
import type { Day, TemplateId } from "../../core/types";
import { reasonWithRule } from "../../core/wording";
import type { FollowUpHost } from "../host";
import type { InterviewContext } from "./context";
import { renderFor } from "./insert";
import { afterEmailApp, offerToLog } from "./offer-log";

/** The email the note calls for now: its own template when that is an email, else the follow-up email. */
export function emailTemplateFor(ctx: InterviewContext, today: Day): TemplateId | null {
  const t = ctx.status.template;
  if (t && TEMPLATES[t].email) return t;
  const s = ctx.status.state;
  if (s === "invalid" || s === "upcoming" || s === "closed" || s === "no-response" || isWaitingToMoveOn(ctx.status)) return null;
  return followUpEmailTemplate(ctx.note, ctx.status, today);
}

/** Opens a `mailto:` or `tel:` URL, and nothing else. */
export function openContactUrl(url: string): boolean {
  if (!isSafeContactUrl(url)) return false;
  window.open(url);
  return true;
}

/** Opens the note's next email in the email app, with subject and body filled. */
export async function openInEmailApp(host: FollowUpHost, ctx: InterviewContext, id?: TemplateId): Promise<boolean> {
  const template = id ?? emailTemplateFor(ctx, host.index.today());
  if (template === null) {
    new Notice(`No email is due for this note. ${reasonWithRule(ctx.status)}`);
    return false;
  }
  const rendered = await renderFor(host, ctx, template);
  const url = mailtoUrl(ctx.note.interviewerEmail, rendered.subject, rendered.body);
  if (!openContactUrl(url)) {
    new Notice("Could not build an email link for this note.");
    return false;
  }
  const to = ctx.note.interviewerEmail ? "" : ` Add ${host.settings.keys.interviewer_email} to the note to fill in the address.`;
  offerToLog(host, ctx, `${rendered.title} opened in your email app.${to}`, afterEmailApp(template));
  return true;
}

/** Calls the interviewer's number (`tel:`). */
export function callInterviewer(host: FollowUpHost, ctx: InterviewContext): boolean {
  const url = telUrl(ctx.note.interviewerPhone);
  if (url === null || !openContactUrl(url)) {
    new Notice(`No phone number to call: add ${host.settings.keys.interviewer_phone} to the note.`);
    return false;
  }
  return true;
}
