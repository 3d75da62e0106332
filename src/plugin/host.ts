/**
 * The contract between the plugin's parts: what every feature module may ask of the plugin.
 * Feature modules export `register…(host)` functions; `src/main.ts` only calls them.
 */
import type { EventRef, Plugin } from "obsidian";
import type { DeviceState, FollowUpSettings } from "../core/settings";
import type { Day } from "../core/types";
import type { FollowUpIndex } from "./index";
import type { NotificationPermission } from "./reminders/notifications";
import type { RowActionProvider } from "./render/sidebar-row";

/** The namespaced workspace event the index fires after every change, with a revision number. */
export const INDEX_EVENT = "interview-followup:index-updated";
/**
 * The namespaced workspace event fired after the settings changed: saved by the settings tab
 * (`saveSettings`) or synced in from another device (`onExternalSettingsChange`). No payload:
 * listeners read `host.settings`.
 */
export const SETTINGS_EVENT = "interview-followup:settings-changed";
/** View type of the sidebar. */
export const SIDEBAR_VIEW_TYPE = "interview-followup-sidebar";
/** Prefix of every CSS class the plugin adds. */
export const CSS_PREFIX = "ifu";

export interface IndexUpdate {
  revision: number;
  /**
   * Paths whose status changed, or null when everything may look different: a build, a
   * settings change, or a new local day (every "in 2 days" moved on, even where no status did).
   */
  changed: string[] | null;
  /** The local day the statuses were computed for. */
  today: Day;
}

declare module "obsidian" {
  interface Workspace {
    /** The index's update event (typed here so listeners get an IndexUpdate). */
    on(name: typeof INDEX_EVENT, callback: (update: IndexUpdate) => unknown, ctx?: unknown): EventRef;
    /** The settings-changed event (`SETTINGS_EVENT`). */
    on(name: typeof SETTINGS_EVENT, callback: () => unknown, ctx?: unknown): EventRef;
  }
}

export interface FollowUpHost extends Plugin {
  settings: FollowUpSettings;
  /** This device's own state (never in data.json); change it, then `saveDeviceState()`. */
  device: DeviceState;
  index: FollowUpIndex;
  /**
   * What each sidebar row offers as buttons (set by `registerRowActions`); null or absent: none.
   * Open sidebars pick a change up at their next render.
   */
  rowActions?: RowActionProvider | null;
  /** Asks the system for permission to notify, one question at a time. */
  readonly notificationPermission: NotificationPermission;
  /** Persists settings, recomputes the index and tells the other parts (`settingsChanged`). */
  saveSettings(): Promise<void>;
  /** Persists `device` on this device (only when it changed). */
  saveDeviceState(): void;
  /** Reveals the sidebar, creating it in the right sidebar if needed. */
  activateSidebar(): Promise<void>;
}

/** After the settings changed (saved or synced): the index recomputes, then `SETTINGS_EVENT` tells every other part. */
export function settingsChanged(host: Pick<FollowUpHost, "app" | "index">): void {
  host.index.rebuild();
  host.app.workspace.trigger(SETTINGS_EVENT);
}
