/**
 * What a sidebar row offers for one interview: insert the next message (at the end of the
 * note, through the editor of the opened note), open it in the email app, call, log it and
 * snooze. The sidebar renders these; they run the same code as the commands.
 *
 * Inserting uses the tab that already shows the note (a deferred background tab is loaded
 * first), and opens one only when none does; after each `await` it checks that the tab still
 * shows the note before it touches the editor.
 */
import { MarkdownView, Notice, TFile, type WorkspaceLeaf } from "obsidian";
import { TEMPLATES } from "../core/templates";
import type { FollowUpStatus, TemplateId } from "../core/types";
import { telUrl } from "../core/mailto";
import {
  appendBlock,
  callInterviewer,
  editorShowing,
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
import { leafShowing, showLeaf } from "./leaves";
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

/** The leaf showing `file` (loaded, in front), or a leaf with it newly opened, in source mode. */
async function leafWith(host: FollowUpHost, file: TFile): Promise<WorkspaceLeaf> {
  const open = leafShowing(host.app, file.path);
  if (open) {
    await showLeaf(host.app, open);
    return open;
  }
  const leaf = host.app.workspace.getLeaf(false);
  await leaf.openFile(file, { active: true, state: { mode: "source" } });
  return leaf;
}

/** Opens the note and appends the message at its end through the note's editor. */
export async function insertAtEnd(host: FollowUpHost, ctx: InterviewContext, id: TemplateId): Promise<boolean> {
  const rendered = await renderFor(host, ctx, id);
  const leaf = await leafWith(host, ctx.file);
  // Checked after the awaits: the tab may have been closed or moved to another note meanwhile.
  const view = leaf.view;
  const editor = view instanceof MarkdownView ? editorShowing(view, ctx.file) : null;
  if (!editor) {
    new Notice(`Not inserted: "${ctx.file.basename}" is no longer open in that tab.`);
    return false;
  }
  appendBlock(editor, rendered.markdown);
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
