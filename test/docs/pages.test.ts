/**
 * The pages users read: a README short enough to read in two minutes, every link and anchor
 * leading somewhere, every page reachable from the README, nothing pointing outside the project.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { NOTE_KEYS } from "../../src/core/settings";
import { cliBuildOptions, pluginBuildOptions } from "../support/main-bundle";
import { anchors, linkTargets, marked, pages, readPage, resolveLink, ROOT, slug } from "./markdown";

/** What points a reader outside the project: the spec's shared folder or its file. */
const OUTSIDE = /\.\.\/shared|shared folder|FOLLOWUP-RULES/i;

/** "Under 12 KB", in bytes as the file is stored. */
const README_LIMIT = 12_000;

describe("the README", () => {
  const readme = readPage("README.md");

  it(`is under 12 KB (${README_LIMIT} bytes)`, () => {
    expect(Buffer.byteLength(readme, "utf8")).toBeLessThan(README_LIMIT);
  });

  it("links to every page in docs/, so every feature is reachable from it", () => {
    const linked = new Set(linkTargets(readme).map((t) => resolveLink("README.md", t).path));
    const docs = pages().filter((p) => p.startsWith("docs/"));
    expect(docs.length).toBeGreaterThan(5);
    expect(docs.filter((p) => !linked.has(p))).toEqual([]);
  });

  it("keeps the two newcomer commands, and they do what it says", async () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toMatch(/`npm test` runs every test/);
    const pkg = (await import("../../package.json")).default as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toMatch(/node dist\/cli\.js agenda examples\/vault --today 2026-11-25$/);
    expect(pkg.scripts.test).toContain("scripts/test-all-zones.mjs");
  });

  it("names the property type of every key, as the note reference does", () => {
    // docs/notes.md's table: | `key` | Type (or …) | … |
    const fromNotes = new Map<string, string>();
    for (const m of readPage("docs/notes.md").matchAll(/^\| `([a-z_]+)` \| ([A-Za-z& ]+?)(?: \(or [A-Za-z]+\))? \|/gm)) fromNotes.set(m[1], m[2]);
    expect(fromNotes.size).toBe(NOTE_KEYS.length);
    // The README's sentence: **Type** for `a`, `b` and `c`; … **Text** for the rest.
    const sentence = /The property types to choose in the Properties view:([\s\S]*?)for the rest\./.exec(readme)?.[1] ?? "";
    const named = new Map<string, string>();
    for (const part of sentence.split(";")) {
      const type = /\*\*([^*]+)\*\*/.exec(part)?.[1];
      for (const key of part.replace(/\(.*?\)/g, "").matchAll(/`([a-z_]+)`/g)) if (type) named.set(key[1], type);
    }
    for (const key of NOTE_KEYS) expect(named.get(key) ?? "Text", key).toBe(fromNotes.get(key));
  });

  it("shows the sidebar, the badge and the Bases view", () => {
    const images = linkTargets(readme).filter((t) => t.endsWith(".png"));
    for (const shot of ["sidebar", "badge", "bases"]) expect(images.some((i) => i.includes(shot)), shot).toBe(true);
  });
});

describe("every page", () => {
  for (const page of pages()) {
    describe(page, () => {
      const text = readPage(page);

      it("has links and images that lead to a file of the project, and anchors that exist", () => {
        const broken: string[] = [];
        for (const target of linkTargets(text)) {
          if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:
          const { path, anchor } = resolveLink(page, target);
          if (path === null) broken.push(`${target}: no such file in the project`);
          else if (anchor !== null && path.endsWith(".md") && !anchors(readPage(path)).has(anchor)) broken.push(`${target}: no heading "${anchor}"`);
        }
        expect(broken).toEqual([]);
      });

      it("points nowhere outside the project: no shared folder, no specification file", () => {
        expect(text).not.toMatch(OUTSIDE);
      });
    });
  }
});

describe("what the plugin and the command line show", () => {
  it("points nowhere outside the project either (their bundles, comments stripped)", async () => {
    const bundles = await Promise.all(
      // The shipped options; the CLI's minified here only to drop its comments.
      [pluginBuildOptions(ROOT), { ...cliBuildOptions(ROOT), minify: true }].map((options) => build({ ...options, write: false })),
    );
    for (const b of bundles) {
      const text = b.outputFiles[0].text;
      expect(text.length).toBeGreaterThan(10_000);
      expect(text).not.toMatch(OUTSIDE);
    }
  }, 60_000);
});

describe("the Markdown helpers", () => {
  it("make anchors as GitHub does", () => {
    expect(slug("How they greet you — and how you greet them")).toBe("how-they-greet-you--and-how-you-greet-them");
    expect(slug("R4d Final interview, no timeline")).toBe("r4d-final-interview-no-timeline");
    expect([...anchors("# A\n\n```\n# not a heading\n```\n\n## `thank_you_sent`\n## A\n")]).toEqual(["a", "thank_you_sent", "a-1"]);
  });

  it("find links outside code only, and resolve them from the page's folder", () => {
    expect(linkTargets("[a](docs/cli.md) `[b](nope.md)` ![c](x.png)\n```\n[d](e.md)\n```\n")).toEqual(["docs/cli.md", "x.png"]);
    expect(resolveLink("docs/cli.md", "rules.md#r0-invalid")).toEqual({ path: "docs/rules.md", anchor: "r0-invalid" });
    expect(resolveLink("docs/cli.md", "../../secret.md").path).toBeNull();
    expect(resolveLink("README.md", "docs/none.md").path).toBeNull();
    expect(marked("x <!-- a:start -->\nin\n<!-- a:end -->", "a")).toBe("in");
    expect(existsSync(join(ROOT, "docs"))).toBe(true);
  });
});
