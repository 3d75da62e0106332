// @vitest-environment happy-dom
/**
 * The whole plugin (src/main.ts) writes every day a person reads in one locale: Obsidian's
 * language (`moment.locale()`, the stand-in's `setLanguage__`) with the system's region
 * (`navigator.language`). Checked on each surface — the sidebar, the reading-view badge, the
 * `followup` block, notices, the calendar's descriptions, the Bases view and the day inside a
 * message — for en-US, en-GB, German, and German words on a US system. Properties and the
 * calendar's dates stay `YYYY-MM-DD`.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import InterviewFollowUpPlugin from "../../src/main";
import { BASES_VIEW_TYPE } from "../../src/plugin/views/bases-view";
import { SIDEBAR_VIEW_TYPE } from "../../src/plugin/host";
import { aNote } from "../support/note-builder";
import {
  clearNotices,
  createApp,
  DEFAULT_MANIFEST,
  loadPlugin,
  notices,
  openBase__,
  openInEditor,
  renderCodeBlock,
  resetLanguage__,
  runCommand,
  runPostProcessors,
  setLanguage__,
  type App,
} from "../support/obsidian";
import { note } from "./test-host";

const ID = DEFAULT_MANIFEST.id;

/** Wed 25 Nov 2026: Acme's first follow-up is due by Wed 2 Dec; Globex's interview was on Tue 24 Nov. */
const FILES = {
  "Interviews/Acme.md": note(aNote().set("company", "Acme").set("role", "Analyst").interviewedOn("2026-11-18").thanked().build()),
  "Interviews/Globex.md": note(aNote().set("company", "Globex").set("role", "Designer").interviewedOn("2026-11-24").build()),
};

interface Case {
  name: string;
  language: string;
  system: string;
  locale: string;
  /** Today, in the sidebar's heading. */
  today: string;
  /** The 2 Dec of Acme's headline. */
  dec2: string;
  /** The 18 Nov of Acme's reason. */
  nov18: string;
  /** The 25 Nov of a notice. */
  nov25: string;
  /** The interview day in a message, written out. */
  long24: string;
}

const CASES: Case[] = [
  { name: "en-US", language: "en", system: "en-US", locale: "en-US", today: "Wed, Nov 25", dec2: "Wed, Dec 2", nov18: "Wed, Nov 18", nov25: "Wed, Nov 25", long24: "Tuesday, November 24" },
  { name: "en-GB", language: "en", system: "en-GB", locale: "en-GB", today: "Wed 25 Nov", dec2: "Wed 2 Dec", nov18: "Wed 18 Nov", nov25: "Wed 25 Nov", long24: "Tuesday 24 November" },
  { name: "de", language: "de", system: "de-DE", locale: "de-DE", today: "Mi., 25. Nov.", dec2: "Mi., 2. Dez.", nov18: "Mi., 18. Nov.", nov25: "Mi., 25. Nov.", long24: "Dienstag, 24. November" },
  { name: "German words on a US system", language: "de", system: "en-US", locale: "de-US", today: "Mi., 25. Nov.", dec2: "Mi., 2. Dez.", nov18: "Mi., 18. Nov.", nov25: "Mi., 25. Nov.", long24: "Dienstag, 24. November" },
];

afterEach(() => {
  resetLanguage__();
  clearNotices();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function start(c: Case): Promise<{ app: App; plugin: InterviewFollowUpPlugin }> {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(2026, 10, 25, 9, 0));
  setLanguage__(c.language);
  vi.spyOn(navigator, "language", "get").mockReturnValue(c.system);
  const app = createApp({ files: FILES });
  const plugin = new InterviewFollowUpPlugin(app as never, DEFAULT_MANIFEST);
  await loadPlugin(plugin as never);
  app.workspace.setLayoutReady__();
  await plugin.index.whenReady();
  return { app, plugin };
}

const text = (el: Element | null | undefined): string => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

describe.each(CASES)("$name", (c) => {
  it("the index words its reasons in the locale", async () => {
    const { plugin } = await start(c);
    expect(plugin.index.dayFormat.locale).toBe(c.locale);
    const acme = plugin.index.get("Interviews/Acme.md")!;
    expect(acme.reason).toContain(`by ${c.dec2}:`);
    expect(acme.reason).toContain(`interview on ${c.nov18},`);
    expect(acme.dueBy).toBe("2026-12-02");
  });

  it("the sidebar: today's heading, the headlines, the window", async () => {
    const { app, plugin } = await start(c);
    await plugin.activateSidebar();
    const view = app.workspace.getLeavesOfType(SIDEBAR_VIEW_TYPE)[0].view as unknown as { contentEl: HTMLElement; refresh(): void };
    view.refresh();
    expect(text(view.contentEl.querySelector(".ifu-today > span"))).toBe(`Today, ${c.today}`);
    const row = view.contentEl.querySelector('.ifu-row[data-path="Interviews/Acme.md"]');
    expect(text(row?.querySelector(".ifu-row-when"))).toBe(`due by ${c.dec2}`);
    (row?.querySelector(".ifu-disclosure") as HTMLElement).click();
    expect(text(row?.querySelector(".ifu-window"))).toBe(`Window: ${c.nov25} – ${c.dec2}`);
  });

  it("the badge in reading view and the followup block", async () => {
    const { app } = await start(c);
    const el = document.body.createDiv();
    el.createDiv({ text: "Notes." });
    await runPostProcessors(app, el, { sourcePath: "Interviews/Acme.md" });
    expect(text(el.querySelector(".ifu-badge-text"))).toBe(`Email follow-up due by ${c.dec2}`);
    const block = await renderCodeBlock(app, "followup", "show: due");
    expect(text(block.el)).toContain(`Acme — Analyst — Email follow-up due by ${c.dec2}`);
  });

  it("notices name the day the same way; the property keeps YYYY-MM-DD", async () => {
    const { app } = await start(c);
    await openInEditor(app, "Interviews/Globex.md");
    expect(runCommand(app, `${ID}:mark-thank-you-sent`)).toBe(true);
    await vi.waitFor(() => expect(notices.map((n) => n.message)).toContain(`Thank-you marked as sent on ${c.nov25}${c.nov25.endsWith(".") ? "" : "."}`));
    const file = app.vault.getFileByPath("Interviews/Globex.md")!;
    expect(app.vault.readSync__(file)).toContain("thank_you_sent: 2026-11-25");
  });

  it("the calendar: dates as VALUE=DATE, descriptions in the locale", async () => {
    const { app } = await start(c);
    expect(runCommand(app, `${ID}:export-calendar`)).toBe(true);
    await vi.waitFor(() => expect(app.vault.getFileByPath("Interview follow-ups.ics")).not.toBeNull());
    const ics = app.vault
      .readSync__(app.vault.getFileByPath("Interview follow-ups.ics")!)
      .replace(/\r\n[ \t]/g, "")
      .replace(/\\([,;\\])/g, "$1");
    expect(ics).toContain("DTSTART;VALUE=DATE:20261125");
    expect(ics).toContain(`Email follow-up: between ${c.nov25} and ${c.dec2}${c.dec2.endsWith(".") ? "" : "."}\\n`);
  });

  it("the Bases view", async () => {
    const { app } = await start(c);
    const base = openBase__(app, { type: BASES_VIEW_TYPE, files: Object.keys(FILES) });
    try {
      const row = base.containerEl.querySelector('.ifu-bases-row[data-path="Interviews/Acme.md"]');
      expect(text(row?.querySelector(".ifu-bases-when"))).toBe(`due by ${c.dec2}`);
    } finally {
      base.close__();
    }
  });

  it("the day inside a message, and its callout's date", async () => {
    const { app } = await start(c);
    const view = await openInEditor(app, "Interviews/Globex.md");
    expect(runCommand(app, `${ID}:insert-thank-you`)).toBe(true);
    await vi.waitFor(() => expect(view.editor.getValue()).toContain("[!note] Thank-you email"));
    const value = view.editor.getValue();
    expect(value).toContain(`on ${c.long24}`);
    expect(value.split("\n").find((l) => l.startsWith("> [!note]"))).toMatch(/2026$/);
  });
});
