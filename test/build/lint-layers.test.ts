/**
 * The layering that eslint.config.mjs enforces, read from the config ESLint computes for a file:
 * the core is bundled into main.js, so it may import nothing main.js may not (a YAML library, a
 * Node built-in) and nothing from Obsidian either.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/build-options.mjs";

type RestrictedPaths = [string, { paths: { name: string }[] }];

async function restrictedImports(file: string): Promise<string[]> {
  const config = (await new ESLint({ cwd: ROOT }).calculateConfigForFile(file)) as { rules: Record<string, RestrictedPaths> };
  const rule = config.rules["no-restricted-imports"];
  return rule[1].paths.map((p) => p.name);
}

describe("restricted imports", () => {
  it("src/core/ may import nothing main.js may not, nor obsidian", async () => {
    const core = await restrictedImports("src/core/dates.ts");
    const plugin = await restrictedImports("src/main.ts");
    expect(plugin).toEqual(expect.arrayContaining(["gray-matter", "js-yaml", "yaml", "node:fs", "fs"]));
    expect(core.filter((name) => name !== "obsidian").sort()).toEqual([...plugin].sort());
    expect(core).toContain("obsidian");
  });
});
