/**
 * The bundles on disk are exactly what the tests' build options make: `npm run build`
 * (esbuild.config.mjs) and every test that builds or inspects a bundle take their options from
 * scripts/build-options.mjs, so what the tests check is what is released. (`npm test` runs
 * `npm run build` first; alone, this file builds what is missing or stale the same way.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { PLUGIN_BANNER, ROOT } from "../../scripts/build-options.mjs";
import { builtMainJs, cliBuildOptions, isStaleBuild, pluginBuildOptions } from "../support/main-bundle";

const CLI = join(ROOT, "dist", "cli.js");

beforeAll(async () => {
  await builtMainJs(ROOT);
  if (isStaleBuild(CLI, ROOT)) await build(cliBuildOptions(ROOT));
}, 60_000);

async function inMemory(options: Parameters<typeof build>[0]): Promise<string> {
  const result = await build({ ...options, absWorkingDir: ROOT, write: false });
  return result.outputFiles[0].text;
}

describe("the shipped bundles", () => {
  it("main.js is byte for byte the build of the tests' plugin options (banner included)", async () => {
    const shipped = readFileSync(join(ROOT, "main.js"), "utf8");
    expect(shipped.startsWith(`${PLUGIN_BANNER}\n`)).toBe(true);
    expect(await inMemory(pluginBuildOptions(ROOT))).toBe(shipped);
  }, 60_000);

  it("dist/cli.js is byte for byte the build of the tests' CLI options", async () => {
    const shipped = readFileSync(CLI, "utf8");
    expect(shipped.startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(await inMemory(cliBuildOptions(ROOT))).toBe(shipped);
  }, 60_000);
});
