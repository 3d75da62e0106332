/**
 * One start of the plugin in a process of its own (benchmark 4): main.js evaluated for the first
 * time in this process, then `onload` of the class it defines, on a vault whose layout is not
 * ready — what Obsidian does when it starts with the plugin enabled. Bundled by onload-bench.ts
 * and run through bench/run.mjs (IFU_BENCH_CHILD), which gives it a DOM; prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import process from "node:process";
import { createApp, DEFAULT_MANIFEST, loadPlugin, type Plugin } from "../../test/support/obsidian";
import { evaluateMainJs } from "../../test/support/main-bundle";
import { makeCorpus } from "./corpus";

export interface StartFigures {
  evaluateMs: number;
  onloadMs: number;
}

export async function main(options: { args: string[] }): Promise<void> {
  const mainJs = options.args[0];
  const code = readFileSync(mainJs, "utf8");
  const files: Record<string, string> = {};
  for (const n of makeCorpus(500, 10, 3)) files[n.path] = n.text;
  const app = createApp({ files });
  // What the app has done before any plugin loads, done here first so that only main.js's own
  // work is timed: the packages main.js requires are the app's (loaded), the app has worded
  // dates and numbers (the runtime's locale data, about 10 ms at its first use, is loaded), and
  // the app's own API code has run (the stand-in's, standing in for it, is warmed the same way).
  const nodeRequire = createRequire(import.meta.url);
  for (const id of ["@codemirror/state", "@codemirror/view"]) nodeRequire(id);
  void [new Date(0).toLocaleString(), (1.5).toLocaleString()];
  await warmApp(app);
  const t0 = performance.now();
  const PluginClass = evaluateMainJs<new (app: unknown, manifest: unknown) => Plugin>(code, mainJs);
  const t1 = performance.now();
  await loadPlugin(new PluginClass(app, DEFAULT_MANIFEST));
  const t2 = performance.now();
  const figures: StartFigures = { evaluateMs: t1 - t0, onloadMs: t2 - t1 };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/**
 * Obsidian's own API code is compiled and warm before our plugin loads (the app and its core
 * plugins have used it). The stand-in's is not, so a plugin making each kind of call our onload
 * makes is loaded and unloaded first; without it the first onload would time compiling the
 * stand-in (about 1.2 ms here) as if it were ours.
 */
async function warmApp(app: ReturnType<typeof createApp>): Promise<void> {
  const { Plugin: Base } = await import("../../test/support/obsidian");
  class Warm extends Base {
    onload(): void {
      void this.loadData();
      this.addCommand({ id: "w", name: "W", callback: () => undefined });
      this.addCommand({ id: "e", name: "E", editorCheckCallback: () => false });
      this.addRibbonIcon("dice", "W", () => undefined);
      this.addStatusBarItem();
      this.registerView("warm-view", () => null as never);
      this.registerMarkdownPostProcessor(() => undefined);
      this.registerMarkdownCodeBlockProcessor("warm", () => undefined);
      this.registerEditorExtension([]);
      this.registerDomEvent(window, "focus", () => undefined);
      this.registerInterval(window.setInterval(() => undefined, 60_000));
      this.registerEvent(this.app.workspace.on("layout-change", () => undefined));
      this.app.workspace.onLayoutReady(() => undefined);
    }
  }
  const w = await loadPlugin(new Warm(app as never, { ...DEFAULT_MANIFEST, id: "warm" }));
  w.unload();
}
