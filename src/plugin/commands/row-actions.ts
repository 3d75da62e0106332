/**
 * What a sidebar row offers for one interview: insert the next message (at the end of the
 * note, through the editor of the opened note), open it in the email app, call, log it and
 * snooze. The sidebar renders these (the host's `rowActions`); they run the same code as the
 * commands.
 */
import { TFile } from "obsidian";
import { telUrl } from "../../core/mailto";
import { isWaitingToMoveOn } from "../../core/move-on";
import { TEMPLATES } from "../../core/templates";
import type { FollowUpStatus } from "../../core/types";
import type { FollowUpHost } from "../host";
import type { RowAction } from "../render/sidebar-row";
import { callInterviewer, emailTemplateFor, openInEmailApp } from "./contact";
import { interviewAt } from "./context";
import { openLogFollowUp, openSnooze } from "./forms";
import { insertAtEnd } from "./insert";
import { markThankYouSentFor } from "./log";

/** The buttons a row may have, by id. */
export type RowActionId = "insert" | "email" | "call" | "log" | "thank-you-sent" | "snooze";

function fileOf(host: FollowUpHost, status: FollowUpStatus): TFile | null {
  const f = host.app.vault.getAbstractFileByPath(status.path);
  return f instanceof TFile ? f : null;
}

/** The actions a sidebar row offers for `status`, in the order to show them. */
export function rowActionsFor(host: FollowUpHost, status: FollowUpStatus): RowAction<RowActionId>[] {
  const file = fileOf(host, status);
  const ctx = file ? interviewAt(host, file) : null;
  if (!ctx) return [];
  const actions: RowAction<RowActionId>[] = [];
  const template = status.template;
  if (template) {
    actions.push({
      id: "insert",
      label: `Insert ${TEMPLATES[template].title.toLowerCase()} into the note`,
      icon: "file-pen-line",
      run: async () => {
        await insertAtEnd(host, ctx, template);
      },
    });
  }
  const email = emailTemplateFor(ctx, host.index.today());
  if (email && (status.channel === null || status.channel === "email" || status.alternatives.includes("email"))) {
    actions.push({
      id: "email",
      label: "Open in email app",
      icon: "mail",
      run: async () => {
        await openInEmailApp(host, ctx, email);
      },
    });
  }
  if (template === "phone-script" && telUrl(ctx.note.interviewerPhone) !== null) {
    actions.push({
      id: "call",
      label: "Call",
      icon: "phone",
      run: () => {
        callInterviewer(host, ctx);
        return Promise.resolve();
      },
    });
  }
  if (status.action === "send-thank-you") {
    actions.push({
      id: "thank-you-sent",
      label: "Mark thank-you as sent",
      icon: "check",
      run: async () => {
        await markThankYouSentFor(host, ctx.file);
      },
    });
  } else if (status.action === "follow-up" || status.action === "wait" || status.action === "move-on") {
    actions.push({
      id: "log",
      label: "Log a follow-up",
      icon: "list-plus",
      run: () => {
        openLogFollowUp(host, ctx);
        return Promise.resolve();
      },
    });
  }
  if ((status.action === "follow-up" || status.action === "wait") && !isWaitingToMoveOn(status)) {
    actions.push({
      id: "snooze",
      label: "Snooze",
      icon: "alarm-clock",
      run: () => {
        openSnooze(host, ctx);
        return Promise.resolve();
      },
    });
  }
  return actions;
}

/** Gives the sidebar's rows these actions; removed again when the plugin unloads. */
export function registerRowActions(host: FollowUpHost): void {
  host.rowActions = (status) => rowActionsFor(host, status);
  host.register(() => {
    host.rowActions = null;
  });
}
