// @vitest-environment happy-dom
/**
 * The stand-in vault's timing (stand-in/vault.ts), held to Obsidian's: a write resolves when the
 * file is written; the metadata cache reads it later and then fires `changed` (d.ts
 * MetadataCache.on('changed'): "called when a file has been indexed, and its (updated) cache is
 * now available"). A plugin that reads the cache right after awaiting a write sees the old one.
 */
import { describe, expect, it } from "vitest";
import { createApp, TFile } from "./obsidian";

describe("the stand-in vault: a write does not wait for the metadata cache", () => {
  it("modify resolves with the new text written and the old cache; `changed` follows", async () => {
    const app = createApp({ files: { "A.md": "---\nstep: 1\n---\nBody\n" } });
    const file = app.vault.getFileByPath("A.md")!;
    const changed: unknown[] = [];
    app.metadataCache.on("changed", (...args: unknown[]) => {
      const [f, , cache] = args as [unknown, string, { frontmatter?: unknown }];
      if (f instanceof TFile) changed.push([f.path, cache.frontmatter]);
    });
    await app.vault.modify(file, "---\nstep: 2\n---\nBody\n");
    expect(await app.vault.read(file)).toBe("---\nstep: 2\n---\nBody\n");
    expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ step: 1 });
    expect(changed).toEqual([]);
    await app.metadataCache.settled__();
    expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ step: 2 });
    expect(changed).toEqual([["A.md", { step: 2 }]]);
  });

  it("create resolves with the file, which has no cache until it is parsed; processFrontMatter likewise", async () => {
    const app = createApp({ files: {} });
    const file = await app.vault.create("B.md", "---\nstep: 1\n---\n");
    expect(file).toBeInstanceOf(TFile);
    expect(app.metadataCache.getFileCache(file)).toBeNull();
    await app.metadataCache.settled__();
    expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ step: 1 });
    await app.fileManager.processFrontMatter(file, (fm) => {
      fm.step = 2;
    });
    expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ step: 1 });
    await app.metadataCache.settled__();
    expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ step: 2 });
  });

  it("trashing resolves before `deleted` fires", async () => {
    const app = createApp({ files: { "C.md": "text\n" } });
    const deleted: string[] = [];
    app.metadataCache.on("deleted", (...args: unknown[]) => {
      if (args[0] instanceof TFile) deleted.push(args[0].path);
    });
    await app.fileManager.trashFile(app.vault.getFileByPath("C.md")!);
    expect(app.vault.getFileByPath("C.md")).toBeNull();
    expect(deleted).toEqual([]);
    await app.metadataCache.settled__();
    expect(deleted).toEqual(["C.md"]);
  });
});
