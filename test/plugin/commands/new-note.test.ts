// @vitest-environment happy-dom
/** "New interview note" (commands/new-note.ts). */
import { describe, expect, it } from "vitest";
import { NewInterviewModal } from "../../../src/plugin/commands/modals";
import { TFile, runCommand, setInputValue } from "../../support/obsidian";
import { frontmatterOf, ID, isOpen, lastNotice, read, resetBetweenTests, settle, setup, topModal } from "./helpers";

resetBetweenTests();

describe("new interview note", () => {
  it("creates the note from the form, with the folder, and opens it", async () => {
    const { app, host } = await setup({}, { day: [2026, 11, 25] });
    expect(runCommand(app, ID("new-interview-note"))).toBe(true);
    const modal = topModal(NewInterviewModal);
    const inputs = [...modal.contentEl.querySelectorAll("input")];
    expect(inputs.map((i) => i.value)).toEqual(["", "", "", "", "2026-11-25", ""]);
    setInputValue(inputs[0], "Foo: Bar");
    setInputValue(inputs[1], "Data / ML Engineer");
    setInputValue(inputs[2], "Zoë");
    setInputValue(inputs[3], "zoe@foo.example");
    setInputValue(inputs[5], "14:30");
    modal.contentEl.querySelector<HTMLButtonElement>("button.mod-cta")!.click();
    await settle();
    const path = "Interviews/Foo Bar — Data ML Engineer 2026-11-25.md";
    const file = app.vault.getFileByPath(path);
    expect(file).toBeInstanceOf(TFile);
    expect(app.vault.getFolderByPath("Interviews")).not.toBeNull();
    const fm = frontmatterOf(app, path);
    expect(fm.company).toBe("Foo: Bar");
    expect(fm.interview_date).toBe("2026-11-25T14:30");
    expect(read(app, path)).toContain("\n## Questions they asked\n");
    expect(app.workspace.getActiveFile()?.path).toBe(path);
    expect(host.index.get(path)?.state).toBe("upcoming");
  });

  it("refuses when the note exists, and validates the day", async () => {
    const existing = "Interviews/Acme — Analyst 2026-11-25.md";
    const { app } = await setup({ [existing]: "keep me\n" }, { day: [2026, 11, 25] });
    runCommand(app, ID("new-interview-note"));
    let modal = topModal(NewInterviewModal);
    Object.assign(modal.values, { company: "Acme", role: "Analyst" });
    expect(modal.submit()).toBeNull();
    await settle();
    expect(lastNotice()).toBe(`Not created: "${existing}" already exists.`);
    expect(read(app, existing)).toBe("keep me\n");

    runCommand(app, ID("new-interview-note"));
    modal = topModal(NewInterviewModal);
    Object.assign(modal.values, { company: "Acme", day: "2026-02-30" });
    expect(modal.submit()).toBe('"2026-02-30" is not a day like 2026-11-18.');
    expect(isOpen(modal)).toBe(true);
  });
});
