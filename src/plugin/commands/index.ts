/**
 * Every command of the plugin, registered in one place (the ids are stable: users bind hotkeys
 * to them). What each does lives beside this file: inserting a message (`insert.ts`), logging
 * into the frontmatter (`log.ts`, its forms in `forms.ts`), the email app and the phone
 * (`contact.ts`), a new note (`new-note.ts`), converting follow-ups (`convert.ts`), the
 * interviews base (`interviews-base.ts`); and, from the other parts, the sidebar and the
 * calendar export. No default hotkeys; names in sentence case without the plugin's name.
 */
import { Notice, type MarkdownFileInfo, type MarkdownView, type TFile } from "obsidian";
import { telUrl } from "../../core/mailto";
import { followUpEmailTemplate } from "../../core/templates";
import type { TemplateId } from "../../core/types";
import { reasonWithRule } from "../../core/wording";
import type { FollowUpHost } from "../host";
import { exportCalendar } from "../reminders/calendar-file";
import { hasBasesApi } from "../views/bases-view";
import { callInterviewer, openInEmailApp } from "./contact";
import { activeInterview, interviewAt, type InterviewContext } from "./context";
import { CONVERT_COMMAND_ID, convertFollowUpsIn } from "./convert";
import { openLogFollowUp, openLogReply, openSetOutcome, openSnooze } from "./forms";
import { insertTemplate } from "./insert";
import { createInterviewsBase } from "./interviews-base";
import { markThankYouSentFor } from "./log";
import { openNewInterview } from "./new-note";

const INSERT_COMMANDS: readonly { id: string; name: string; template: TemplateId | "follow-up" }[] = [
  { id: "insert-thank-you", name: "Insert thank-you email", template: "thank-you" },
  { id: "insert-follow-up-email", name: "Insert follow-up email", template: "follow-up" },
  { id: "insert-phone-script", name: "Insert phone script", template: "phone-script" },
  { id: "insert-voicemail", name: "Insert voicemail script", template: "voicemail" },
  { id: "insert-message-with-colleague", name: "Insert message to leave with a colleague", template: "message-with-colleague" },
  { id: "insert-rejection-reply", name: "Insert reply to a rejection", template: "rejection-reply" },
];

function editorFile(ctx: MarkdownView | MarkdownFileInfo): TFile | null {
  return ctx.file ?? null;
}

export function registerCommands(host: FollowUpHost): void {
  // ── Inserting a message, into the editor of an interview note ──────────────────────────
  for (const def of INSERT_COMMANDS) {
    host.addCommand({
      id: def.id,
      name: def.name,
      editorCheckCallback: (checking, _editor, view) => {
        const ctx = interviewAt(host, editorFile(view));
        if (!ctx) return false;
        if (!checking) {
          const id = def.template === "follow-up" ? followUpEmailTemplate(ctx.note, ctx.status, host.index.today()) : def.template;
          void insertTemplate(host, view, ctx, id);
        }
        return true;
      },
    });
  }

  host.addCommand({
    id: "insert-next-message",
    name: "Insert next message",
    editorCheckCallback: (checking, _editor, view) => {
      const ctx = interviewAt(host, editorFile(view));
      if (!ctx) return false;
      if (!checking) {
        const id = ctx.status.template;
        if (id === null) new Notice(`Nothing to send now. ${reasonWithRule(ctx.status)}`);
        else void insertTemplate(host, view, ctx, id, reasonWithRule(ctx.status));
      }
      return true;
    },
  });

  // ── Acting on the interview note in the active tab ─────────────────────────────────────
  const forActive = (id: string, name: string, run: (ctx: InterviewContext) => unknown, when: (ctx: InterviewContext) => boolean = () => true): void => {
    host.addCommand({
      id,
      name,
      checkCallback: (checking) => {
        const ctx = activeInterview(host);
        if (!ctx || !when(ctx)) return false;
        if (!checking) void run(ctx);
        return true;
      },
    });
  };

  forActive("log-follow-up", "Log a follow-up", (ctx) => openLogFollowUp(host, ctx));
  forActive("mark-thank-you-sent", "Mark thank-you as sent", (ctx) => markThankYouSentFor(host, ctx.file));
  forActive("log-reply", "Log a reply", (ctx) => openLogReply(host, ctx));
  forActive("set-outcome", "Set the outcome", (ctx) => openSetOutcome(host, ctx));
  forActive("snooze", "Snooze reminders", (ctx) => openSnooze(host, ctx));
  forActive("open-in-email-app", "Open the next email in your email app", (ctx) => openInEmailApp(host, ctx));
  forActive("call-interviewer", "Call the interviewer", (ctx) => callInterviewer(host, ctx), (ctx) => telUrl(ctx.note.interviewerPhone) !== null);
  forActive(CONVERT_COMMAND_ID, "Convert follow-ups to text entries", (ctx) => convertFollowUpsIn(host, ctx.file));

  // ── Anywhere ───────────────────────────────────────────────────────────────────────────
  host.addCommand({
    id: "new-interview-note",
    name: "New interview note",
    callback: () => {
      openNewInterview(host);
    },
  });
  host.addCommand({
    id: "open-sidebar",
    name: "Open follow-up sidebar",
    callback: () => {
      void host.activateSidebar();
    },
  });
  host.addCommand({
    id: "export-calendar",
    name: "Export follow-ups to calendar",
    callback: () => {
      void exportCalendar(host);
    },
  });
  // Bases (Obsidian 1.10+): the command exists only where the app has them.
  if (hasBasesApi(host)) {
    host.addCommand({
      id: "create-interviews-base",
      name: "Create interviews base",
      callback: () => void createInterviewsBase(host),
    });
  }
}
