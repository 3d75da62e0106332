// `npm run bench` (after `npm run build`): bundles the TypeScript benchmark suite (bench/suite.ts)
// with esbuild, `obsidian` aliased to the stand-in as in vitest.config.mts, gives it a DOM the
// way vitest's happy-dom environment does, and runs it in this process (started with
// --expose-gc). Exits non-zero only when the benchmark itself breaks, never for a missed target.
// `npm run bench -- index cli` runs only those parts (bundle, onload, cli, index). With
// IFU_BENCH_CHILD=<bundle> it runs that prebuilt bundle's main() instead (a child process of the
// benchmark, started by bench/lib/onload-bench.ts).
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import esbuild from "esbuild";
import { Window } from "happy-dom";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Inside node_modules, so the bundle resolves its external packages from the project.
const outDir = join(root, "node_modules", ".cache", "ifu-bench");
const outfile = join(outDir, "suite.mjs");

// The DOM: a happy-dom Window whose members become globals (window, document, HTMLElement…).
const win = new Window({ url: "http://localhost/" });
/** Copies the window's members onto the global object; again later for what the stand-in adds (createEl…). */
function syncDom() {
  for (const key of Object.getOwnPropertyNames(win)) {
    if (key in globalThis) continue;
    try {
      globalThis[key] = win[key];
    } catch {
      // A getter that needs a browsing context: not used here.
    }
  }
  globalThis.window = win;
  globalThis.document = win.document;
  globalThis.activeWindow = win;
  globalThis.activeDocument = win.document;
}

async function closeDom() {
  await win.happyDOM.abort();
  await win.happyDOM.close();
}

try {
  // A child process of the benchmark (benchmark 4's fresh starts): a suite already bundled, run
  // with this DOM, its result printed by its own main().
  const child = process.env.IFU_BENCH_CHILD;
  if (child) {
    syncDom();
    const part = await import(pathToFileURL(child).href);
    syncDom();
    await part.main({ root, args: process.argv.slice(2) });
    await closeDom();
    process.exit(0);
  }
  syncDom();
  mkdirSync(outDir, { recursive: true });
  // The suite, and the start of the plugin that benchmark 4 runs in processes of its own.
  await esbuild.build({
    entryPoints: { suite: join(root, "bench", "suite.ts"), "start-child": join(root, "bench", "lib", "start-child.ts") },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    alias: { obsidian: join(root, "test", "support", "obsidian.ts") },
    outdir: outDir,
    outExtension: { ".js": ".mjs" },
    logLevel: "warning",
    sourcemap: "inline",
  });
  const suite = await import(pathToFileURL(outfile).href);
  syncDom();
  await suite.main({ root, args: process.argv.slice(2) });
  await closeDom();
  process.exit(0);
} catch (error) {
  console.error("bench: the benchmark broke:", error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
}
