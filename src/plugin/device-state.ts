/**
 * Where this device keeps its own state (`DeviceState`: the last day the plugin ran, the last
 * day it notified): the vault's local storage, never data.json, which a sync service copies to
 * every device (so each device's days would overwrite the others' settings file).
 *
 * Obsidian 1.8.7+ offers `app.loadLocalStorage` / `saveLocalStorage` ("Retrieve value from
 * `localStorage` for this vault"). Before that (1.7.2–1.8.6) the window's `localStorage` is used
 * under a key that names the vault. A storage that cannot be used (private mode, quota) is not
 * an error: the device simply starts with no remembered days.
 */
import { requireApiVersion, type App } from "obsidian";
import { migrateDeviceState, type DeviceState } from "../core/settings";

export class DeviceStore {
  /** The text last read or written, so an unchanged state is not written again. */
  private last: string | null = null;

  constructor(
    private readonly app: App,
    private readonly key: string,
  ) {}

  /** The state of this device; `legacyData` is what `loadData()` returned (settings version 1 kept the days there). */
  load(legacyData: unknown): DeviceState {
    const stored = this.read();
    const state = migrateDeviceState(stored, legacyData);
    this.last = stored === null ? null : JSON.stringify(state);
    return state;
  }

  /**
   * Stores the state when it differs from what is stored. Only a write that succeeded counts as
   * stored: after a failed one (quota, private mode) the next save tries again.
   */
  save(state: DeviceState): void {
    const text = JSON.stringify(state);
    if (text === this.last) return;
    try {
      if (requireApiVersion("1.8.7")) this.app.saveLocalStorage(this.key, { ...state });
      else window.localStorage.setItem(this.fallbackKey(), text);
      this.last = text;
    } catch (error) {
      console.warn("Interview follow-up: could not remember today's date on this device", error);
    }
  }

  private read(): unknown {
    try {
      if (requireApiVersion("1.8.7")) return this.app.loadLocalStorage(this.key) as unknown;
      const raw = window.localStorage.getItem(this.fallbackKey());
      return raw === null ? null : (JSON.parse(raw) as unknown);
    } catch {
      return null;
    }
  }

  /** Before 1.8.7: one key per vault in the window's storage, which every vault shares. */
  private fallbackKey(): string {
    return `${this.app.vault.getName()}:${this.key}`;
  }
}
