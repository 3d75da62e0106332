/**
 * Interview Follow-up: wiring only. `onload` loads the settings and registers the parts; the
 * index builds itself when the layout is ready. Every decision lives in src/core/, every
 * feature in its own module under src/plugin/.
 */
import { Plugin, type WorkspaceLeaf } from "obsidian";
import { defaultDeviceState, defaultSettings, migrateSettings, type DeviceState, type FollowUpSettings } from "./core/settings";
import { registerCommands } from "./plugin/commands";
import { registerRowActions } from "./plugin/commands/row-actions";
import { DeviceStore } from "./plugin/device-state";
import { SIDEBAR_VIEW_TYPE, settingsChanged, type FollowUpHost } from "./plugin/host";
import { FollowUpIndex } from "./plugin/index";
import { registerReminders } from "./plugin/reminders";
import { NotificationPermission } from "./plugin/reminders/notifications";
import type { RowActionProvider } from "./plugin/render/sidebar-row";
import { FollowUpSettingTab } from "./plugin/settings-tab";
import { registerAgendaBlock } from "./plugin/views/agenda-block";
import { registerBadges } from "./plugin/views/badges";
import { registerFollowUpBasesView } from "./plugin/views/bases-view";
import { registerSidebar } from "./plugin/views/sidebar-view";
import { registerStatusBar } from "./plugin/views/status-bar";

export default class InterviewFollowUpPlugin extends Plugin implements FollowUpHost {
  settings: FollowUpSettings = defaultSettings();
  device: DeviceState = defaultDeviceState();
  index!: FollowUpIndex;
  rowActions: RowActionProvider | null = null;
  readonly notificationPermission = new NotificationPermission();
  private deviceStore!: DeviceStore;

  async onload(): Promise<void> {
    const data: unknown = await this.loadData();
    this.settings = migrateSettings(data);
    this.deviceStore = new DeviceStore(this.app, `${this.manifest.id}:device-state`);
    this.device = this.deviceStore.load(data);
    this.index = this.addChild(new FollowUpIndex(this.app, () => this.settings));
    this.addSettingTab(new FollowUpSettingTab(this.app, this));
    registerSidebar(this);
    registerStatusBar(this);
    registerBadges(this);
    registerAgendaBlock(this);
    registerFollowUpBasesView(this);
    registerCommands(this);
    registerRowActions(this);
    registerReminders(this);
  }

  onUserEnable(): void {
    void this.activateSidebar();
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
    settingsChanged(this);
  }

  saveDeviceState(): void {
    this.deviceStore.save(this.device);
  }

  /** data.json changed on disk (a sync from another device): read it again, rebuild once, tell the parts, write nothing. */
  async onExternalSettingsChange(): Promise<void> {
    Object.assign(this.settings, migrateSettings(await this.loadData()));
    settingsChanged(this);
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
