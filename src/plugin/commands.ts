/**
 * The commands: insert a message filled from the note, log what was sent back into the
 * frontmatter, create a new interview note, open the email app or the phone. No default
 * hotkeys; names in sentence case without the plugin's name. The actions are exported with a
 * file argument so the sidebar's row actions run the same code.
 *
 * Data safety: frontmatter changes go through `app.fileManager.processFrontMatter` only, with
 * the pure edits of `core/frontmatter-edits` (which change only their own key), and only after
 * every open editor of the note has saved what it holds (`saveOpenEditors`), so the write never
 * races the editor's own delayed save. Messages are inserted through the Editor API only, as one
 * undoable change, and only into an editor that still shows the note after every `await`.
 */
import { type Editor, type MarkdownFileInfo, type MarkdownView, Notice, TFile, TFolder, normalizePath } from "obsidian";
import { saveOpenEditors } from "./leaves";
import { addDays } from "../core/dates";
import {
  EditRefused,
  appendFollowUp,
  buildInterviewNote,
  markThankYouSent,
  setLastReply,
  setOutcome,
  setSnoozedUntil,
  type FollowUpEntry,
  type FrontMatter,
  type NewInterviewInput,
} from "../core/frontmatter-edits";
import { isSafeContactUrl, mailtoUrl, telUrl } from "../core/mailto";
import { TEMPLATES, followUpEmailTemplate, renderTemplate, type RenderedTemplate } from "../core/templates";
import type { Channel, FollowUpStatus, InterviewNote, TemplateId } from "../core/types";
import { endSentence, reasonWithRule } from "../core/wording";
import type { FollowUpHost } from "./host";
import { DayModal, LogFollowUpModal, NewInterviewModal, OutcomeModal, SnoozeModal } from "./modals";

const OUTCOME_WORDS: Record<string, string> = {
  pending: "pending",
  offer: "offer",
  accepted: "accepted",
  rejected: "rejected",
  withdrawn: "withdrawn",
  "next-round": "next round",
};

// ---------------------------------------------------------------------------------------------
// Finding the note

export interface InterviewContext {
  file: TFile;
  status: FollowUpStatus;
  note: InterviewNote;
}

/** The interview note at `file`, as the index knows it; null when it is not one. */
export function interviewAt(host: FollowUpHost, file: TFile | null | undefined): InterviewContext | null {
  if (!file) return null;
  const status = host.index.get(file.path);
  const note = host.index.note(file.path);
  if (!status || !note) return null;
  return { file, status, note };
}

function activeInterview(host: FollowUpHost): InterviewContext | null {
  return interviewAt(host, host.app.workspace.getActiveFile());
}

// ---------------------------------------------------------------------------------------------
// Rendering and inserting messages

/** The user's own template for `id` from the templates folder, or null for the built-in. */
export async function userTemplateSource(host: FollowUpHost, id: TemplateId): Promise<string | null> {
  const folder = host.settings.templatesFolder.trim();
  if (folder === "") return null;
  const file = host.app.vault.getAbstractFileByPath(normalizePath(`${folder}/${id}.md`));
  if (!(file instanceof TFile)) return null;
  return host.app.vault.cachedRead(file);
}

/** Renders a template for an interview note, with the user's own template when there is one. */
export async function renderFor(host: FollowUpHost, ctx: InterviewContext, id: TemplateId): Promise<RenderedTemplate> {
  const source = await userTemplateSource(host, id);
  const rendered = renderTemplate(id, ctx.note, ctx.status, host.settings, host.index.today(), host.index.dayFormat, source);
  if (rendered.unknown.length > 0) {
    const names = rendered.unknown.map((u) => `{{${u}}}`).join(", ");
    new Notice(`Your template "${id}" uses unknown placeholders, left as written: ${names}.`);
  }
  return rendered;
}

/**
 * What to put around a block inserted between `before` and `after` (the text on the cursor's
 * line on each side): the block starts on its own line, with a blank line above when it
 * follows text, and ends with a newline, with a blank line below when text follows (so the
 * text is not swallowed into the callout).
 */
export function blockPadding(before: string, after: string, previousLine: string | null): { prefix: string; suffix: string } {
  let prefix = "";
  if (before.trim() !== "") prefix = "\n\n";
  else if (before === "" && previousLine !== null && previousLine.trim() !== "") prefix = "\n";
  else if (before !== "") prefix = "\n";
  const suffix = after.trim() !== "" ? "\n" : "";
  return { prefix, suffix };
}

/** The line of the frontmatter's closing fence, or null when the note has no frontmatter. */
export function frontmatterEndLine(editor: Editor): number | null {
  if (editor.getLine(0).trimEnd() !== "---") return null;
  const last = editor.lastLine();
  for (let i = 1; i <= last; i++) {
    const line = editor.getLine(i).trimEnd();
    if (line === "---" || line === "...") return i;
  }
  return null;
}

/**
 * Inserts a block at the cursor (replacing any selection) as one change: one undo step. A
 * cursor inside the frontmatter (as after opening a note) never splits it: the block then goes
 * right after the properties, and the selection is left alone.
 */
export function insertBlock(editor: Editor, markdown: string): void {
  const fmEnd = frontmatterEndLine(editor);
  if (fmEnd !== null && editor.getCursor("from").line <= fmEnd) {
    const fence = editor.getLine(fmEnd);
    if (fmEnd === editor.lastLine()) {
      editor.replaceRange(`\n\n${markdown}`, { line: fmEnd, ch: fence.length });
      return;
    }
    const { prefix, suffix } = blockPadding("", editor.getLine(fmEnd + 1), fence);
    editor.replaceRange(`${prefix}${markdown}${suffix}`, { line: fmEnd + 1, ch: 0 });
    return;
  }
  const from = editor.getCursor("from");
  const to = editor.getCursor("to");
  const before = editor.getLine(from.line).slice(0, from.ch);
  const after = editor.getLine(to.line).slice(to.ch);
  const previousLine = from.line > 0 ? editor.getLine(from.line - 1) : null;
  const { prefix, suffix } = blockPadding(before, after, previousLine);
  editor.replaceSelection(`${prefix}${markdown}${suffix}`);
}

/** Appends a block at the end of the document, through the editor (one undo step). */
export function appendBlock(editor: Editor, markdown: string): void {
  const last = editor.lastLine();
  const lastText = editor.getLine(last);
  const previousLine = last > 0 ? editor.getLine(last - 1) : null;
  const { prefix } = blockPadding(lastText, "", previousLine);
  editor.replaceRange(`${prefix}${markdown}`, { line: last, ch: lastText.length });
}

/** The log that fits a message once it is sent; null when there is nothing to log. */
export function logChannelFor(id: TemplateId, status: FollowUpStatus): Channel | "thank-you" | null {
  switch (id) {
    case "thank-you":
      return "thank-you";
    case "follow-up-1":
    case "follow-up-2":
      return status.channel === "linkedin" ? "linkedin" : "email";
    case "phone-script":
      return "phone";
    case "voicemail":
      return "voicemail";
    case "message-with-colleague":
      return "message";
    default:
      return null;
  }
}

/** Runs the log that fits a sent message: marks the thank-you, or logs a follow-up today. */
export async function logSent(host: FollowUpHost, file: TFile, id: TemplateId, status: FollowUpStatus): Promise<boolean> {
  const what = logChannelFor(id, status);
  if (what === null) return false;
  if (what === "thank-you") return markThankYouSentFor(host, file);
  return appendFollowUpFor(host, file, { date: host.index.today(), channel: what });
}

/** After an insert: a notice that offers to log the message as sent in one click. */
function offerToLog(host: FollowUpHost, ctx: InterviewContext, id: TemplateId, lead: string): void {
  if (logChannelFor(id, ctx.status) === null) {
    new Notice(lead);
    return;
  }
  const fragment = createFragment((f) => {
    f.createSpan({ text: `${lead} ` });
    const button = f.createEl("button", { text: "Log as sent" });
    button.addEventListener("click", () => {
      notice.hide();
      void logSent(host, ctx.file, id, ctx.status);
    });
  });
  const notice = new Notice(fragment, 15_000);
}

/** Something that shows a file in an editor: a MarkdownView, or what an editor command gets. */
export type EditorHolder = MarkdownView | MarkdownFileInfo;

/** The editor of `holder` if it still shows `file` (it may show another note after an await). */
export function editorShowing(holder: EditorHolder, file: TFile): Editor | null {
  return holder.file?.path === file.path ? (holder.editor ?? null) : null;
}

/** Renders and inserts a template at the cursor of the editor in `holder`, then offers to log it. */
export async function insertTemplate(host: FollowUpHost, holder: EditorHolder, ctx: InterviewContext, id: TemplateId, why?: string): Promise<boolean> {
  const rendered = await renderFor(host, ctx, id);
  // The user may have switched this editor to another note while the template was read.
  const editor = editorShowing(holder, ctx.file);
  if (!editor) {
    new Notice(`Not inserted: "${ctx.file.basename}" is no longer open in that editor.`);
    return false;
  }
  insertBlock(editor, rendered.markdown);
  offerToLog(host, ctx, id, why ?? `${rendered.title} inserted.`);
  return true;
}

/** Why the note's next message is the one it is: "Follow-up email inserted. Follow up by email: … (R4c)". */
function nextReason(status: FollowUpStatus): string {
  const id = status.template;
  const title = id ? TEMPLATES[id].title : "No message";
  return `${title} inserted. ${reasonWithRule(status)}`;
}

/** The template "Insert next message" uses; null when the status calls for none. */
export function nextTemplate(status: FollowUpStatus): TemplateId | null {
  return status.template;
}

// ---------------------------------------------------------------------------------------------
// Frontmatter edits

/**
 * Runs a pure edit inside `processFrontMatter`. A refusal (`EditRefused`) or a note whose
 * YAML cannot be read aborts the write and says why in a notice.
 */
export async function editFrontmatter(host: FollowUpHost, file: TFile, edit: (fm: FrontMatter) => void, done: string | (() => string)): Promise<boolean> {
  try {
    await saveOpenEditors(host.app, file);
    await host.app.fileManager.processFrontMatter(file, (fm: FrontMatter) => edit(fm));
  } catch (e) {
    if (e instanceof EditRefused) new Notice(e.message);
    else {
      const why = (e instanceof Error ? e.message : String(e)).split("\n")[0].replace(/[:\s]+$/, "");
      new Notice(`Not logged: the properties of "${file.basename}" could not be read (${why}). Nothing was changed.`);
    }
    return false;
  }
  new Notice(typeof done === "string" ? done : done());
  return true;
}

export function appendFollowUpFor(host: FollowUpHost, file: TFile, entry: FollowUpEntry): Promise<boolean> {
  const channel = entry.channel === "linkedin" ? "on LinkedIn" : entry.channel === "in-person" ? "in person" : `by ${entry.channel}`;
  const days = host.index.dayFormat;
  const next = entry.next ? `; check back ${days.short(entry.next)}` : "";
  return editFrontmatter(host, file, (fm) => appendFollowUp(fm, host.settings.keys, entry), endSentence(`Logged a follow-up ${channel} on ${days.short(entry.date)}${next}`));
}

export function markThankYouSentFor(host: FollowUpHost, file: TFile): Promise<boolean> {
  const today = host.index.today();
  let changed = true;
  return editFrontmatter(
    host,
    file,
    (fm) => {
      changed = markThankYouSent(fm, host.settings.keys, today);
    },
    () => (changed ? endSentence(`Thank-you marked as sent on ${host.index.dayFormat.short(today)}`) : "The thank-you was already marked as sent; its day is kept."),
  );
}

export function logReplyOn(host: FollowUpHost, file: TFile, day: string): Promise<boolean> {
  return editFrontmatter(host, file, (fm) => setLastReply(fm, host.settings.keys, day), endSentence(`Logged a reply on ${host.index.dayFormat.short(day)}`));
}

export function snoozeUntil(host: FollowUpHost, file: TFile, day: string): Promise<boolean> {
  return editFrontmatter(host, file, (fm) => setSnoozedUntil(fm, host.settings.keys, day), endSentence(`Snoozed until ${host.index.dayFormat.short(day)}`));
}

export function setOutcomeFor(host: FollowUpHost, file: TFile, outcome: Parameters<typeof setOutcome>[2]): Promise<boolean> {
  return editFrontmatter(host, file, (fm) => setOutcome(fm, host.settings.keys, outcome), `Outcome set to ${OUTCOME_WORDS[outcome]}.`);
}

// ---------------------------------------------------------------------------------------------
// The forms, for a given file (the commands and the sidebar)

export function openLogFollowUp(host: FollowUpHost, ctx: InterviewContext): LogFollowUpModal {
  const today = host.index.today();
  const channel: Channel = ctx.status.channel ?? "email";
  const modal = new LogFollowUpModal(
    host.app,
    { date: today, channel, next: "", note: "" },
    (entry) => void appendFollowUpFor(host, ctx.file, entry),
    today,
    host.index.dayFormat,
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

// ---------------------------------------------------------------------------------------------
// Email app and phone

/** The email the note calls for now: its own template when that is an email, else the follow-up email. */
export function emailTemplateFor(ctx: InterviewContext): TemplateId | null {
  const t = ctx.status.template;
  if (t && TEMPLATES[t].email) return t;
  const s = ctx.status.state;
  if (s === "invalid" || s === "upcoming" || s === "closed" || s === "no-response" || ctx.status.rule === "R9") return null;
  return followUpEmailTemplate(ctx.note, ctx.status);
}

/** Opens a `mailto:` or `tel:` URL, and nothing else. */
export function openContactUrl(url: string): boolean {
  if (!isSafeContactUrl(url)) return false;
  window.open(url);
  return true;
}

/** Opens the note's next email in the email app, with subject and body filled. */
export async function openInEmailApp(host: FollowUpHost, ctx: InterviewContext, id?: TemplateId): Promise<boolean> {
  const template = id ?? emailTemplateFor(ctx);
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
  offerToLog(host, ctx, template, `${rendered.title} opened in your email app.${to}`);
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

// ---------------------------------------------------------------------------------------------
// New interview note

/** Creates `folder` and its missing parents; refuses when a file sits where a folder should be. */
export async function ensureFolder(host: FollowUpHost, folder: string): Promise<void> {
  if (folder === "") return;
  let path = "";
  for (const part of folder.split("/")) {
    path = path === "" ? part : `${path}/${part}`;
    const existing = host.app.vault.getAbstractFileByPath(path);
    if (existing instanceof TFolder) continue;
    if (existing) throw new Error(`"${path}" is a file, not a folder`);
    await host.app.vault.createFolder(path);
  }
}

/** Creates and opens a new interview note; refuses when a note of that name exists. */
export async function createInterviewNote(host: FollowUpHost, input: NewInterviewInput): Promise<TFile | null> {
  const folder = normalizePath(host.settings.interviewFolder.trim() || "/").replace(/^\/+|\/+$/g, "");
  let built;
  try {
    built = buildInterviewNote(input, host.settings.keys, folder, host.settings.detection);
  } catch (e) {
    new Notice(`Not created: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
  const path = normalizePath(built.path);
  if (host.app.vault.getAbstractFileByPath(path)) {
    new Notice(`Not created: "${path}" already exists.`);
    return null;
  }
  try {
    await ensureFolder(host, folder);
    const file = await host.app.vault.create(path, built.text);
    await host.app.workspace.getLeaf(false).openFile(file);
    return file;
  } catch (e) {
    new Notice(`Not created: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

export function openNewInterview(host: FollowUpHost): NewInterviewModal {
  const modal = new NewInterviewModal(host.app, host.index.today(), (input) => void createInterviewNote(host, input));
  modal.open();
  return modal;
}

// ---------------------------------------------------------------------------------------------
// Registration

const INSERT_COMMANDS: readonly { id: string; name: string; template: TemplateId | "follow-up" }[] = [
  { id: "insert-thank-you", name: "Insert thank-you email", template: "thank-you" },
  { id: "insert-follow-up-email", name: "Insert follow-up email", template: "follow-up" },
  { id: "insert-phone-script", name: "Insert phone script", template: "phone-script" },
  { id: "insert-voicemail", name: "Insert voicemail script", template: "voicemail" },
  { id: "insert-message-with-colleague", name: "Insert message to leave with a colleague", template: "message-with-colleague" },
  { id: "insert-rejection-reply", name: "Insert reply to a rejection", template: "rejection-reply" },
];

function editorFile(ctx: EditorHolder): TFile | null {
  return ctx.file ?? null;
}

export function registerCommands(host: FollowUpHost): void {
  for (const def of INSERT_COMMANDS) {
    host.addCommand({
      id: def.id,
      name: def.name,
      editorCheckCallback: (checking, _editor, view) => {
        const ctx = interviewAt(host, editorFile(view));
        if (!ctx) return false;
        if (!checking) {
          const id = def.template === "follow-up" ? followUpEmailTemplate(ctx.note, ctx.status) : def.template;
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
        const id = nextTemplate(ctx.status);
        if (id === null) new Notice(`Nothing to send now. ${reasonWithRule(ctx.status)}`);
        else void insertTemplate(host, view, ctx, id, nextReason(ctx.status));
      }
      return true;
    },
  });

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

  host.addCommand({
    id: "new-interview-note",
    name: "New interview note",
    callback: () => {
      openNewInterview(host);
    },
  });
}
