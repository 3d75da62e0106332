// @vitest-environment happy-dom
/**
 * Issue 10, item 2: no write races the editor. Obsidian's editor writes the file about 2 s after
 * the last edit (the stand-in does too); "Insert … then Log as sent" must never write the front
 * matter while an editor of the note holds unsaved text, or one of the two changes is lost. In
 * the end the file holds both the inserted message and the logged entry, editor and file agree,
 * every other byte survives, and the stand-in recorded no racing write. And after every `await`
 * an insert checks that the editor still shows the note before it touches it.
 */
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { rowActionsFor } from "../../../src/plugin/commands/row-actions";
import { EDITOR_SAVE_DELAY_MS } from "../../support/stand-in/workspace";
import { useClock, type StandInClock } from "../../support/stand-in/clock";
import {
  assertNoEditorConflicts,
  clearNotices,
  createApp,
  DEFAULT_MANIFEST,
  loadPlugin,
  MarkdownView,
  notices,
  openInEditor,
  realTimeout__,
  runCommand,
  type App,
} from "../../support/obsidian";
import { TestHost } from "./helpers";

const ACME = `---
type: interview
company: Acme
role: Analyst
interviewer: Dana Reyes
interviewer_email: dana@acme.example
interview_date: 2026-11-18
---

# Notes

They liked the dashboard.
Ünïcödé, tabs\there, and a trailing line without newline`;

const BODY = ACME.slice(ACME.indexOf("\n---\n") + 5);

let clock: StandInClock | null = null;

afterEach(() => {
  clock?.stop();
  clock = null;
  clearNotices();
  document.body.empty();
});

async function start(files: Record<string, string>): Promise<{ app: App; plugin: TestHost }> {
  clock = useClock(new Date(2026, 10, 19, 10, 0)); // the day after the interview: thank-you due
  const app = createApp({ files });
  const plugin = new TestHost(app, DEFAULT_MANIFEST);
  plugin.clock = () => new Date(); // the running stand-in clock
  await loadPlugin(plugin);
  app.workspace.setLayoutReady__();
  await plugin.index.whenReady();
  return { app, plugin };
}

/** Lets promises, zero-delay timers and the metadata cache's parse delay run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await clock!.advance(0);
    await realTimeout__();
  }
}

function read(app: App, path: string): string {
  return app.vault.readSync__(app.vault.getFileByPath(path)!);
}

function frontmatterOf(text: string): Record<string, unknown> {
  return parse(text.slice(4, text.indexOf("\n---\n"))) as Record<string, unknown>;
}

/** The end state every flow must reach. */
async function expectBothKept(app: App, view: MarkdownView, path: string): Promise<void> {
  await clock!.advance(EDITOR_SAVE_DELAY_MS * 2); // any save the editor still had in mind
  await settle();
  const text = read(app, path);
  expect(text).toContain("> [!note] Thank-you email");
  expect(frontmatterOf(text).thank_you_sent).toBe("2026-11-19");
  expect(view.editor.getValue()).toBe(text);
  expect(view.dirty__).toBe(false);
  // Every byte of the body is still there; the message follows it (it was added at the end).
  const body = text.slice(text.indexOf("\n---\n") + 5);
  expect(body.startsWith(BODY)).toBe(true);
  expect(body.slice(BODY.length)).toMatch(/^\n+> \[!note\] Thank-you email/);
  assertNoEditorConflicts(app);
}

describe("Insert, then Log as sent, with the note open in an editor", () => {
  it("the notice's button: the front matter is written after the editor saved, and both changes stay", async () => {
    const { app } = await start({ "Interviews/Acme.md": ACME });
    const view = await openInEditor(app, "Interviews/Acme.md");
    view.editor.setCursor(view.editor.offsetToPos(view.editor.getValue().length)); // at the very end
    expect(runCommand(app, "interview-followup:insert-thank-you")).toBe(true);
    await settle();
    expect(view.dirty__).toBe(true); // inserted, not yet saved: Obsidian saves 2 s later
    const button = notices.at(-1)!.notice.messageEl.querySelector("button")!;
    expect(button.textContent).toBe("Log as sent");
    button.click(); // within the 2 s
    await settle();
    await expectBothKept(app, view, "Interviews/Acme.md");
  });

  it("the sidebar's buttons: insert, then mark the thank-you as sent, before the editor saved", async () => {
    const { app, plugin } = await start({ "Interviews/Acme.md": ACME });
    const actions = rowActionsFor(plugin.host, plugin.index.get("Interviews/Acme.md")!);
    await actions.find((a) => a.id === "insert")!.run();
    const view = app.workspace.getActiveViewOfType(MarkdownView)!;
    expect(view.dirty__).toBe(true);
    await actions.find((a) => a.id === "thank-you-sent")!.run();
    await settle();
    await expectBothKept(app, view, "Interviews/Acme.md");
  });

  it("a command that logs while the user is still typing in the note keeps what was typed", async () => {
    const { app } = await start({ "Interviews/Acme.md": ACME });
    const view = await openInEditor(app, "Interviews/Acme.md");
    view.editor.setCursor(view.editor.offsetToPos(view.editor.getValue().length)); // at the very end
    runCommand(app, "interview-followup:insert-thank-you");
    await settle();
    view.editor.replaceRange("\nSent from my phone.", { line: view.editor.lastLine(), ch: view.editor.getLine(view.editor.lastLine()).length });
    runCommand(app, "interview-followup:mark-thank-you-sent");
    await settle();
    await expectBothKept(app, view, "Interviews/Acme.md");
    expect(read(app, "Interviews/Acme.md")).toMatch(/Sent from my phone\.$/);
  });

  it("the same note open in two tabs: both are saved first, and both show the result", async () => {
    const { app } = await start({ "Interviews/Acme.md": ACME });
    const first = await openInEditor(app, "Interviews/Acme.md");
    const second = app.workspace.getLeaf(true);
    await second.openFile(app.vault.getFileByPath("Interviews/Acme.md")!);
    const secondView = second.view as MarkdownView;
    first.editor.replaceRange("\n> [!note] Thank-you email — by hand\n> [your name]", { line: first.editor.lastLine(), ch: first.editor.getLine(first.editor.lastLine()).length });
    runCommand(app, "interview-followup:mark-thank-you-sent");
    await settle();
    await clock!.advance(EDITOR_SAVE_DELAY_MS * 2);
    await settle();
    const text = read(app, "Interviews/Acme.md");
    expect(frontmatterOf(text).thank_you_sent).toBe("2026-11-19");
    expect(text).toContain("Thank-you email — by hand");
    expect(first.editor.getValue()).toBe(text);
    expect(secondView.editor.getValue()).toBe(text);
    assertNoEditorConflicts(app);
  });
});

describe("after each await, the editor is checked again", () => {
  it("an insert whose editor moved to another note meanwhile inserts nothing there, and says so", async () => {
    const { app, plugin } = await start({ "Interviews/Acme.md": ACME, "Templates/thank-you.md": "Thanks, {{greeting}}!", "Journal.md": "Dear diary.\n" });
    plugin.settings.templatesFolder = "Templates"; // the template is read from the vault: an await
    const view = await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, "interview-followup:insert-thank-you");
    // While the template is read, the user opens another note in that tab.
    await view.leaf.openFile(app.vault.getFileByPath("Journal.md")!);
    await settle();
    expect(view.file?.path).toBe("Journal.md");
    expect(view.editor.getValue()).toBe("Dear diary.\n");
    expect(read(app, "Journal.md")).toBe("Dear diary.\n");
    expect(read(app, "Interviews/Acme.md")).toBe(ACME);
    expect(notices.at(-1)?.message).toBe('Not inserted: "Acme" is no longer open in that editor.');
  });
});
