/**
 * Runs the artifact users install: dist/cli.js, as a separate Node process. Built with the same
 * options as esbuild.config.mjs when it is missing or older than the sources.
 */
import { spawnSync } from "node:child_process";
import process from "node:process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { isStaleBuild } from "../support/main-bundle";
import { BASIC, makeVault, note, writeFile } from "./helpers";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");

beforeAll(async () => {
  if (!isStaleBuild(CLI, ROOT)) return;
  await build({
    entryPoints: [join(ROOT, "src", "cli", "main.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "silent",
    banner: { js: "#!/usr/bin/env node" },
    outfile: CLI,
  });
}, 60_000);

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", TZ: process.env.TZ ?? "", ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("dist/cli.js", () => {
  it("prints the example agenda (npm start)", () => {
    const r = cli(["agenda", "examples/vault", "--today", "2026-11-25"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("Follow-ups as of Wed 25 Nov 2026");
    expect(r.stdout).toContain("Northwind Analytics — Data Analyst");
    expect(r.stdout).not.toContain("\u001b["); // a pipe is not a terminal
  });

  it("JSON, --fail-on-due and FORCE_COLOR work in the bundle", () => {
    const json = cli(["agenda", "examples/vault", "--today", "2026-11-25", "--json", "--fail-on-due"]);
    expect(json.code).toBe(3);
    expect((JSON.parse(json.stdout) as { notes: unknown[] }).notes).toHaveLength(15);
    expect(cli(["agenda", "examples/vault", "--today", "2026-11-25"], { FORCE_COLOR: "1" }).stdout).toContain("\u001b[");
  });

  it("bad input: one line on stderr, exit 2, no stack trace", () => {
    for (const args of [["agenda", "--nope"], ["agenda", "--today", "2026-02-30"], ["agenda", "no/such/folder"]]) {
      const r = cli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^interview-followup: [^\n]+\n$/);
    }
  });

  it("--version and --help", () => {
    expect(cli(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(cli(["--help"]).stdout).toContain("interview-followup agenda [folder] [options]");
  });

  it("the bundled gray-matter never evaluates ---js front matter", () => {
    const vault = makeVault({ "Interviews/ok.md": note(BASIC) });
    const marker = join(vault, "pwned.txt");
    const code = `{ type: "interview", interview_date: (require("fs").writeFileSync(${JSON.stringify(marker)}, "x"), "2026-11-18") }`;
    writeFile(vault, "Interviews/evil.md", `---js\n${code}\n---\n`);
    const r = cli(["agenda", vault, "--today", "2026-11-25", "--json"]);
    expect(r.code).toBe(0);
    expect(existsSync(marker)).toBe(false);
    const notes = (JSON.parse(r.stdout) as { notes: { path: string; problems: { message: string }[] }[] }).notes;
    expect(notes.find((n) => n.path === "Interviews/evil.md")?.problems[0].message).toMatch(/^front matter in js is not read/);
  });
});
