// @vitest-environment happy-dom
/** Every command registered in one place (commands/index.ts): ids, names, where each is offered. */
import { describe, expect, it } from "vitest";
import { Editor, isCommandAvailable, openInEditor, runCommand } from "../../support/obsidian";
import { ACME, ID, note, read, resetBetweenTests, settle, setup } from "./helpers";

resetBetweenTests();

describe("registration", () => {
  it("registers every command with a stable id, a sentence-case name without the plugin's name, and no hotkeys", async () => {
    const { app } = await setup({});
    const ids = [...app.commands__.keys()].sort();
    expect(ids).toEqual(
      [
        "call-interviewer",
        "convert-follow-ups-to-text",
        "create-interviews-base",
        "export-calendar",
        "insert-follow-up-email",
        "insert-message-with-colleague",
        "insert-next-message",
        "insert-phone-script",
        "insert-rejection-reply",
        "insert-thank-you",
        "insert-voicemail",
        "log-follow-up",
        "log-reply",
        "mark-thank-you-sent",
        "new-interview-note",
        "open-in-email-app",
        "open-sidebar",
        "set-outcome",
        "snooze",
      ].map(ID),
    );
    for (const cmd of app.commands__.values()) {
      expect(cmd.hotkeys, cmd.id).toBeUndefined();
      expect(cmd.name, cmd.id).toMatch(/^[A-Z][^A-Z]*$/);
      expect(cmd.name.toLowerCase(), cmd.id).not.toContain("interview follow-up");
    }
  });
});

describe("which commands are offered where", () => {
  const NOTE_COMMANDS = [
    "insert-thank-you",
    "insert-follow-up-email",
    "insert-phone-script",
    "insert-voicemail",
    "insert-message-with-colleague",
    "insert-rejection-reply",
    "insert-next-message",
    "log-follow-up",
    "mark-thank-you-sent",
    "log-reply",
    "set-outcome",
    "snooze",
    "open-in-email-app",
  ];

  it("offers the note commands in an interview note only", async () => {
    const { app } = await setup({ "Interviews/Acme.md": ACME, "Journal/Today.md": "# Today\n\nNothing here.\n" });
    expect(isCommandAvailable(app, ID("new-interview-note"))).toBe(true);
    for (const c of NOTE_COMMANDS) expect(isCommandAvailable(app, ID(c)), `${c} without a note`).toBe(false);

    await openInEditor(app, "Journal/Today.md");
    for (const c of NOTE_COMMANDS) expect(isCommandAvailable(app, ID(c)), `${c} in a plain note`).toBe(false);
    expect(runCommand(app, ID("insert-thank-you"))).toBe(false);
    expect(read(app, "Journal/Today.md")).toBe("# Today\n\nNothing here.\n");

    await openInEditor(app, "Interviews/Acme.md");
    for (const c of NOTE_COMMANDS) expect(isCommandAvailable(app, ID(c)), `${c} in an interview note`).toBe(true);
    expect(isCommandAvailable(app, ID("new-interview-note"))).toBe(true);
  });

  it("the insert commands need an editor: not in reading mode; in an editor outside a Markdown view (a canvas card), yes", async () => {
    const INSERTS = NOTE_COMMANDS.filter((c) => c.startsWith("insert-"));
    const { app } = await setup({ "Interviews/Acme.md": ACME });
    const view = await openInEditor(app, "Interviews/Acme.md");
    view.mode__ = "preview";
    for (const c of INSERTS) expect(isCommandAvailable(app, ID(c)), `${c} in reading mode`).toBe(false);
    expect(runCommand(app, ID("insert-thank-you"))).toBe(false);
    expect(view.editor.getValue()).toBe(ACME);

    // The focus moves to a card on a canvas that embeds the note: its own editor, no Markdown view.
    const canvas = app.workspace.getLeaf(true);
    app.workspace.setActiveLeaf(canvas);
    const card = new Editor(ACME);
    app.workspace.embeddedEditor__ = { editor: card, file: view.file };
    for (const c of INSERTS) expect(isCommandAvailable(app, ID(c)), `${c} in a canvas card`).toBe(true);
    expect(runCommand(app, ID("insert-thank-you"))).toBe(true);
    await settle();
    expect(card.getValue()).toContain("> [!note] Thank-you email");
    expect(view.editor.getValue()).toBe(ACME);
  });

  it("editorCheckCallback(true, …) is false outside an interview note", async () => {
    const { app } = await setup({ "Journal/Today.md": "text\n" });
    const view = await openInEditor(app, "Journal/Today.md");
    const cmd = app.commands__.get(ID("insert-next-message"))!;
    expect(cmd.editorCheckCallback!(true, view.editor as never, view as never)).toBe(false);
  });

  it("offers 'Call the interviewer' only when the note has a phone number", async () => {
    const { app } = await setup({
      "Interviews/Acme.md": ACME,
      "Interviews/Phone.md": note("type: interview\ninterview_date: 2026-11-18\ninterviewer_phone: +1 (555) 010-0100"),
    });
    await openInEditor(app, "Interviews/Acme.md");
    expect(isCommandAvailable(app, ID("call-interviewer"))).toBe(false);
    await openInEditor(app, "Interviews/Phone.md");
    expect(isCommandAvailable(app, ID("call-interviewer"))).toBe(true);
  });
});
