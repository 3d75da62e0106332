/**
 * A small plugin for the view tests: the real FollowUpIndex on a stand-in app, a fixed clock,
 * and the FollowUpHost members the views use. Only the views under test are registered, so a
 * failure points at them and not at commands or reminders.
 */
import type { FollowUpHost } from "../../src/plugin/host";
import { FollowUpIndex } from "../../src/plugin/index";
import { defaultSettings, type FollowUpSettings } from "../../src/core/settings";
import { createApp, DEFAULT_MANIFEST, loadPlugin, Plugin, type App } from "../support/obsidian";

/** 9:00 local time on Wednesday 25 November 2026. */
export const CLOCK = (): Date => new Date(2026, 10, 25, 9, 0);

export class ViewsTestHost extends Plugin {
  settings: FollowUpSettings = defaultSettings();
  index!: FollowUpIndex;
  sidebarActivations = 0;

  onload(): void {
    this.addIndex(CLOCK);
  }

  /** The real index on this app, with these settings and that clock, as a child. */
  protected addIndex(clock: () => Date): void {
    this.index = new FollowUpIndex(this.app as never, () => this.settings, clock);
    // The index is typed against Obsidian's Component, the stand-in's Plugin against its own.
    this.addChild(this.index as never);
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
    this.index.rebuild();
  }

  async activateSidebar(): Promise<void> {
    this.sidebarActivations++;
    await Promise.resolve();
  }

  /** The same object, typed as the plugin parts expect it. */
  get host(): FollowUpHost {
    return this as unknown as FollowUpHost;
  }
}

export function note(fm: Record<string, unknown>, body = "Notes.\n"): string {
  const lines = Object.entries(fm).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join("\n")}\n---\n${body}`;
}

/** A stand-in app with `files`, the layout ready, the host loaded and the index built. */
export async function startHost(files: Record<string, string>): Promise<{ app: App; plugin: ViewsTestHost }> {
  const app = createApp({ files });
  const plugin = await loadPlugin(new ViewsTestHost(app, DEFAULT_MANIFEST));
  app.workspace.setLayoutReady__();
  await plugin.index.whenReady();
  return { app, plugin };
}
