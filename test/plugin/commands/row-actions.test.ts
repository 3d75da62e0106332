// @vitest-environment happy-dom
/** The sidebar rows' buttons (commands/row-actions.ts), running the commands' code. */
import { describe, expect, it, vi } from "vitest";
import { interviewAt } from "../../../src/plugin/commands/context";
import { rowActionsFor } from "../../../src/plugin/commands/row-actions";
import { openInEditor, MarkdownView } from "../../support/obsidian";
import { ACME, note, read, resetBetweenTests, settle, setup } from "./helpers";

resetBetweenTests();

describe("sidebar row actions", () => {
  it("gives the sidebar its row actions, and takes them back on unload", async () => {
    const { host, h } = await setup({ "Interviews/Acme.md": ACME });
    const status = host.index.get("Interviews/Acme.md")!;
    expect(h.rowActions?.(status).map((a) => a.id)).toEqual(rowActionsFor(h, status).map((a) => a.id));
    host.unload();
    expect(h.rowActions).toBeNull();
  });
  it("offers insert, email, log and snooze for a due follow-up", async () => {
    const { host, h } = await setup({ "Interviews/Acme.md": ACME.replace("interview_date", "thank_you_sent: true\ninterview_date") });
    const status = host.index.get("Interviews/Acme.md")!;
    expect(status.state).toBe("follow-up-due");
    const actions = rowActionsFor(h, status);
    expect(actions.map((a) => a.id)).toEqual(["insert", "email", "log", "snooze"]);
    expect(actions[0].label).toBe("Insert follow-up email into the note");
    for (const a of actions) expect(a.label).toMatch(/^[A-Z][^A-Z]*$/);
  });

  it("offers call for a phone script and 'mark thank-you as sent' while it is due", async () => {
    const thanks = await setup({ "Interviews/Thanks.md": ACME }, { day: [2026, 11, 19] });
    expect(rowActionsFor(thanks.h, thanks.host.index.get("Interviews/Thanks.md")!).map((a) => a.id)).toEqual([
      "insert",
      "email",
      "thank-you-sent",
    ]);
    const phone = await setup(
      { "Interviews/Phone.md": note("type: interview\ninterview_date: 2026-11-18\nthank_you_sent: true\ninterviewer_phone: 555 010 0100") },
      { day: [2026, 11, 25] },
    );
    const status = phone.host.index.get("Interviews/Phone.md")!;
    expect(status.template).toBe("phone-script");
    const actions = rowActionsFor(phone.h, status);
    expect(actions.map((a) => a.id)).toEqual(["insert", "call", "log", "snooze"]);
    const open = vi.spyOn(window, "open").mockImplementation(() => null);
    await actions[1].run();
    expect(open).toHaveBeenCalledWith("tel:5550100100");
  });

  it("insert opens the note and appends at its end through the editor (one undo step)", async () => {
    const { app, host, h } = await setup({ "Interviews/Acme.md": ACME, "Other.md": "other\n" });
    await openInEditor(app, "Other.md");
    const status = host.index.get("Interviews/Acme.md")!;
    const insert = rowActionsFor(h, status).find((a) => a.id === "insert")!;
    await insert.run();
    await settle();
    expect(app.workspace.getActiveFile()?.path).toBe("Interviews/Acme.md");
    const view = app.workspace.getActiveViewOfType(MarkdownView)!;
    expect(view.editor.history__).toHaveLength(1);
    expect(view.editor.history__[0].origin).toBe("replaceRange");
    await app.workspace.saveAll__(); // the editor's own save, a moment later in Obsidian
    const text = read(app, "Interviews/Acme.md");
    expect(text.startsWith(ACME)).toBe(true);
    expect(text.slice(ACME.length)).toMatch(/^\n> \[!note\] Follow-up 1 — a new email — Wed, Nov 25, 2026\n[\s\S]*> \[your name\]\n$/);
    expect(read(app, "Other.md")).toBe("other\n");
  });

  it("uses a note already open instead of opening it again", async () => {
    const { app, host, h } = await setup({ "Interviews/Acme.md": ACME });
    const view = await openInEditor(app, "Interviews/Acme.md");
    const leaves = app.workspace.getLeavesOfType("markdown").length;
    await rowActionsFor(h, host.index.get("Interviews/Acme.md")!)[0].run();
    await settle();
    expect(app.workspace.getLeavesOfType("markdown").length).toBe(leaves);
    expect(view.editor.getValue()).toContain("> [!note] Follow-up 1 — a new email");
  });

  it("insert uses the note's deferred background tab (loaded and brought to the front), not a copy over the current tab", async () => {
    const { app, host, h } = await setup({ "Interviews/Acme.md": ACME, "Other.md": "other\n" });
    const current = (await openInEditor(app, "Other.md")).leaf;
    const background = app.workspace.openDeferred__("Interviews/Acme.md");
    await rowActionsFor(h, host.index.get("Interviews/Acme.md")!).find((a) => a.id === "insert")!.run();
    await settle();
    expect(app.workspace.getLeavesOfType("markdown")).toEqual([current, background]);
    expect(background.isDeferred).toBe(false);
    expect(app.workspace.activeLeaf).toBe(background);
    expect((background.view as MarkdownView).editor.getValue()).toContain("> [!note] Follow-up");
    expect((current.view as MarkdownView).file?.path).toBe("Other.md");
    expect((current.view as MarkdownView).editor.getValue()).toBe("other\n");
  });

  it("interviewAt is null for a file the index does not know", async () => {
    const { app, h } = await setup({ "Other.md": "x\n" });
    expect(interviewAt(h, app.vault.getFileByPath("Other.md") as never)).toBeNull();
    expect(interviewAt(h, null)).toBeNull();
  });
});
