// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { defaultSettings, type FollowUpSettings } from "../../src/core/settings";
import { THANKS_SENTENCE } from "../../src/core/templates";
import { blockPadding, interviewAt, registerCommands } from "../../src/plugin/commands";
import type { FollowUpHost } from "../../src/plugin/host";
import { FollowUpIndex } from "../../src/plugin/index";
import { DayModal, LogFollowUpModal, NewInterviewModal, OutcomeModal, SnoozeModal, type SnoozeChoice } from "../../src/plugin/modals";
import { registerRowActions, rowActionsFor } from "../../src/plugin/row-actions";
import { getRowActionProvider } from "../../src/plugin/sidebar-view";
import {
  Modal,
  Plugin,
  TFile,
  clearNotices,
  createApp,
  isCommandAvailable,
  loadPlugin,
  notices,
  openInEditor,
  runCommand,
  setInputValue,
  MarkdownView,
  type SuggestModal,
  type App,
} from "../support/obsidian";

/** A plugin with the index on a fixed clock and only the commands registered. */
class TestHost extends Plugin {
  settings: FollowUpSettings = defaultSettings();
  index!: FollowUpIndex;
  clock: Date = new Date(2026, 10, 25, 10, 0);

  override onload(): void {
    this.index = new FollowUpIndex(this.app as never, () => this.settings, () => this.clock);
    this.addChild(this.index as never);
    registerCommands(this as unknown as FollowUpHost);
    registerRowActions(this as unknown as FollowUpHost);
  }
  async saveSettings(): Promise<void> {
    await Promise.resolve();
    this.index.rebuild();
  }
  async activateSidebar(): Promise<void> {
    await Promise.resolve();
  }
}

const ID = (cmd: string): string => `interview-followup:${cmd}`;

/** Lets pending promises and zero-delay timers run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => window.setTimeout(r, 0));
}

async function setup(files: Record<string, string>, options: { day?: [number, number, number]; settings?: (s: FollowUpSettings) => void } = {}) {
  const app = createApp({ files });
  const host = new TestHost(app);
  if (options.day) host.clock = new Date(options.day[0], options.day[1] - 1, options.day[2], 10, 0);
  options.settings?.(host.settings);
  await loadPlugin(host);
  app.workspace.setLayoutReady__();
  await host.index.whenReady();
  return { app, host, h: host as unknown as FollowUpHost };
}

function note(fm: string, body = "\n# Notes\n\nSome text.\n"): string {
  return `---\n${fm.trim()}\n---\n${body}`;
}

const ACME = note(`
type: interview
company: Acme
role: Analyst
interviewer: Dana Reyes
interviewer_email: dana@acme.example
highlight: the forecasting dashboard
interview_date: 2026-11-18
`);

function read(app: App, path: string): string {
  return app.vault.readSync__(app.vault.getFileByPath(path)!);
}

function frontmatterOf(app: App, path: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(read(app, path));
  return m ? (parse(m[1]) as Record<string, unknown>) : {};
}

function lastNotice(): string {
  return notices[notices.length - 1]?.message ?? "";
}

function isOpen(modal: unknown): boolean {
  return (Modal.open__ as unknown[]).includes(modal);
}

/** A suggester the plugin opened, with the stand-in's controls (`suggest__`, `choose__`). */
function suggester<T>(modal: unknown): SuggestModal<T> {
  return modal as SuggestModal<T>;
}

function topModal<T>(type: abstract new (...args: never[]) => T): T {
  const m = Modal.open__[Modal.open__.length - 1];
  expect(m).toBeInstanceOf(type);
  return m as T;
}

beforeEach(() => {
  clearNotices();
  for (const m of [...Modal.open__]) m.close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("registration", () => {
  it("registers every command with a stable id, a sentence-case name without the plugin's name, and no hotkeys", async () => {
    const { app } = await setup({});
    const ids = [...app.commands__.keys()].sort();
    expect(ids).toEqual(
      [
        "call-interviewer",
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

  it("gives the sidebar its row actions, and takes them back on unload", async () => {
    const { host } = await setup({});
    expect(getRowActionProvider()).not.toBeNull();
    host.unload();
    expect(getRowActionProvider()).toBeNull();
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
    expect(lastNotice()).toMatch(/^Follow-up email inserted\. Send a follow-up email by Wed, Dec 2: .*\(R4c\) Log as sent$/);
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

  it("'Log as sent' after a voicemail logs a voicemail attempt today", async () => {
    const { app, host } = await setup(
      { "Interviews/Acme.md": note("type: interview\ninterview_date: 2026-11-18\nthank_you_sent: true\ninterviewer_email: a@b.c") },
      { day: [2026, 11, 26] },
    );
    expect(host.index.get("Interviews/Acme.md")?.attempt).toBe(1);
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("insert-voicemail"));
    await settle();
    notices[notices.length - 1].notice.messageEl.querySelector("button")!.click();
    await settle();
    expect(frontmatterOf(app, "Interviews/Acme.md").follow_ups).toEqual(["2026-11-26 voicemail"]);
    const s = host.index.get("Interviews/Acme.md")!;
    expect(s.rule).toBe("R6b");
    expect(s.attempt).toBe(2);
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

describe("logging into the frontmatter", () => {
  const THANKED = note(`
type: interview
company: Acme
interview_date: 2026-11-18
thank_you_sent: 2026-11-18
interviewer_email: dana@acme.example
`, "\nBody stays.\n---\nStill body.\n");

  it("mark-thank-you-sent writes today's day and the state leaves thank-you-due", async () => {
    const { app, host } = await setup({ "Interviews/Acme.md": ACME }, { day: [2026, 11, 19] });
    expect(host.index.get("Interviews/Acme.md")?.state).toBe("thank-you-due");
    await openInEditor(app, "Interviews/Acme.md");
    expect(runCommand(app, ID("mark-thank-you-sent"))).toBe(true);
    await settle();
    const text = read(app, "Interviews/Acme.md");
    expect(text).toContain("\nthank_you_sent: 2026-11-19\n");
    expect(text.endsWith("---\n\n# Notes\n\nSome text.\n")).toBe(true);
    const s = host.index.get("Interviews/Acme.md")!;
    expect(s.state).toBe("waiting");
    expect(s.thankYouPending).toBe(false);
  });

  it("log-follow-up: the form writes a text entry `date channel next day — note` and the attempt number goes up", async () => {
    const { app, host } = await setup({ "Interviews/Acme.md": THANKED }, { day: [2026, 12, 10] });
    const before = host.index.get("Interviews/Acme.md")!;
    expect(before.state).toBe("follow-up-overdue");
    expect(before.attempt).toBe(1);
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("log-follow-up"));
    const modal = topModal(LogFollowUpModal);
    const inputs = [...modal.contentEl.querySelectorAll("input")];
    const select = modal.contentEl.querySelector("select")!;
    expect(inputs[0].value).toBe("2026-12-10");
    expect(select.value).toBe("email");
    setInputValue(inputs[0], "2026-12-09");
    setInputValue(select, "linkedin");
    setInputValue(inputs[1], "2026-12-16");
    setInputValue(inputs[2], "Sent to Dana on LinkedIn");
    modal.contentEl.querySelector<HTMLButtonElement>("button.mod-cta")!.click();
    await settle();
    expect(isOpen(modal)).toBe(false);
    expect(frontmatterOf(app, "Interviews/Acme.md").follow_ups).toEqual(["2026-12-09 linkedin next 2026-12-16 — Sent to Dana on LinkedIn"]);
    expect(read(app, "Interviews/Acme.md").endsWith("---\n\nBody stays.\n---\nStill body.\n")).toBe(true);
    const after = host.index.get("Interviews/Acme.md")!;
    expect(after.attempt).toBe(2);
    expect(after.rule).toBe("R6a");
    expect(lastNotice()).toBe("Logged a follow-up on LinkedIn on Wed, Dec 9; check back Wed, Dec 16.");
  });

  it("log-follow-up refuses bad days in the form and keeps it open", async () => {
    const { app } = await setup({ "Interviews/Acme.md": THANKED }, { day: [2026, 12, 10] });
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("log-follow-up"));
    const modal = topModal(LogFollowUpModal);
    modal.values.date = "2026-12-11";
    expect(modal.submit()).toBe("The day can't be after today (Thu, Dec 10).");
    modal.values.date = "12/10/2026";
    expect(modal.submit()).toBe("Enter the day as YYYY-MM-DD.");
    modal.values.date = "2026-12-10";
    modal.values.next = "2026-12-10";
    expect(modal.submit()).toBe("The check-back day must be after the day of the contact.");
    expect(modal.contentEl.querySelector(".ifu-form-error")?.textContent).toBe("The check-back day must be after the day of the contact.");
    expect(isOpen(modal)).toBe(true);
    expect(app.vault.writes__).toEqual([]);
  });

  it("log-reply writes last_reply (today by default) and the window follows R7", async () => {
    const { app, host } = await setup(
      { "Interviews/Acme.md": THANKED.replace("interviewer_email", "follow_ups: [2026-11-25]\ninterviewer_email") },
      { day: [2026, 11, 30] },
    );
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("log-reply"));
    const modal = topModal(DayModal);
    expect(modal.values.day).toBe("2026-11-30");
    modal.values.day = "2026-12-01";
    expect(modal.submit()).toMatch(/after today/);
    modal.values.day = "2026-11-27";
    expect(modal.submit()).toBeNull();
    await settle();
    expect(frontmatterOf(app, "Interviews/Acme.md").last_reply).toBe("2026-11-27");
    const s = host.index.get("Interviews/Acme.md")!;
    expect(s.rule).toBe("R7");
    expect(s.opens).toBe("2026-12-04");
  });

  it("set-outcome writes the chosen outcome; rejected closes with the rejection reply", async () => {
    const { app, host } = await setup({ "Interviews/Acme.md": THANKED }, { day: [2026, 12, 10] });
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("set-outcome"));
    const modal = suggester<string>(topModal(OutcomeModal));
    const all = await modal.suggest__("");
    expect(all).toEqual(["pending", "offer", "accepted", "rejected", "withdrawn", "next-round"]);
    expect(await modal.suggest__("rej")).toEqual(["rejected"]);
    modal.choose__("rejected");
    await settle();
    expect(frontmatterOf(app, "Interviews/Acme.md").outcome).toBe("rejected");
    const s = host.index.get("Interviews/Acme.md")!;
    expect(s.state).toBe("closed");
    expect(s.template).toBe("rejection-reply");
  });

  it("snooze: 1 week writes snoozed_until and moves the window (R11); 'Pick a day' asks for one", async () => {
    const { app, host } = await setup({ "Interviews/Acme.md": THANKED }, { day: [2026, 12, 10] });
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("snooze"));
    let modal = suggester<SnoozeChoice>(topModal(SnoozeModal));
    const choices = await modal.suggest__("");
    expect(choices.map((c) => c.label)).toEqual(["1 day", "3 days", "1 week", "Pick a day…"]);
    expect(modal.resultContainerEl.textContent).toContain("Thu, Dec 17");
    modal.choose__(choices[2]);
    await settle();
    expect(frontmatterOf(app, "Interviews/Acme.md").snoozed_until).toBe("2026-12-17");
    let s = host.index.get("Interviews/Acme.md")!;
    expect(s.state).toBe("waiting");
    expect(s.opens).toBe("2026-12-17");
    expect(s.reason).toContain("R11");

    runCommand(app, ID("snooze"));
    modal = suggester<SnoozeChoice>(topModal(SnoozeModal));
    modal.choose__((await modal.suggest__("pick"))[0]);
    const day = topModal(DayModal);
    expect(day.values.day).toBe("2026-12-11");
    day.values.day = "2026-12-10";
    expect(day.submit()).toBe("Pick a day after today.");
    day.values.day = "2027-01-04";
    expect(day.submit()).toBeNull();
    await settle();
    expect(frontmatterOf(app, "Interviews/Acme.md").snoozed_until).toBe("2027-01-04");
    s = host.index.get("Interviews/Acme.md")!;
    expect(s.opens).toBe("2027-01-04");
  });

  it("refuses a malformed follow_ups, names the key, and writes nothing", async () => {
    const text = note("type: interview\ninterview_date: 2026-11-18\nfollow_ups: yes\nthank_you_sent: true");
    const { app } = await setup({ "Interviews/Acme.md": text }, { day: [2026, 12, 10] });
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("log-follow-up"));
    topModal(LogFollowUpModal).submit();
    await settle();
    expect(lastNotice()).toBe('Not logged: follow_ups is "yes"; fix it to a list first.');
    expect(read(app, "Interviews/Acme.md")).toBe(text);
    expect(app.vault.writes__.filter((w) => w.op === "modify")).toEqual([]);
  });

  it("a note whose YAML cannot be read gets a notice and no write", async () => {
    const text = "---\ntype: interview\ninterview_date: [2026-11-18\n---\nBody\n";
    const { app, host } = await setup({ "Interviews/Broken.md": text });
    expect(host.index.get("Interviews/Broken.md")?.state).toBe("invalid");
    await openInEditor(app, "Interviews/Broken.md");
    runCommand(app, ID("mark-thank-you-sent"));
    await settle();
    expect(lastNotice()).toMatch(/^Not logged: the properties of "Broken" could not be read \(Flow sequence in block collection [^\n]*\)\. Nothing was changed\.$/);
    expect(read(app, "Interviews/Broken.md")).toBe(text);
    expect(app.vault.writes__).toEqual([]);
  });

  it("writes under the user's mapped key names", async () => {
    const { app } = await setup(
      { "Interviews/Acme.md": note("type: interview\ndate: 2026-11-18\nsent_thanks: false") },
      { day: [2026, 11, 19], settings: (s) => Object.assign(s.keys, { interview_date: "date", thank_you_sent: "sent_thanks" }) },
    );
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("mark-thank-you-sent"));
    await settle();
    const fm = frontmatterOf(app, "Interviews/Acme.md");
    expect(fm).toEqual({ type: "interview", date: "2026-11-18", sent_thanks: "2026-11-19" });
  });
});

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

describe("email app and phone", () => {
  it("opens the next email as a mailto: link with subject and body", async () => {
    const open = vi.spyOn(window, "open").mockImplementation(() => null);
    const { app } = await setup({ "Interviews/Acme.md": ACME }, { day: [2026, 11, 19] });
    await openInEditor(app, "Interviews/Acme.md");
    runCommand(app, ID("open-in-email-app"));
    await settle();
    expect(open).toHaveBeenCalledTimes(1);
    const url = String(open.mock.calls[0][0]);
    expect(url.startsWith("mailto:dana@acme.example?subject=Thank%20you%20%E2%80%94%20Analyst%20interview&body=Dear%20Dana%2C%0A%0A")).toBe(true);
    const body = decodeURIComponent(url.slice(url.indexOf("&body=") + 6));
    expect(body).not.toContain(">");
    expect(body).not.toContain("[!note]");
    expect(body.startsWith("Dear Dana,\n\nThank you for meeting with me on Wednesday, November 18")).toBe(true);
    expect(lastNotice()).toBe("Thank-you email opened in your email app. Log as sent");
  });

  it("calls with a tel: link of digits", async () => {
    const open = vi.spyOn(window, "open").mockImplementation(() => null);
    const { app } = await setup({ "Interviews/Phone.md": note("type: interview\ninterview_date: 2026-11-18\ninterviewer_phone: +1 (555) 010-0100") });
    await openInEditor(app, "Interviews/Phone.md");
    runCommand(app, ID("call-interviewer"));
    expect(open).toHaveBeenCalledWith("tel:+15550100100");
  });

  it("opens nothing when no email is due", async () => {
    const open = vi.spyOn(window, "open").mockImplementation(() => null);
    const { app } = await setup({ "Interviews/Soon.md": note("type: interview\ninterview_date: 2026-12-01") });
    await openInEditor(app, "Interviews/Soon.md");
    runCommand(app, ID("open-in-email-app"));
    await settle();
    expect(open).not.toHaveBeenCalled();
    expect(lastNotice()).toMatch(/^No email is due for this note\. Interview on .*\(R2\)$/);
  });
});

describe("sidebar row actions", () => {
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
