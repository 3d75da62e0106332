/**
 * Two plugins built like main.js (the plugin's build options, minified) to put benchmark 4's start
 * beside what it cannot go below:
 * - `CoreOnly`: what src/main.ts's onload does before it registers anything — the settings loaded
 *   and migrated, the device state, the index added as a child (its build waits for the layout) —
 *   and nothing more: no view, badge, block, command, settings tab or reminder. Its main.js holds
 *   the engine, the settings and the index.
 * - `Empty` (start-floor-empty.ts, a file of its own so that nothing of ours is bundled with it): a
 *   plugin that reads its data and does nothing else — the stand-in's and the process's share.
 * bench/lib/onload-bench.ts bundles each as a main.js of its own.
 */
import { Plugin } from "obsidian";
import { defaultDeviceState, defaultSettings, migrateSettings, type DeviceState, type FollowUpSettings } from "../../src/core/settings";
import { DeviceStore } from "../../src/plugin/device-state";
import { FollowUpIndex } from "../../src/plugin/index";

export default class CoreOnly extends Plugin {
  settings: FollowUpSettings = defaultSettings();
  device: DeviceState = defaultDeviceState();
  index!: FollowUpIndex;

  async onload(): Promise<void> {
    const data: unknown = await this.loadData();
    this.settings = migrateSettings(data);
    this.device = new DeviceStore(this.app, `${this.manifest.id}:device-state`).load(data);
    this.index = this.addChild(new FollowUpIndex(this.app, () => this.settings));
  }
}
