/**
 * The one small plugin for the plugin's tests: the real FollowUpIndex on a stand-in app, a
 * clock (fixed unless a test sets `clock`), and the FollowUpHost members the parts use. Only the
 * parts under test are registered, so a failure points at them and not at the others.
 */
import { DeviceStore } from "../../src/plugin/device-state";
import { settingsChanged, type FollowUpHost } from "../../src/plugin/host";
import { FollowUpIndex } from "../../src/plugin/index";
import { NotificationPermission } from "../../src/plugin/reminders/notifications";
import type { RowActionProvider } from "../../src/plugin/render/sidebar-row";
import { defaultDeviceState, defaultSettings, type DeviceState, type FollowUpSettings } from "../../src/core/settings";
import { createApp, DEFAULT_MANIFEST, loadPlugin, Plugin, type App } from "../support/obsidian";

/** 9:00 local time on Wednesday 25 November 2026. */
export const CLOCK = (): Date => new Date(2026, 10, 25, 9, 0);

/** The key the plugin stores its device state under (src/main.ts). */
export const DEVICE_KEY = `${DEFAULT_MANIFEST.id}:device-state`;

export class ViewsTestHost extends Plugin {
  settings: FollowUpSettings = defaultSettings();
  device: DeviceState = defaultDeviceState();
  index!: FollowUpIndex;
  rowActions: RowActionProvider | null = null;
  readonly notificationPermission = new NotificationPermission();
  sidebarActivations = 0;
  /**
   * The clock the index reads (`onload`): fixed at `CLOCK` unless a test sets another before
   * loading: a fixed day, or `() => new Date()` to follow the stand-in's running clock.
   */
  clock: () => Date = CLOCK;
  private deviceStore: DeviceStore | null = null;

  /** The device state as the plugin reads it at load (`data` is what loadData() gave). */
  protected loadDevice(data: unknown): void {
    this.deviceStore = new DeviceStore(this.app as never, DEVICE_KEY);
    this.device = this.deviceStore.load(data);
  }

  saveDeviceState(): void {
    this.deviceStore ??= new DeviceStore(this.app as never, DEVICE_KEY);
    this.deviceStore.save(this.device);
  }

  onload(): void {
    this.addIndex(() => this.clock());
  }

  /** The real index on this app, with these settings and that clock, as a child. */
  protected addIndex(clock: () => Date): void {
    this.index = new FollowUpIndex(this.app as never, () => this.settings, clock);
    // The index is typed against Obsidian's Component, the stand-in's Plugin against its own.
    this.addChild(this.index as never);
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
    settingsChanged(this.host);
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
