/**
 * Inserting a message: the template rendered from the note (the user's own template when there
 * is one), put in through the Editor API only, as one undoable change, and only into an editor
 * that still shows the note after every `await`. At the cursor for the commands; at the end of
 * the note for the sidebar's row button, in the tab that already shows it (a deferred
 * background tab is loaded first), or a newly opened one. Either way a notice names the
 * message and offers to log it (`offer-log.ts`).
 */
import { type Editor, type MarkdownFileInfo, MarkdownView, Notice, TFile, normalizePath, type WorkspaceLeaf } from "obsidian";
import { renderTemplate, type RenderedTemplate } from "../../core/templates";
import type { TemplateId } from "../../core/types";
import type { FollowUpHost } from "../host";
import { leafShowing, showLeaf } from "../leaves";
import type { InterviewContext } from "./context";
import { afterInsert, offerToLog } from "./offer-log";

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

/** Something that shows a file in an editor: a MarkdownView, or what an editor command gets. */
export type EditorHolder = MarkdownView | MarkdownFileInfo;

/** The editor of `holder` if it still shows `file` (it may show another note after an await). */
export function editorShowing(holder: EditorHolder, file: TFile): Editor | null {
  return holder.file?.path === file.path ? (holder.editor ?? null) : null;
}

/**
 * What every insert says, named as the callout names the message: "Follow-up 2 inserted.",
 * with why (the status's reason) after it when given.
 */
function insertedLead(rendered: RenderedTemplate, why?: string): string {
  return why ? `${rendered.title} inserted. ${why}` : `${rendered.title} inserted.`;
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
  offerToLog(host, ctx, insertedLead(rendered, why), afterInsert(id, ctx));
  return true;
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
  offerToLog(host, ctx, insertedLead(rendered), afterInsert(id, ctx));
  return true;
}
