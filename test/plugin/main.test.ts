// @vitest-environment happy-dom
/**
 * The artifact users install: main.js, built from src/main.ts with the options of
 * esbuild.config.mjs (production), loaded against the Obsidian stand-in with a `require` that
 * answers `obsidian` with the stand-in and `@codemirror/*` with the real packages.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { SIDEBAR_VIEW_TYPE } from "../../src/plugin/host";
import * as standIn from "../support/obsidian";
import {
  clearNotices,
  createApp,
  DEFAULT_MANIFEST,
  loadPlugin,
  Modal,
  notices,
  OLDEST_API_VERSION,
  openSettingTab__,
  resetApiVersion__,
  setApiVersion__,
  stringifyYaml,
  watchLeaks,
  writeDataExternally,
  withoutBases__,
  type App,
} from "../support/obsidian";
import { builtMainJs, evaluateMainJs, pluginBuildOptions } from "../support/main-bundle";

// A string, not `new URL(...)`: in the happy-dom environment `URL` is the DOM's.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const MAIN = join(ROOT, "main.js");

const OPTIONS = pluginBuildOptions(ROOT);

let code = "";
let bundledInputs: string[] = [];

beforeAll(async () => {
  // `npm test` builds first; build here too when main.js is missing or older than the sources.
  code = await builtMainJs(ROOT);
  // The same build with a metafile says which source files went in.
  const meta = await build({ ...OPTIONS, write: false, metafile: true, outfile: "main.js" });
  bundledInputs = Object.keys(meta.metafile?.inputs ?? {});
}, 60_000);

type PluginClass = new (app: unknown, manifest: unknown) => standIn.Plugin & {
  settings: { detection: { folder: string }; yourName: string; maxAttempts: number };
  index: { ready: boolean; revision: number; statuses(): { path: string }[]; get(path: string): unknown; whenReady(): Promise<void> };
  saveSettings(): Promise<void>;
  activateSidebar(): Promise<void>;
};

/** Evaluates main.js as Obsidian does: CommonJS, with the app's `require`. */
function loadMainJs(): PluginClass {
  return evaluateMainJs<PluginClass>(code, MAIN);
}

function note(fm: Record<string, unknown>): string {
  return `---\n${stringifyYaml(fm)}---\nNotes.\n`;
}

const FILES = {
  "Interviews/Acme.md": note({ company: "Acme", interview_date: "2026-11-18", interviewer_email: "dana@acme.test" }),
  "Jobs/Globex.md": note({ type: "interview", company: "Globex", interview_date: "2026-11-20" }),
  "Daily/2026-11-25.md": "Nothing to see.\n",
};

async function start(app: App = createApp({ files: FILES })) {
  const Plugin = loadMainJs();
  const plugin = new Plugin(app, DEFAULT_MANIFEST);
  await loadPlugin(plugin);
  return { app, plugin };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  resetApiVersion__();
  clearNotices();
  window.localStorage.clear();
  for (const modal of [...Modal.open__]) modal.close();
});

/** Where the plugin keeps this device's state (src/main.ts). */
const DEVICE_KEY = `${DEFAULT_MANIFEST.id}:device-state`;

describe("the bundle", () => {
  it("requires nothing but obsidian and @codemirror", () => {
    const ids = new Set([...code.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]));
    expect([...ids].filter((id) => id !== "obsidian" && !id.startsWith("@codemirror/"))).toEqual([]);
    expect(ids.has("obsidian")).toBe(true);
  });

  it("bundles no YAML library and no Node built-in", () => {
    const yamlLibraries = bundledInputs.filter((p) => /node_modules\/(yaml|js-yaml|gray-matter|front-matter)\//.test(p));
    expect(yamlLibraries).toEqual([]);
    expect(code).not.toMatch(/YAMLException|Map keys must be unique|gray-matter/);
    for (const mod of ["fs", "path", "child_process", "os", "crypto"]) {
      expect(code).not.toMatch(new RegExp(`require\\(["'](node:)?${mod}["']\\)`));
    }
    expect(bundledInputs).toContain("src/main.ts");
  });

  it("leaves out what only the tests and the docs read: the rule book's examples and sources", () => {
    // Each KB of main.js is parsed at every start of Obsidian (npm run bench, benchmark 4).
    expect(bundledInputs.filter((p) => /^src\/core\/rule-(book|docs)\.ts$/.test(p))).toEqual([]);
    expect(bundledInputs).toContain("src/core/move-on.ts");
  });
});

describe("onload", () => {
  it("registers the view, commands, processors, editor extension, setting tab and status bar", async () => {
    const { app, plugin } = await start();
    expect(app.workspace.viewCreators__.has(SIDEBAR_VIEW_TYPE)).toBe(true);
    const ids = [...app.commands__.keys()];
    expect(ids.length).toBeGreaterThan(3);
    expect(ids.every((id) => id.startsWith(`${DEFAULT_MANIFEST.id}:`))).toBe(true);
    expect(ids).toContain(`${DEFAULT_MANIFEST.id}:open-sidebar`);
    expect(ids).toContain(`${DEFAULT_MANIFEST.id}:convert-follow-ups-to-text`);
    expect([...app.commands__.values()].every((c) => !c.hotkeys || c.hotkeys.length === 0)).toBe(true);
    expect(app.codeBlockProcessors__.has("followup")).toBe(true);
    expect(app.postProcessors__).toHaveLength(1);
    expect(app.editorExtensions__).toHaveLength(1);
    expect(app.settingTabs__).toHaveLength(1);
    expect(app.statusBarEl__.children.length).toBe(1);
    expect(app.ribbonItems__).toHaveLength(1);
    expect(plugin.settings.maxAttempts).toBe(3);
  });

  it("does no index work before the layout is ready", async () => {
    const app = createApp({ files: FILES });
    const walk = vi.spyOn(app.vault, "getRoot");
    const list = vi.spyOn(app.vault, "getMarkdownFiles");
    const cache = vi.spyOn(app.metadataCache, "getFileCache");
    const read = vi.spyOn(app.vault, "read");
    const { plugin } = await start(app);
    expect(walk).not.toHaveBeenCalled();
    expect(list).not.toHaveBeenCalled();
    expect(cache).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
    expect(plugin.index.ready).toBe(false);

    app.workspace.setLayoutReady__();
    expect(plugin.index.ready).toBe(true);
    expect(walk).toHaveBeenCalled();
    expect(cache).toHaveBeenCalled();
    expect(plugin.index.statuses().map((s) => s.path).sort()).toEqual(["Interviews/Acme.md", "Jobs/Globex.md"]);
    expect(read).not.toHaveBeenCalled();
  });

  it("writes days in Obsidian's language (moment.locale() from the obsidian module) and the system's region, on 1.12 and 1.7.2", async () => {
    // Obsidian evaluates main.js with the real Date; the clock is set after.
    const classes = [standIn, withoutBases__(standIn)].map((obsidian) => evaluateMainJs<PluginClass>(code, MAIN, [], obsidian));
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2026, 10, 25, 9, 0));
    vi.spyOn(navigator, "language", "get").mockReturnValue("en-US");
    standIn.setLanguage__("de");
    try {
      for (const Plugin of classes) {
        const app = createApp({ files: FILES });
        const plugin = new Plugin(app, DEFAULT_MANIFEST);
        await loadPlugin(plugin);
        app.workspace.setLayoutReady__();
        const acme = plugin.index.get("Interviews/Acme.md") as { reason: string; dueBy: string };
        // German words, as Obsidian's language; the property's day stays YYYY-MM-DD.
        expect(acme.reason).toContain("Mi., 2. Dez.");
        expect(acme.dueBy).toBe("2026-12-02");
        plugin.unload();
      }
    } finally {
      standIn.resetLanguage__();
    }
  });

  it("reads and upgrades the saved settings", async () => {
    const app = createApp({ files: FILES, pluginData: { [DEFAULT_MANIFEST.id]: { yourName: "Sam", holidays: "2026-12-25", junk: 1 } } });
    const { plugin } = await start(app);
    expect(plugin.settings.yourName).toBe("Sam");
    expect(plugin.settings).not.toHaveProperty("junk");
  });
});

describe("the host", () => {
  it("saveSettings stores the settings and rebuilds the index", async () => {
    const { app, plugin } = await start(createApp({ files: FILES, layoutReady: true }));
    expect(plugin.index.get("Interviews/Acme.md")).toBeDefined();
    plugin.settings.detection.folder = "";
    await plugin.saveSettings();
    expect(plugin.index.get("Interviews/Acme.md")).toBeUndefined();
    expect((app.pluginData__.get(DEFAULT_MANIFEST.id) as { detection: { folder: string } }).detection.folder).toBe("");
  });

  it("onUserEnable opens the sidebar on the right; asking again reveals the same leaf", async () => {
    const { app, plugin } = await start(createApp({ files: FILES, layoutReady: true }));
    plugin.onUserEnable();
    await vi.waitFor(() => expect(app.workspace.revealed__).toHaveLength(1));
    const leaves = app.workspace.getLeavesOfType(SIDEBAR_VIEW_TYPE);
    expect(leaves).toHaveLength(1);
    expect(leaves[0].side__).toBe("right");
    expect(app.workspace.rightSplit.collapsed).toBe(false);

    await plugin.activateSidebar();
    expect(app.workspace.getLeavesOfType(SIDEBAR_VIEW_TYPE)).toHaveLength(1);
    expect(app.workspace.revealed__).toEqual([leaves[0], leaves[0]]);
  });
});

describe("onunload", () => {
  it("leaves no listener, interval or timeout behind, and detaches no leaf", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 10, 25, 10, 0));
    const app = createApp({ files: FILES });
    const watch = watchLeaks(app);
    const { plugin } = await start(app);
    app.workspace.setLayoutReady__();
    await plugin.activateSidebar();
    const block = await standIn.renderCodeBlock(app, "followup", "", { sourcePath: "Daily/2026-11-25.md" });
    await vi.advanceTimersByTimeAsync(5_000);
    const during = watch.report();
    expect(during.total).toBeGreaterThan(0); // the watch sees what the plugin registered

    block.unload(); // Obsidian unloads a rendered block when the note closes
    plugin.unload();
    await vi.advanceTimersByTimeAsync(0); // views close asynchronously (their onClose is awaited)
    const after = watch.report();
    watch.stop();
    expect(after.details).toEqual([]);
    expect(after.total).toBe(0);

    expect(app.workspace.detachCalls__).toEqual([]);
    expect(app.workspace.getLeavesOfType(SIDEBAR_VIEW_TYPE)).toHaveLength(1); // kept for the next load
    expect(app.commands__.size).toBe(0);
    expect(app.workspace.viewCreators__.size).toBe(0);
    expect(app.codeBlockProcessors__.size).toBe(0);
    expect(app.postProcessors__).toHaveLength(0);
    expect(app.editorExtensions__).toHaveLength(0);
    expect(app.settingTabs__).toHaveLength(0);
    expect(app.statusBarEl__.children.length).toBe(0);
  });

  it("can load again on the same app after unloading", async () => {
    const app = createApp({ files: FILES, layoutReady: true });
    const first = await start(app);
    first.plugin.unload();
    const second = await start(app);
    expect(second.plugin.index.ready).toBe(true);
    expect(app.workspace.viewCreators__.has(SIDEBAR_VIEW_TYPE)).toBe(true);
    second.plugin.unload();
  });
});

describe.each([OLDEST_API_VERSION, "1.12.3", "1.13.1"])("on Obsidian %s", (version) => {
  beforeEach(() => setApiVersion__(version));
  const modern = version === "1.13.1";
  const hasLocalStorageApi = version !== OLDEST_API_VERSION; // app.loadLocalStorage: since 1.8.7

  it("loads, builds the index and draws its settings tab the way that version does", async () => {
    const { app, plugin } = await start(createApp({ files: FILES, layoutReady: true }));
    expect(plugin.index.statuses().map((s) => s.path).sort()).toEqual(["Interviews/Acme.md", "Jobs/Globex.md"]);
    const tab = openSettingTab__(app.settingTabs__[0]);
    expect(tab.drawnWith__).toBe(modern ? "definitions" : "display");
    expect(tab.containerEl.querySelectorAll(".setting-item").length).toBeGreaterThan(20);
    // Reset property names draws the tab again: update() on 1.13, its own drawing before.
    const reset = [...tab.containerEl.querySelectorAll(".setting-item")].find((el) => el.textContent?.includes("Reset property names"));
    reset!.querySelector("button")!.click();
    await vi.waitFor(() => expect(tab.containerEl.querySelectorAll(".setting-item").length).toBeGreaterThan(20));
    plugin.unload();
  });

  it("writes no file at startup on a new day, and keeps this device's days out of data.json", async () => {
    vi.useFakeTimers({ now: new Date(2026, 10, 25, 10, 0) });
    const app = createApp({ files: FILES, pluginData: { [DEFAULT_MANIFEST.id]: { yourName: "Sam", lastRunDay: "2026-11-18" } } });
    const writes = app.vault.writes__.length;
    const { plugin } = await start(app);
    app.workspace.setLayoutReady__();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(plugin.index.ready).toBe(true);
    expect(notices.map((n) => n.message).join("\n")).toMatch(/while you were away/);
    expect(app.dataWrites__).toEqual([]); // data.json untouched
    expect(app.vault.writes__.length).toBe(writes); // and no other file
    const stored: unknown = hasLocalStorageApi ? app.localStorage__entries[DEVICE_KEY] : JSON.parse(window.localStorage.getItem(`${app.vault.getName()}:${DEVICE_KEY}`) ?? "null");
    expect(stored).toMatchObject({ lastRunDay: "2026-11-25" });
    // The next save of the settings leaves the device's days out.
    await plugin.saveSettings();
    expect(app.dataWrites__.at(-1)?.data).not.toHaveProperty("lastRunDay");
    expect(app.dataWrites__.at(-1)?.data).toMatchObject({ yourName: "Sam", settingsVersion: 2 });
    plugin.unload();
  });

  it("reads data.json again when a sync changes it: migrated, one rebuild, nothing written back", async () => {
    const { app, plugin } = await start(createApp({ files: FILES, layoutReady: true }));
    const events: unknown[] = [];
    app.workspace.on("interview-followup:index-updated", (u) => events.push(u));
    // Another device changed the detection and still wrote its own (version 1) days.
    await writeDataExternally(plugin, { settingsVersion: 1, detection: { type: "interview", tag: "", folder: "" }, lastRunDay: "2030-01-01", yourName: "Sam" });
    await plugin.index.whenReady();
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(plugin.settings.yourName).toBe("Sam");
    expect(plugin.index.statuses().map((s) => s.path)).toEqual(["Jobs/Globex.md"]);
    expect(app.dataWrites__).toEqual([]);
    expect(plugin.settings).not.toHaveProperty("lastRunDay");
    plugin.unload();
  });

  it("saving the settings and a sync of data.json each tell the parts once (interview-followup:settings-changed)", async () => {
    const { app, plugin } = await start(createApp({ files: FILES, layoutReady: true }));
    let told = 0;
    app.workspace.on("interview-followup:settings-changed", () => told++);
    plugin.settings.yourName = "Sam";
    await plugin.saveSettings();
    expect(told).toBe(1);
    await writeDataExternally(plugin, { settingsVersion: 2, yourName: "Alex" });
    await vi.waitFor(() => expect(told).toBe(2));
    expect(plugin.settings.yourName).toBe("Alex");
    plugin.unload();
  });

  it("does nothing at layout-ready time when it was unloaded before", async () => {
    const app = createApp({ files: FILES, pluginData: { [DEFAULT_MANIFEST.id]: { lastRunDay: "2026-11-18", calendarAutoUpdate: true } } });
    const { plugin } = await start(app);
    plugin.unload();
    app.workspace.setLayoutReady__();
    await new Promise((resolve) => window.setTimeout(resolve, 50));
    expect(notices).toEqual([]);
    expect(app.vault.writes__).toEqual([]);
    expect(app.dataWrites__).toEqual([]);
    expect(app.localStorage__entries).toEqual({});
  });

  it("opens the new-note form from the empty sidebar without the app's command registry", async () => {
    const app = createApp({ files: { "Daily/2026-11-25.md": "Nothing.\n" }, layoutReady: true });
    let registryRead = false;
    Object.defineProperty(app, "commands", {
      get: () => {
        registryRead = true;
        return undefined;
      },
    });
    const { plugin } = await start(app);
    await plugin.activateSidebar();
    const view = app.workspace.getLeavesOfType("interview-followup-sidebar")[0].view;
    view.containerEl.querySelector<HTMLButtonElement>(".ifu-new-note")!.click();
    expect(Modal.open__).toHaveLength(1);
    expect(registryRead).toBe(false);
    plugin.unload();
  });
});
