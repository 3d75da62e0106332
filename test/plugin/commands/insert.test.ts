// @vitest-environment happy-dom
/** Inserting a message (commands/insert.ts) through the Editor API, then the offer to log it. */
import { describe, expect, it, vi } from "vitest";
import { THANKS_SENTENCE } from "../../../src/core/templates";
import { blockPadding } from "../../../src/plugin/commands/insert";
import { LogFollowUpModal } from "../../../src/plugin/commands/modals";
import { rowActionsFor } from "../../../src/plugin/commands/row-actions";
import { notices, clearNotices, openInEditor, runCommand, setInputValue, MarkdownView, type App } from "../../support/obsidian";
import { ACME, clickNewestNotice, frontmatterOf, ID, lastNotice, note, read, resetBetweenTests, settle, setup, topModal } from "./helpers";

resetBetweenTests();

describe("inserting a message", () => {
  async function openAt(app: App, path: string, place: (view: MarkdownView) => void): Promise<MarkdownView> {
    const view = await openInEditor(app, path);
    place(view);
    return view;
  }

  it("inserts at the cursor as one undo step, on its own lines, mid-line text kept apart", async () => {
    const { app } = await setup({ "Interviews/Acme.md": ACME });
    const original = read(app, "Interviews/Acme.md");
    const view = await openAt(app, "Interviews/Acme.md", (v) => {
      const line = v.editor.getValue().split("\n").indexOf("Some text.");
      v.editor.setCursor({ line, ch: 4 }); // "Some| text."
    });
    const historyBefore = view.editor.history__.length;
    expect(runCommand(app, ID("insert-thank-you"))).toBe(true);
    await settle();
    const text = view.editor.getValue();
    expect(view.editor.history__.length).toBe(historyBefore + 1);
    expect(text).toContain("Some\n\n> [!note] Thank-you email — Wed, Nov 25, 2026\n> Subject: Thank you — Analyst interview\n>\n> Dear Dana,\n");
    expect(text).toContain("the forecasting dashboard");
    expect(text).toMatch(/> \[your name\]\n\n text\.\n$/);
    // The editor saves as Obsidian's does, a moment later; then the file holds what it holds.
    expect(view.savePending__).toBe(true);
    expect(read(app, "Interviews/Acme.md")).toBe(original);
    await app.workspace.saveAll__();
    expect(read(app, "Interviews/Acme.md")).toBe(text);
    // Undo brings back every byte.
    view.editor.undo();
    expect(view.editor.getValue()).toBe(original);
  });

  it("replaces a selection", async () => {
    const { app } = await setup({ "Interviews/Acme.md": note("type: interview\ninterview_date: 2026-11-18", "\nREPLACE ME\n") });
    const view = await openInEditor(app, "Interviews/Acme.md");
    const line = view.editor.getValue().split("\n").indexOf("REPLACE ME");
    view.editor.setSelection({ line, ch: 0 }, { line, ch: 10 });
    runCommand(app, ID("insert-voicemail"));
    await settle();
    const text = view.editor.getValue();
    expect(text).not.toContain("REPLACE ME");
    expect(text).toMatch(/---\n\n> \[!note\] Voicemail — Wed, Nov 25, 2026\n> "Hi \[interviewer's name\]/);
    expect(text.endsWith("> Reminder: if they don't call back, send a short email between Fri, Nov 27 and Mon, Nov 30 (follow-up 2, R6b).\n\n")).toBe(true);
    expect(view.editor.history__.length).toBe(1);
  });

  it("never splits the frontmatter: a cursor or selection inside it inserts right after the properties", async () => {
    const { app, host } = await setup({ "Interviews/Acme.md": ACME, "Interviews/Bare.md": "---\ntype: interview\ninterview_date: 2026-11-18\n---" });
    let view = await openInEditor(app, "Interviews/Acme.md");
    view.editor.setSelection({ line: 0, ch: 0 }, { line: 2, ch: 3 });
    runCommand(app, ID("insert-phone-script"));
    await settle();
    const fmText = ACME.slice(0, ACME.indexOf("\n---\n") + 5);
    expect(view.editor.getValue()).toMatch(/^---\ntype: interview\n[\s\S]*\n---\n\n> \[!note\] Phone script — Wed, Nov 25, 2026\n[\s\S]*> - Don't call again before the day you agreed\.\n\n# Notes\n\nSome text\.\n$/);
    expect(view.editor.getValue().startsWith(fmText)).toBe(true);
    expect(view.editor.history__).toHaveLength(1);
    expect(host.index.get("Interviews/Acme.md")?.company).toBe("Acme");

    view = await openInEditor(app, "Interviews/Bare.md");
    runCommand(app, ID("insert-voicemail"));
    await settle();
    expect(view.editor.getValue()).toMatch(/^---\ntype: interview\ninterview_date: 2026-11-18\n---\n\n> \[!note\] Voicemail — Wed, Nov 25, 2026\n[\s\S]*\(follow-up 2, R6b\)\.\n$/);
  });

  it("at the start of an empty line after text, leaves one blank line before the callout", () => {
    expect(blockPadding("", "", "Paragraph")).toEqual({ prefix: "\n", suffix: "" });
    expect(blockPadding("", "", "")).toEqual({ prefix: "", suffix: "" });
    expect(blockPadding("", "", null)).toEqual({ prefix: "", suffix: "" });
    expect(blockPadding("abc", "", null)).toEqual({ prefix: "\n\n", suffix: "" });
    expect(blockPadding("  ", "", null)).toEqual({ prefix: "\n", suffix: "" });
    expect(blockPadding("", "next", "x")).toEqual({ prefix: "\n", suffix: "\n" });
  });

  it("Insert follow-up email picks follow-up-1 or -2 by the note's state", async () => {
    const { app } = await setup(
      {
        "Interviews/First.md": note("type: interview\ninterview_date: 2026-11-18\nthank_you_sent: 2026-11-18\nrole: Analyst"),
        "Interviews/Second.md": note(
          "type: interview\ninterview_date: 2026-11-18\nthank_you_sent: 2026-11-18\nrole: Analyst\nfollow_ups:\n  - {date: 2026-11-25, channel: email}",
        ),
      },
      { day: [2026, 12, 3] },
    );
    let view = await openInEditor(app, "Interviews/First.md");
    runCommand(app, ID("insert-follow-up-email"));
    await settle();
    expect(view.editor.getValue()).toContain("> [!note] Follow-up 1 — a new email — Thu, Dec 3, 2026\n> Subject: [your name] — Analyst — interview follow-up");
    expect(view.editor.getValue()).not.toContain(THANKS_SENTENCE);
    view = await openInEditor(app, "Interviews/Second.md");
    runCommand(app, ID("insert-follow-up-email"));
    await settle();
    expect(view.editor.getValue()).toContain("> [!note] Follow-up 2 — a new email — Thu, Dec 3, 2026\n> Subject: [your name] — Analyst — checking in");
  });

  it("Insert next message inserts what the status calls for and says why", async () => {
    const { app, host } = await setup({ "Interviews/Acme.md": ACME }, { day: [2026, 11, 25] });
    expect(host.index.get("Interviews/Acme.md")?.template).toBe("follow-up-1");
    const view = await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("insert-next-message"));
    await settle();
    expect(view.editor.getValue()).toContain("> [!note] Follow-up 1 — a new email — Wed, Nov 25, 2026");
    expect(view.editor.getValue()).toContain(THANKS_SENTENCE);
    // Named as the callout names it ("Follow-up 1"), like every other surface; the reason follows.
    expect(lastNotice()).toMatch(/^Follow-up 1 inserted\. Send a follow-up email by Wed, Dec 2: .*\(R4c\) Log as sent$/);
  });

  it("Insert next message inserts nothing and explains when nothing is due (upcoming, closed)", async () => {
    const { app } = await setup(
      {
        "Interviews/Soon.md": note("type: interview\ninterview_date: 2026-12-01"),
        "Interviews/Offer.md": note("type: interview\ninterview_date: 2026-11-01\noutcome: offer"),
        "Interviews/No.md": note("type: interview\ninterview_date: 2026-11-01\noutcome: rejected"),
      },
      { day: [2026, 11, 25] },
    );
    for (const path of ["Interviews/Soon.md", "Interviews/Offer.md"]) {
      const view = await openInEditor(app, path);
      const before = view.editor.getValue();
      clearNotices();
      expect(runCommand(app, ID("insert-next-message"))).toBe(true);
      await settle();
      expect(view.editor.getValue()).toBe(before);
      expect(view.editor.history__).toHaveLength(0);
      expect(lastNotice()).toMatch(/^Nothing to send now\. (Interview on|Closed).*\((R2|R1)\)$/);
    }
    const view = await openInEditor(app, "Interviews/No.md");
    runCommand(app, ID("insert-next-message"));
    await settle();
    expect(view.editor.getValue()).toContain("> [!note] Reply to a rejection — a reply in their thread — Wed, Nov 25, 2026");
  });

  it("after inserting, 'Log as sent' logs it in one click and the status moves on", async () => {
    const { app, host } = await setup({ "Interviews/Acme.md": ACME }, { day: [2026, 11, 19] });
    expect(host.index.get("Interviews/Acme.md")?.state).toBe("thank-you-due");
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("insert-thank-you"));
    await settle();
    const record = notices[notices.length - 1];
    expect(record.message).toBe("Thank-you email inserted. Log as sent");
    const button = record.notice.messageEl.querySelector("button")!;
    expect(button.textContent).toBe("Log as sent");
    button.click();
    await settle();
    expect(frontmatterOf(app, "Interviews/Acme.md").thank_you_sent).toBe("2026-11-19");
    expect(host.index.get("Interviews/Acme.md")?.state).toBe("waiting");
    expect(lastNotice()).toBe("Thank-you marked as sent on Thu, Nov 19.");
  });

  it("after a voicemail script, 'Log the call…' offers the voicemail first (the call may go another way) and logs it today", async () => {
    const { app, host } = await setup(
      { "Interviews/Acme.md": note("type: interview\ninterview_date: 2026-11-18\nthank_you_sent: true\ninterviewer_email: a@b.c") },
      { day: [2026, 11, 26] },
    );
    expect(host.index.get("Interviews/Acme.md")?.attempt).toBe(1);
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("insert-voicemail"));
    await settle();
    const record = notices[notices.length - 1];
    expect(record.message).toBe("Voicemail inserted. Log the call…");
    await clickNewestNotice();
    expect(frontmatterOf(app, "Interviews/Acme.md").follow_ups).toBeUndefined();
    const modal = topModal(LogFollowUpModal);
    expect(modal.titleEl.textContent).toBe("Log the call");
    expect(modal.contentEl.querySelector("select")!.value).toBe("voicemail");
    modal.contentEl.querySelector<HTMLButtonElement>("button.mod-cta")!.click();
    await settle();
    expect(frontmatterOf(app, "Interviews/Acme.md").follow_ups).toEqual(["2026-11-26 voicemail"]);
    const s = host.index.get("Interviews/Acme.md")!;
    expect(s.rule).toBe("R6b");
    expect(s.attempt).toBe(2);
  });

  it("names a follow-up by its number on every path: the command, Insert next message, the email app, the sidebar", async () => {
    vi.spyOn(window, "open").mockImplementation(() => null);
    const second = note("type: interview\ninterview_date: 2026-11-18\nthank_you_sent: 2026-11-18\ninterviewer_email: a@b.c\nfollow_ups:\n  - 2026-11-25 email");
    const { app, host, h } = await setup({ "Interviews/Acme.md": second }, { day: [2026, 12, 3] });
    const status = host.index.get("Interviews/Acme.md")!;
    expect(status.template).toBe("follow-up-2");
    await openInEditor(app, "Interviews/Acme.md");
    const said: string[] = [];
    for (const run of [
      () => runCommand(app, ID("insert-follow-up-email")),
      () => runCommand(app, ID("insert-next-message")),
      () => runCommand(app, ID("open-in-email-app")),
      () => void rowActionsFor(h, status).find((a) => a.id === "insert")!.run(),
    ]) {
      clearNotices();
      run();
      await settle();
      said.push(lastNotice());
    }
    expect(said).toEqual([
      "Follow-up 2 inserted. Log as sent",
      expect.stringMatching(/^Follow-up 2 inserted\. Send .*\(R6c\) Log as sent$/),
      "Follow-up 2 opened in your email app. Log as sent",
      "Follow-up 2 inserted. Log as sent",
    ]);
  });

  it("the sidebar's Insert offers 'Log as sent' too, and it logs", async () => {
    const { app, host, h } = await setup({ "Interviews/Acme.md": ACME }, { day: [2026, 11, 19] });
    await rowActionsFor(h, host.index.get("Interviews/Acme.md")!).find((a) => a.id === "insert")!.run();
    await settle();
    const record = notices[notices.length - 1];
    expect(record.message).toBe("Thank-you email inserted. Log as sent");
    await clickNewestNotice();
    await app.workspace.saveAll__();
    expect(frontmatterOf(app, "Interviews/Acme.md").thank_you_sent).toBe("2026-11-19");
    expect(read(app, "Interviews/Acme.md")).toContain("> [!note] Thank-you email");
  });

  it("a phone script is not a call made: its button opens 'Log the call' to say how it went, and logs nothing by itself", async () => {
    const { app, host } = await setup(
      { "Interviews/Phone.md": note("type: interview\ninterview_date: 2026-11-18\nthank_you_sent: true\ninterviewer_phone: 555 010 0100") },
      { day: [2026, 11, 25] },
    );
    await openInEditor(app, "Interviews/Phone.md");
    runCommand(app, ID("insert-phone-script"));
    await settle();
    const record = notices[notices.length - 1];
    expect(record.message).toBe("Phone script inserted. Log the call…");
    await clickNewestNotice();
    expect(app.vault.writes__.filter((w) => w.op === "modify")).toEqual([]);
    const modal = topModal(LogFollowUpModal);
    expect(modal.titleEl.textContent).toBe("Log the call");
    const select = modal.contentEl.querySelector("select")!;
    expect([...select.options].map((o) => o.value)).toEqual(["phone", "voicemail", "message"]);
    expect(select.value).toBe("phone");
    setInputValue(select, "voicemail");
    modal.contentEl.querySelector<HTMLButtonElement>("button.mod-cta")!.click();
    await settle();
    expect(frontmatterOf(app, "Interviews/Phone.md").follow_ups).toEqual(["2026-11-25 voicemail"]);
    expect(host.index.get("Interviews/Phone.md")?.rule).toBe("R6b");
  });

  it("an email opened in the email app is logged as an email, even when the note prefers LinkedIn", async () => {
    vi.spyOn(window, "open").mockImplementation(() => null);
    const linkedIn = note("type: interview\ninterview_date: 2026-11-18\nthank_you_sent: true\npreferred_channel: linkedin\ninterviewer_email: a@b.c");
    const { app, host } = await setup({ "Interviews/Acme.md": linkedIn, "Interviews/Other.md": linkedIn }, { day: [2026, 11, 25] });
    expect(host.index.get("Interviews/Acme.md")?.channel).toBe("linkedin");
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("open-in-email-app"));
    await settle();
    await clickNewestNotice();
    expect(frontmatterOf(app, "Interviews/Acme.md").follow_ups).toEqual(["2026-11-25 email"]);
    // Inserted into the note, the callout says "a LinkedIn message": that is what it logs.
    await openInEditor(app, "Interviews/Other.md");
    runCommand(app, ID("insert-follow-up-email"));
    await settle();
    await clickNewestNotice();
    expect(frontmatterOf(app, "Interviews/Other.md").follow_ups).toEqual(["2026-11-25 linkedin"]);
  });

  it("a follow-up inserted while the status names no channel (the thank-you is due) logs the note's preferred one, as its callout says", async () => {
    const text = note("type: interview\ninterview_date: 2026-11-18\npreferred_channel: linkedin\ninterviewer_email: a@b.c");
    const { app, host } = await setup({ "Interviews/Acme.md": text }, { day: [2026, 11, 19] });
    expect(host.index.get("Interviews/Acme.md")?.channel).toBeNull();
    const view = await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("insert-follow-up-email"));
    await settle();
    expect(view.editor.getValue()).toContain("a LinkedIn message");
    await clickNewestNotice();
    expect(frontmatterOf(app, "Interviews/Acme.md").follow_ups).toEqual(["2026-11-19 linkedin"]);
  });

  it("uses the user's own template from the templates folder and names unknown placeholders", async () => {
    const { app, host } = await setup(
      {
        "Interviews/Acme.md": ACME,
        "Templates/follow-up-1.md": "---\ntags: [template]\n---\nSubject: Hi from {{company}}\n\nHello {{interviewer}}, {{salary}}.\n",
      },
      { settings: (s) => (s.templatesFolder = "Templates") },
    );
    expect(host.index.get("Templates/follow-up-1.md")).toBeUndefined();
    const view = await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("insert-follow-up-email"));
    await settle();
    expect(view.editor.getValue()).toContain("> [!note] Follow-up 1 — a new email — Wed, Nov 25, 2026\n> Subject: Hi from Acme\n>\n> Hello Dana Reyes, {{salary}}.\n");
    expect(notices.map((n) => n.message)).toContain('Your template "follow-up-1" uses unknown placeholders, left as written: {{salary}}.');
  });
});
