/**
 * Benchmark 4: a start of the built main.js against the stand-in — evaluating the bundle, then
 * `onload` (registrations only), with no index work before the layout is ready.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import process from "node:process";
import { Script } from "node:vm";
import * as standIn from "../../test/support/obsidian";
import { createApp, DEFAULT_MANIFEST, loadPlugin, type App } from "../../test/support/obsidian";
import { evaluateMainJs } from "../../test/support/main-bundle";
import { makeCorpus } from "./corpus";
import type { StartFigures } from "./start-child";
import { pluginOptions } from "../../scripts/build-options.mjs";
import { collectGarbage, kb, median, ms, percentile, ratio, us } from "./stats";
import type { Report } from "./report";

const LOADS = 300;
const WARMUP = 20;
const EVALUATIONS = 40;
const STARTS = 21;
/** What a start of the plugin may cost: evaluating main.js and its onload, in milliseconds (issue 12). */
const START_TARGET_MS = 2;

type PluginInstance = standIn.Plugin & { index: { ready: boolean; statuses(): unknown[]; whenReady(): Promise<void> } };
type PluginClass = new (app: unknown, manifest: unknown) => PluginInstance;

function evaluate(code: string, filename: string, required: string[]): PluginClass {
  return evaluateMainJs<PluginClass>(code, filename, required);
}

interface Counters {
  list: number;
  cache: number;
  read: number;
}

/** Counts the calls that would be index work. */
function spy(app: App): Counters {
  const c: Counters = { list: 0, cache: 0, read: 0 };
  const vault = app.vault;
  const mc = app.metadataCache;
  const list = vault.getMarkdownFiles.bind(vault);
  const files = vault.getFiles.bind(vault);
  const root = vault.getRoot.bind(vault);
  const cache = mc.getFileCache.bind(mc);
  const read = vault.read.bind(vault);
  const cachedRead = vault.cachedRead.bind(vault);
  vault.getMarkdownFiles = () => (c.list++, list());
  vault.getFiles = () => (c.list++, files());
  vault.getRoot = () => (c.list++, root());
  mc.getFileCache = (f) => (c.cache++, cache(f));
  vault.read = (f) => (c.read++, read(f));
  vault.cachedRead = (f) => (c.read++, cachedRead(f));
  return c;
}

export async function benchOnload(report: Report, root: string): Promise<void> {
  const mainJs = join(root, "main.js");
  const code = readFileSync(mainJs, "utf8");
  const required: string[] = [];

  // Evaluating the bundle (what Obsidian does before onload). V8 keeps the compiled code of a
  // script text it has seen; Obsidian evaluates main.js once per start, so each evaluation here
  // gets a text of its own (a comment at the end), compiled from scratch like the first.
  const fresh = (i: number): string => `${code}\n// evaluation ${i}`;
  const evalTimes: number[] = [];
  const cachedEvalTimes: number[] = [];
  const compileTimes: number[] = [];
  let Plugin: PluginClass = evaluate(code, mainJs, required);
  for (let i = 0; i < EVALUATIONS; i++) {
    collectGarbage();
    let t = performance.now();
    Plugin = evaluate(fresh(i), mainJs, required);
    evalTimes.push(performance.now() - t);
    collectGarbage();
    t = performance.now();
    evaluate(code, mainJs, required);
    cachedEvalTimes.push(performance.now() - t);
    // Compiling alone (V8 parses the text; nothing runs), for the split of an evaluation.
    collectGarbage();
    t = performance.now();
    new Script(`(function (module, exports, require) {\n${fresh(-1 - i)}\n})`, { filename: mainJs });
    compileTimes.push(performance.now() - t);
  }

  // A 5,000-note vault whose layout is not ready yet, as at Obsidian's start-up.
  const files: Record<string, string> = {};
  for (const n of makeCorpus(5_000, 100, 3)) files[n.path] = n.text;
  const app = createApp({ files });
  const calls = spy(app);
  const times: number[] = [];
  let pendingLayout = 0;
  let readyBeforeLayout = false;
  for (let i = 0; i < WARMUP + LOADS; i++) {
    const plugin = new Plugin(app, DEFAULT_MANIFEST);
    const waitingBefore = app.workspace.pendingLayoutCallbacks__;
    if (i >= WARMUP) collectGarbage();
    const t = performance.now();
    await loadPlugin(plugin);
    const dt = performance.now() - t;
    if (i >= WARMUP) times.push(dt);
    pendingLayout = Math.max(pendingLayout, app.workspace.pendingLayoutCallbacks__ - waitingBefore);
    readyBeforeLayout ||= plugin.index.ready;
    plugin.unload();
  }
  const before = { ...calls };

  // Then the layout becomes ready: now, and only now, the index does its work.
  const plugin = new Plugin(app, DEFAULT_MANIFEST);
  await loadPlugin(plugin);
  app.workspace.setLayoutReady__();
  await plugin.index.whenReady();
  const after = { ...calls };
  const built = plugin.index.statuses().length;
  plugin.unload();

  // Starts in processes of their own: main.js evaluated for the first time in the process, then
  // onload (bench/lib/start-child.ts, bundled beside the suite by bench/run.mjs, which gives it a
  // DOM) — and, round by round beside it, the two floors of bench/lib/start-floors.ts.
  const cacheDir = join(root, "node_modules", ".cache", "ifu-bench");
  const childBundle = join(cacheDir, "start-child.mjs");
  const floors = { core: await buildFloor(root, cacheDir, "start-floors.ts"), empty: await buildFloor(root, cacheDir, "start-floor-empty.ts") };
  const startOf = (file: string): StartFigures => {
    const child = spawnSync(process.execPath, [join(root, "bench", "run.mjs"), file], { env: { ...process.env, IFU_BENCH_CHILD: childBundle }, encoding: "utf8" });
    if (child.status !== 0) throw new Error(`bench: the start process exited with ${child.status}: ${child.stderr}`);
    return JSON.parse(child.stdout.trim().split("\n").pop() ?? "") as StartFigures;
  };
  const starts: StartFigures[] = [];
  const coreStarts: StartFigures[] = [];
  const emptyStarts: StartFigures[] = [];
  for (let i = 0; i < STARTS; i++) {
    starts.push(startOf(mainJs));
    coreStarts.push(startOf(floors.core));
    emptyStarts.push(startOf(floors.empty));
  }
  const total = (f: StartFigures): number => f.evaluateMs + f.onloadMs;
  const startTimes = starts.map(total);
  const coreMedian = median(coreStarts.map(total));
  const emptyMedian = median(emptyStarts.map(total));

  // Would wrapping modules in functions that run later (lazy initialisation) make the text cheaper
  // to compile? V8 still pre-parses every function it is not asked to run: the same text as the
  // body of a function that is never called, beside the same text compiled to run.
  const neverCalledTimes: number[] = [];
  for (let i = 0; i < EVALUATIONS; i++) {
    collectGarbage();
    const t = performance.now();
    new Script(`function neverCalled(module, exports, require) {\n${fresh(-100 - i)}\n}`, { filename: mainJs });
    neverCalledTimes.push(performance.now() - t);
  }
  const mainKb = code.length / 1024;

  const noWork = before.list === 0 && before.cache === 0 && before.read === 0;
  const sec = report.section("4. A start of the built main.js: evaluating it, then onload (registrations only)");
  const startMedian = median(startTimes);
  sec.rows.push(
    {
      what: "a start, in a process of its own: evaluating main.js + onload",
      value: ms(startMedian),
      target: `≤ ${START_TARGET_MS} ms`,
      ok: startMedian <= START_TARGET_MS,
    },
    { what: "… of which evaluating main.js (the first time in the process)", value: ms(median(starts.map((f) => f.evaluateMs))) },
    { what: "… of which onload (its code run for the first time)", value: ms(median(starts.map((f) => f.onloadMs))) },
    { what: "… slowest of the starts", value: ms(Math.max(...startTimes)) },
    {
      what: `a start of a main.js with only the settings, the index and the engine (${kb(statSync(floors.core).size)}; no view, command or settings tab)`,
      value: ms(coreMedian),
    },
    { what: "… the whole plugin's start beside it", value: ms(startMedian), floor: ms(coreMedian), ratio: ratio(startMedian, coreMedian) },
    { what: "a start of a plugin that only reads its data (the stand-in's and the process's share)", value: ms(emptyMedian) },
    { what: "in this process: evaluating main.js again, from a text not compiled before", value: ms(median(evalTimes)) },
    { what: "… of which compiling the text (vm.Script: parsing, nothing runs)", value: ms(median(compileTimes)) },
    { what: "… per KB of main.js", value: us(median(compileTimes) / mainKb) },
    { what: "… the same text as the body of a function never called (pre-parsed only)", value: ms(median(neverCalledTimes)), floor: ms(median(compileTimes)), ratio: ratio(median(neverCalledTimes), median(compileTimes)) },
    { what: "… the same text evaluated again (V8's compilation cache: for reference)", value: ms(median(cachedEvalTimes)) },
    { what: "onload, warm: plugin.load() until its async onload resolves", value: ms(median(times)), target: "registrations only" },
    { what: "… p95 (onload)", value: ms(percentile(times, 95)) },
    {
      what: "index work before layout ready (list / cache / read calls)",
      value: `${before.list} / ${before.cache} / ${before.read}`,
      target: "0 / 0 / 0",
      ok: noWork,
    },
    { what: "index work after layout ready (list / cache / read calls)", value: `${after.list - before.list} / ${after.cache - before.cache} / ${after.read - before.read}` },
  );
  sec.notes.push(
    `A start (the target, issue 12, which replaced the 60 KB size target: what a larger main.js costs a user is the time to start it): median of ${STARTS} processes, each evaluating main.js once, as Obsidian does when it starts with the plugin on, then loading an instance of its class against the stand-in on a 500-note vault whose layout is not ready (bench/lib/start-child.ts). In a process of its own nothing of the plugin is compiled or warm yet, as at a real start; what the app has done before any plugin loads is done first and not timed: the CodeMirror packages are loaded, and a date and a number have been worded (the runtime's locale data is loaded: about 10 ms at its first use, which main.js must not pay itself — it builds no Intl object while it is evaluated). The app's API code is warm at a real start (the app and its core plugins have used it), so the stand-in's is warmed first by loading and unloading a plugin that makes each kind of call ours makes; our own code stays cold. The rows "in this process" evaluate main.js repeatedly in the benchmark's own process (median of ${EVALUATIONS}, a GC before each), for the split: compiling alone, and the same text again (V8 keeps compiled code for a text it has seen, so that row is not a start).`,
    `The floors (bench/lib/start-floors.ts), started round by round beside main.js in processes of their own: a main.js built with the plugin's options whose onload does what ours does before it registers anything (settings, device state, the index as a child) — the engine, the settings and the index with nothing to show them; and a plugin that only reads its data. Compiling costs about the same per KB whatever the code does, and a function never called costs about as much to pre-parse as to compile (the row above), so wrapping modules to initialise them later would not make main.js cheaper to start: what a start costs follows the size of the code Obsidian evaluates, and a plugin's release is one main.js.`,
    `Median of ${LOADS} loads after ${WARMUP} warm-ups, each a new instance of the plugin class from main.js, loaded against the stand-in and unloaded again, on a 5,000-note vault whose layout is not ready. Each load left ${pendingLayout} callback(s) waiting for onLayoutReady (the work deferred to layout ready); index.ready before the layout: ${String(readyBeforeLayout)}.`,
    `Work counted by wrapping vault.getRoot/getMarkdownFiles/getFiles, metadataCache.getFileCache and vault.read/cachedRead. After setLayoutReady the index built and listed ${built} interview notes (expected 100).`,
    `main.js required: ${[...new Set(required)].join(", ")}. One onload is about ${us(median(times), 0)} of a stand-in's work; Obsidian's own registration calls cost more, but none of it grows with the vault.`,
  );
}

/**
 * A floor plugin (bench/lib/start-floors.ts, start-floor-empty.ts) as a main.js of its own, built
 * with the plugin's build options (minified, the same externals and target) into the benchmark's
 * cache folder.
 */
async function buildFloor(root: string, dir: string, entry: string): Promise<string> {
  const outfile = join(dir, entry.replace(/\.ts$/, ".js"));
  await esbuild.build({ ...pluginOptions({ root }), entryPoints: [join(root, "bench", "lib", entry)], banner: {}, outfile });
  return outfile;
}
