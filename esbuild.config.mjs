// Builds the two outputs: the plugin's main.js (CommonJS, mobile-safe) and the CLI (Node).
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import { oneJsYaml } from "./scripts/one-js-yaml.mjs";

const production = process.argv[2] === "production";
const watch = process.argv.includes("--watch");

const banner = "/* Interview Follow-up — an Obsidian plugin. Source: src/ in this repository. */";

/** @type {import('esbuild').BuildOptions} */
const plugin = {
  banner: { js: banner },
  entryPoints: ["src/main.ts"],
  bundle: true,
  external: [
    "obsidian",
    "electron",
    "@codemirror/*",
    "@lezer/*",
    ...builtinModules,
    ...builtinModules.map((m) => `node:${m}`),
  ],
  format: "cjs",
  target: "es2021",
  platform: "browser",
  logLevel: "warning",
  sourcemap: production ? false : "inline",
  treeShaking: true,
  minify: production,
  outfile: "main.js",
};

/** @type {import('esbuild').BuildOptions} */
const cli = {
  entryPoints: ["src/cli/main.ts"],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  logLevel: "warning",
  banner: { js: "#!/usr/bin/env node" },
  // gray-matter gets the CLI's js-yaml 4, not a second copy (js-yaml 3) it never uses.
  plugins: [oneJsYaml],
  outfile: "dist/cli.js",
};

if (watch) {
  const ctx = await esbuild.context(plugin);
  await ctx.watch();
} else {
  await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
}
