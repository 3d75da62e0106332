// @vitest-environment happy-dom
/**
 * Every feature a user can reach is documented where they look: each command the plugin
 * registers is in the README's table of commands (and nothing else is), each section of the
 * settings tab is in the README and in docs/settings.md with every setting under it, each
 * property the settings can rename is in docs/notes.md.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import InterviewFollowUpPlugin from "../../src/main";
import { NOTE_KEYS } from "../../src/core/settings";
import { createApp, DEFAULT_MANIFEST, loadPlugin, openSettingTab__, type App } from "../support/obsidian";
import { readPage } from "./markdown";

let app: App;
let plugin: InterviewFollowUpPlugin;

beforeAll(async () => {
  app = createApp();
  plugin = new InterviewFollowUpPlugin(app as never, DEFAULT_MANIFEST);
  await loadPlugin(plugin as never);
});

afterAll(() => plugin.unload());

/** The rows of the first column of a page's table under `## heading`. */
function tableNames(page: string, heading: string): string[] {
  const section = page.split(/^## /m).find((s) => s.startsWith(`${heading}\n`)) ?? "";
  return [...section.matchAll(/^\| ([^|]+?) \|/gm)].map((m) => m[1]).filter((name) => !/^(Command|Section|Setting)$/.test(name) && !/^-+$/.test(name));
}

/** The settings tab as the user sees it: each heading with the names of the rows under it. */
function settingsSections(): Map<string, string[]> {
  const tab = openSettingTab__(app.settingTabs__[0]);
  const sections = new Map<string, string[]>();
  let current: string[] = [];
  for (const item of Array.from(tab.containerEl.querySelectorAll(".setting-item"))) {
    const name = item.querySelector(".setting-item-name")?.textContent ?? "";
    if (item.classList.contains("setting-item-heading")) sections.set(name, (current = []));
    else current.push(name);
  }
  tab.hide();
  return sections;
}

describe("commands", () => {
  it("the README's table lists exactly the commands the plugin registers", () => {
    const registered = [...app.commands__.values()].map((c) => c.name).sort();
    expect(registered.length).toBeGreaterThan(10);
    expect(tableNames(readPage("README.md"), "Commands").sort()).toEqual(registered);
  });
});

describe("settings", () => {
  const readme = readPage("README.md");
  const settingsPage = readPage("docs/settings.md");
  const notesPage = readPage("docs/notes.md");

  it("the README's table has one row per section of the settings tab, in order", () => {
    expect(tableNames(readme, "Settings")).toEqual([...settingsSections().keys()]);
  });

  it("docs/settings.md explains every setting under its section's heading", () => {
    const sections = settingsSections();
    expect(sections.size).toBeGreaterThan(4);
    for (const [heading, rows] of sections) {
      const part = settingsPage.split(/^## /m).find((s) => s.startsWith(`${heading}\n`));
      expect(part, `## ${heading}`).toBeDefined();
      for (const row of rows) {
        if ((NOTE_KEYS as readonly string[]).includes(row)) expect(notesPage, row).toContain(`| \`${row}\` |`);
        else expect(part, `${heading} → ${row}`).toContain(row);
      }
    }
  });
});
