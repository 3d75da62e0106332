/**
 * Interview Follow-up: wiring only. `onload` loads the settings and registers the parts; the
 * index builds itself when the layout is ready. Every decision lives in src/core/, every
 * feature in its own module under src/plugin/.
 */
import { Plugin, type WorkspaceLeaf } from "obsidian";
import { defaultSettings, migrateSettings, type FollowUpSettings } from "./core/settings";
import { registerAgendaBlock } from "./plugin/agenda-block";
import { registerBadges } from "./plugin/badges";
import { registerBases } from "./plugin/bases";
import { registerCommands } from "./plugin/commands";
import { registerConvertCommand } from "./plugin/convert-command";
import { SIDEBAR_VIEW_TYPE, type FollowUpHost } from "./plugin/host";
import { FollowUpIndex } from "./plugin/index";
import { registerReminders } from "./plugin/reminders";
import { registerRowActions } from "./plugin/row-actions";
import { FollowUpSettingTab } from "./plugin/settings-tab";
import { registerSidebar } from "./plugin/sidebar-view";
import { registerStatusBar } from "./plugin/status-bar";

export default class InterviewFollowUpPlugin extends Plugin implements FollowUpHost {
  settings: FollowUpSettings = defaultSettings();
  index!: FollowUpIndex;

  async onload(): Promise<void> {
    this.settings = migrateSettings(await this.loadData());
    this.index = this.addChild(new FollowUpIndex(this.app, () => this.settings));
    this.addSettingTab(new FollowUpSettingTab(this.app, this));
    registerSidebar(this);
    registerStatusBar(this);
    registerBadges(this);
    registerAgendaBlock(this);
    registerCommands(this);
    registerConvertCommand(this);
    registerRowActions(this);
    registerReminders(this);
    registerBases(this);
  }

  onUserEnable(): void {
    void this.activateSidebar();
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
    this.index.rebuild();
  }

  /** Shows the sidebar: the existing one if there is one, else a new one in the right sidebar. */
  async activateSidebar(): Promise<void> {
    const { workspace } = this.app;
    let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(SIDEBAR_VIEW_TYPE)[0] ?? null;
    if (!leaf) {
      leaf = workspace.getRightLeaf(false);
      if (!leaf) return;
      await leaf.setViewState({ type: SIDEBAR_VIEW_TYPE, active: true });
    }
    await workspace.revealLeaf(leaf);
  }
}
