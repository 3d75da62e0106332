// The esbuild options of the two things this repository ships, in one place: esbuild.config.mjs
// builds with them (npm run build, npm run dev), and every test and benchmark that builds or
// inspects a bundle takes them from here, so what is tested is what is released.
//   main.js      the plugin: CommonJS for Obsidian's loader, mobile-safe (no Node built-ins)
//   dist/cli.js  the command line: Node 20, one js-yaml (scripts/one-js-yaml.mjs)
import { builtinModules } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { oneJsYaml } from "./one-js-yaml.mjs";

/** The repository's folder. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The first line of main.js. */
export const PLUGIN_BANNER = "/* Interview Follow-up — an Obsidian plugin. Source: src/ in this repository. */";

/**
 * main.js. `production` (npm run build, and every test) minifies it without a source map; the
 * watch build (npm run dev) keeps it readable with an inline source map.
 * @param {{ root?: string, production?: boolean }} [options]
 * @returns {import('esbuild').BuildOptions}
 */
export function pluginOptions({ root = ROOT, production = true } = {}) {
  return {
    banner: { js: PLUGIN_BANNER },
    entryPoints: [join(root, "src", "main.ts")],
    bundle: true,
    // Obsidian provides these at run time; Node built-ins stay out so a require of one fails the
    // build's tests instead of the plugin on a phone.
    external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
    format: "cjs",
    target: "es2021",
    platform: "browser",
    logLevel: "warning",
    sourcemap: production ? false : "inline",
    treeShaking: true,
    minify: production,
    outfile: join(root, "main.js"),
  };
}

/**
 * dist/cli.js, the same for every build.
 * @param {{ root?: string }} [options]
 * @returns {import('esbuild').BuildOptions & { plugins: import('esbuild').Plugin[] }}
 */
export function cliOptions({ root = ROOT } = {}) {
  return {
    banner: { js: "#!/usr/bin/env node" },
    entryPoints: [join(root, "src", "cli", "main.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "warning",
    // gray-matter gets the CLI's js-yaml 4, not a second copy (js-yaml 3) it never uses.
    plugins: [oneJsYaml],
    outfile: join(root, "dist", "cli.js"),
  };
}
