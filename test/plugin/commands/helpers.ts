/**
 * The commands' test harness: the tests' host with the real index on a fixed clock (Wed 25 Nov
 * 2026, 10:00) and only the commands and row actions registered, on the stand-in app; and the
 * helpers every commands test uses.
 */
import { afterEach, beforeEach, expect, vi } from "vitest";
import { parse } from "yaml";
import type { FollowUpSettings } from "../../../src/core/settings";
import { registerCommands } from "../../../src/plugin/commands";
import { registerRowActions } from "../../../src/plugin/commands/row-actions";
import type { FollowUpHost } from "../../../src/plugin/host";
import { DEFAULT_MANIFEST, Modal, clearNotices, createApp, loadPlugin, notices, type App, type SuggestModal } from "../../support/obsidian";
import { ViewsTestHost } from "../test-host";

/** The tests' host (`ViewsTestHost`) with the commands and row actions; the clock at 10:00 on Wed 25 Nov 2026. */
export class TestHost extends ViewsTestHost {
  override clock = (): Date => new Date(2026, 10, 25, 10, 0);

  override onload(): void {
    super.onload();
    registerCommands(this.host);
    registerRowActions(this.host);
  }
}

export const ID = (cmd: string): string => `interview-followup:${cmd}`;

/** Lets pending promises and zero-delay timers run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => window.setTimeout(r, 0));
}

export async function setup(
  files: Record<string, string>,
  options: { day?: [number, number, number]; settings?: (s: FollowUpSettings) => void } = {},
): Promise<{ app: App; host: TestHost; h: FollowUpHost }> {
  const app = createApp({ files });
  const host = new TestHost(app, DEFAULT_MANIFEST);
  if (options.day) {
    const [y, m, d] = options.day;
    host.clock = () => new Date(y, m - 1, d, 10, 0);
  }
  options.settings?.(host.settings);
  await loadPlugin(host);
  app.workspace.setLayoutReady__();
  await host.index.whenReady();
  return { app, host, h: host as unknown as FollowUpHost };
}

export function note(fm: string, body = "\n# Notes\n\nSome text.\n"): string {
  return `---\n${fm.trim()}\n---\n${body}`;
}

export const ACME = note(`
type: interview
company: Acme
role: Analyst
interviewer: Dana Reyes
interviewer_email: dana@acme.example
highlight: the forecasting dashboard
interview_date: 2026-11-18
`);

export function read(app: App, path: string): string {
  return app.vault.readSync__(app.vault.getFileByPath(path)!);
}

export function frontmatterOf(app: App, path: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(read(app, path));
  return m ? (parse(m[1]) as Record<string, unknown>) : {};
}

export function lastNotice(): string {
  return notices[notices.length - 1]?.message ?? "";
}

/** Clicks the newest notice's button ("Log as sent", "Log the call…") and lets what it starts settle. */
export async function clickNewestNotice(): Promise<void> {
  const button = notices[notices.length - 1]?.notice.messageEl.querySelector("button");
  expect(button, "the newest notice has a button").toBeTruthy();
  button!.click();
  await settle();
}

export function isOpen(modal: unknown): boolean {
  return (Modal.open__ as unknown[]).includes(modal);
}

/** A suggester the plugin opened, with the stand-in's controls (`suggest__`, `choose__`). */
export function suggester<T>(modal: unknown): SuggestModal<T> {
  return modal as SuggestModal<T>;
}

export function topModal<T>(type: abstract new (...args: never[]) => T): T {
  const m = Modal.open__[Modal.open__.length - 1];
  expect(m).toBeInstanceOf(type);
  return m as T;
}

/** No notice or form left from the test before; mocks restored after each test. */
export function resetBetweenTests(): void {
  beforeEach(() => {
    clearNotices();
    for (const m of [...Modal.open__]) m.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
}
