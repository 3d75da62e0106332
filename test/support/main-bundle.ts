/**
 * The built plugin as users install it, for tests and benchmarks: the build options
 * (scripts/build-options.mjs, the ones esbuild.config.mjs builds with), and `main.js` evaluated
 * the way Obsidian does — a CommonJS function given the app's `require`, which answers `obsidian`
 * with the stand-in and `@codemirror/*` with the real packages, and refuses anything else.
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import process from "node:process";
import { runInThisContext } from "node:vm";
import { build, type BuildOptions } from "esbuild";
import { cliOptions, pluginOptions } from "../../scripts/build-options.mjs";
import * as standIn from "./obsidian";

/** The plugin bundle's options for `npm run build` (production), from scripts/build-options.mjs. */
export function pluginBuildOptions(root: string): BuildOptions {
  return pluginOptions({ root, production: true });
}

/** The CLI bundle's options (dist/cli.js), from scripts/build-options.mjs. */
export function cliBuildOptions(root: string): BuildOptions {
  return cliOptions({ root });
}

/**
 * Evaluates a main.js text; every id it requires is pushed to `required`. `obsidian` is the
 * module it gets for `require("obsidian")`: the stand-in, or a variant of it (an app without
 * Bases: `withoutBases__(standIn)`).
 */
export function evaluateMainJs<T>(code: string, filename: string, required: string[] = [], obsidian: unknown = standIn): T {
  const nodeRequire = createRequire(import.meta.url);
  const requireForPlugin = (id: string): unknown => {
    required.push(id);
    if (id === "obsidian") return obsidian;
    if (id.startsWith("@codemirror/")) return nodeRequire(id);
    throw new Error(`main.js required "${id}"`);
  };
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = runInThisContext(`(function (module, exports, require) {\n${code}\n})`, { filename }) as (
    m: typeof module,
    e: typeof module.exports,
    r: typeof requireForPlugin,
  ) => void;
  wrapper(module, module.exports, requireForPlugin);
  return (module.exports.default ?? module.exports) as T;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** A built file (main.js, dist/cli.js) that is missing or older than a source or build script (`root`/src, `root`/scripts). */
export function isStaleBuild(file: string, root: string): boolean {
  return !existsSync(file) || statSync(file).mtimeMs < Math.max(newestMtime(join(root, "src")), newestMtime(join(root, "scripts")));
}

/** The text of `root`/main.js, built first (as `npm run build` does) when it is missing or stale. */
export async function builtMainJs(root: string): Promise<string> {
  const main = join(root, "main.js");
  if (isStaleBuild(main, root)) {
    const tmp = `${main}.${process.pid}.tmp`;
    await build({ ...pluginBuildOptions(root), outfile: tmp });
    renameSync(tmp, main);
  }
  return readFileSync(main, "utf8");
}
