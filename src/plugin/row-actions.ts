/**
 * What a sidebar row offers for one interview: insert the next message (at the end of the
 * note, through the editor of the opened note), open it in the email app, call, log it and
 * snooze. The sidebar renders these; they run the same code as the commands.
 */
import { MarkdownView, TFile, type WorkspaceLeaf } from "obsidian";
import { TEMPLATES } from "../core/templates";
import type { FollowUpStatus, TemplateId } from "../core/types";
import { telUrl } from "../core/mailto";
import {
  appendBlock,
  callInterviewer,
  emailTemplateFor,
  interviewAt,
  markThankYouSentFor,
  openInEmailApp,
  openLogFollowUp,
  openSnooze,
  renderFor,
  type InterviewContext,
} from "./commands";
import type { FollowUpHost } from "./host";
import { setRowActionProvider } from "./sidebar-view";

export interface RowAction {
  /** Stable id, for tests and CSS. */
  id: "insert" | "email" | "call" | "log" | "thank-you-sent" | "snooze";
  /** Sentence-case label (also the tooltip of an icon button). */
  label: string;
  /** A Lucide icon name Obsidian ships. */
  icon: string;
  run: () => Promise<void>;
}

/** The open markdown leaf showing `file`, or a leaf with it newly opened, in source mode. */
async function leafWith(host: FollowUpHost, file: TFile): Promise<WorkspaceLeaf> {
  const ws = host.app.workspace;
  const open = ws.getLeavesOfType("markdown").find((l) => l.view instanceof MarkdownView && l.view.file?.path === file.path);
  if (open) {
    ws.setActiveLeaf(open, { focus: true });
    return open;
  }
  const leaf = ws.getLeaf(false);
  await leaf.openFile(file, { active: true, state: { mode: "source" } });
  return leaf;
}

/** Opens the note and appends the message at its end through the note's editor. */
export async function insertAtEnd(host: FollowUpHost, ctx: InterviewContext, id: TemplateId): Promise<boolean> {
  const rendered = await renderFor(host, ctx, id);
  const leaf = await leafWith(host, ctx.file);
  const view = leaf.view;
  if (!(view instanceof MarkdownView) || view.file?.path !== ctx.file.path) return false;
  appendBlock(view.editor, rendered.markdown);
  return true;
}

function fileOf(host: FollowUpHost, status: FollowUpStatus): TFile | null {
  const f = host.app.vault.getAbstractFileByPath(status.path);
  return f instanceof TFile ? f : null;
}

/** The actions a sidebar row offers for `status`, in the order to show them. */
export function rowActionsFor(host: FollowUpHost, status: FollowUpStatus): RowAction[] {
  const file = fileOf(host, status);
  const ctx = file ? interviewAt(host, file) : null;
  if (!ctx) return [];
  const actions: RowAction[] = [];
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
  const email = emailTemplateFor(ctx);
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
  if ((status.action === "follow-up" || status.action === "wait") && status.rule !== "R9") {
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
  setRowActionProvider((status) => rowActionsFor(host, status));
  host.register(() => setRowActionProvider(null));
}
