// @vitest-environment happy-dom
/**
 * The example vault (examples/vault) on Wed 25 Nov 2026, as a user reads it, each whole output
 * compared with its reviewed copy: the CLI's text agenda, its JSON, and the sidebar's text (the
 * plugin's index over the stand-in app, rendered with happy-dom, every row opened). One state
 * reads the same everywhere, so the three files tell the same story in the same words.
 * The approved files are pinned to the en-GB locale ("Wed 25 Nov"), whatever the machine's; the
 * text agenda has an en-US twin ("Wed, Nov 25"), the format the README shows.
 * See approvals.ts for how a change is approved.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { buildAgenda } from "../../src/core/agenda";
import { renderAgenda } from "../../src/plugin/render/sidebar";
import { run } from "../cli/helpers";
import { startHost } from "../plugin/test-host";
import { installDomHelpers } from "../support/dom";
import { verifyApproved } from "./approvals";

const VAULT = join(dirname(fileURLToPath(import.meta.url)), "../../examples/vault");
const TODAY = "2026-11-25";

beforeAll(() => installDomHelpers(window));
afterEach(() => {
  vi.restoreAllMocks();
});

/** Every Markdown file of the vault, by vault path. */
function vaultFiles(dir = VAULT): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) Object.assign(files, vaultFiles(abs));
    else if (name.endsWith(".md")) files[relative(VAULT, abs).split(sep).join("/")] = readFileSync(abs, "utf8");
  }
  return files;
}

/** The sidebar as text: the heading, then each group and each row's title, headline and details, one line each. */
function sidebarText(root: HTMLElement): string {
  const text = (el: Element | null | undefined): string => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
  const lines = [[...root.querySelectorAll(".ifu-today > span")].map(text).join(" · ")];
  for (const group of root.querySelectorAll("details.ifu-group")) {
    lines.push("", `${text(group.querySelector(".ifu-group-name"))} (${text(group.querySelector(".ifu-group-count"))})`);
    for (const row of group.querySelectorAll(".ifu-row")) {
      lines.push(`  ${text(row.querySelector(".ifu-row-title"))}`, `    ${text(row.querySelector(".ifu-row-meta"))}`);
      for (const problem of row.querySelectorAll(".ifu-row-body .ifu-problem")) lines.push(`    ! ${text(problem)}`);
      for (const part of row.querySelector(".ifu-row-details")?.children ?? []) {
        if (part.matches(".ifu-problems")) for (const problem of part.children) lines.push(`    ! ${text(problem)}`);
        else lines.push(`    ${text(part)}`);
      }
    }
  }
  return `${lines.join("\n")}\n`;
}

describe("approved outputs of the example vault on 2026-11-25", () => {
  it("the CLI's text agenda (npm start, with --all)", async () => {
    const r = await run(["agenda", VAULT, "--today", TODAY, "--all", "--locale", "en-GB"]);
    expect(r.code).toBe(0);
    verifyApproved("example-vault.agenda.txt", r.stdout);
  });

  it("the CLI's text agenda in en-US, as a US system's LANG asks (npm start, with --all)", async () => {
    const r = await run(["agenda", VAULT, "--today", TODAY, "--all"], { env: { LANG: "en_US.UTF-8" } });
    expect(r.code).toBe(0);
    verifyApproved("example-vault.agenda.en-US.txt", r.stdout);
  });

  it("the CLI's JSON", async () => {
    const r = await run(["agenda", VAULT, "--today", TODAY, "--json", "--locale", "en-GB"]);
    expect(r.code).toBe(0);
    verifyApproved("example-vault.agenda.json", r.stdout);
  });

  it("the sidebar's text, every row opened", async () => {
    // Obsidian in English on a British system.
    vi.spyOn(navigator, "language", "get").mockReturnValue("en-GB");
    const { plugin } = await startHost(vaultFiles());
    expect(plugin.index.dayFormat.locale).toBe("en-GB");
    const statuses = plugin.index.statuses();
    const el = document.body.createDiv();
    renderAgenda(el, buildAgenda(statuses), {
      today: TODAY,
      days: plugin.index.dayFormat,
      onOpen: () => undefined,
      expanded: new Set(statuses.map((s) => s.path)),
      collapsed: new Set(),
    });
    verifyApproved("example-vault.sidebar.txt", sidebarText(el));
  });

  it("the plugin (metadata cache) and the CLI (YAML on disk) give every note the same status", async () => {
    // Both in en-US: the stand-in's app in English on happy-dom's "en-US", the CLI with no locale set.
    const { plugin } = await startHost(vaultFiles());
    expect(plugin.index.dayFormat.locale).toBe("en-US");
    const cli = JSON.parse((await run(["agenda", VAULT, "--today", TODAY, "--json"])).stdout) as { notes: Record<string, unknown>[] };
    const byPath = new Map(cli.notes.map((n) => [n.path, n]));
    const statuses = plugin.index.statuses();
    expect(statuses.map((s) => s.path).sort()).toEqual([...byPath.keys()].sort());
    for (const s of statuses) expect({ ...s, alternatives: [...s.alternatives] }, s.path).toEqual(byPath.get(s.path));
  });

  it("the vault shows both forms of follow_ups: text entries and mappings", () => {
    const all = Object.values(vaultFiles()).join("\n");
    expect(all).toMatch(/^ {2}- 2026-\d\d-\d\d [a-z][^\n]* — /m);
    expect(all).toMatch(/^ {2}- date: 2026-/m);
  });
});
