/**
 * Runs the artifact users install: dist/cli.js, as a separate Node process. Built with the
 * options esbuild.config.mjs builds with (scripts/build-options.mjs) when it is missing or older
 * than the sources.
 */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import process from "node:process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { cliBuildOptions, isStaleBuild } from "../support/main-bundle";
import { BASIC, makeVault, note, writeFile } from "./helpers";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");

beforeAll(async () => {
  if (!isStaleBuild(CLI, ROOT)) return;
  await build(cliBuildOptions(ROOT));
}, 60_000);

function cli(args: string[], env: Record<string, string> = {}, options: SpawnSyncOptions = {}, cliPath = CLI) {
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", TZ: process.env.TZ ?? "", ...env },
    ...options,
  });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/**
 * Runs the CLI as a user who may not read `locked` (mode 000): this user, or, when the tests run
 * as root (who reads everything), the unprivileged uid 65534 ("nobody").
 */
function cliWithout(locked: string[], args: string[]) {
  for (const dir of locked) chmodSync(dir, 0o000);
  try {
    if (process.getuid?.() !== 0) return cli(args);
    // "nobody" may not enter the folders above a checkout (a private temporary folder, a home):
    // it runs a copy of dist/cli.js (one self-contained file) from a folder anyone may enter.
    const dir = makeVault();
    chmodSync(dir, 0o755);
    const copy = join(dir, "cli.js");
    copyFileSync(CLI, copy);
    chmodSync(copy, 0o644);
    return cli(args, {}, { uid: 65534, gid: 65534, cwd: dir }, copy);
  } finally {
    for (const dir of locked) chmodSync(dir, 0o755);
  }
}

/** A vault inside a folder anyone may enter (makeVault's folders are private to their owner). */
function openVault(files: Record<string, string>): string {
  const parent = makeVault();
  chmodSync(parent, 0o755);
  const vault = join(parent, "vault");
  mkdirSync(vault, { mode: 0o755 });
  for (const [path, text] of Object.entries(files)) {
    const abs = writeFile(vault, path, text);
    chmodSync(abs, 0o644);
  }
  return vault;
}

describe("dist/cli.js", () => {
  it("prints the example agenda (npm start)", () => {
    const r = cli(["agenda", "examples/vault", "--today", "2026-11-25"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("Follow-ups as of Wed, Nov 25, 2026");
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

  it("a folder it cannot read is an error: exit 2, one line naming the folder and why (issue 10, item 8)", () => {
    const vault = openVault({ "Interviews/a.md": note(BASIC) });
    chmodSync(join(vault, "Interviews"), 0o755);
    for (const args of [["agenda", vault], ["agenda", vault, "--json"], ["ics", vault]]) {
      const r = cliWithout([vault], args);
      expect(r.stdout, args.join(" ")).toBe("");
      expect(r.stderr).toBe(`interview-followup: cannot read the folder ${vault} (permission denied)\n`);
      expect(r.code).toBe(2);
    }
  });

  it("a subfolder it cannot read is one warning; the rest is read", () => {
    const vault = openVault({ "Interviews/a.md": note(BASIC), "Private/b.md": note(BASIC) });
    for (const dir of ["Interviews", "Private"]) chmodSync(join(vault, dir), 0o755);
    const r = cliWithout([join(vault, "Private")], ["agenda", vault, "--today", "2026-11-25", "--json"]);
    expect(r.stderr).toBe("interview-followup: warning: could not read the folder Private (permission denied); skipped\n");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { notes: { path: string }[] }).notes.map((n) => n.path)).toEqual(["Interviews/a.md"]);
  });

  it("a warning names a folder cleaned for the terminal (an escape sequence in its name stays visible)", () => {
    const vault = openVault({ "Interviews/a.md": note(BASIC), "Pri\u001b[2Jvate/b.md": note(BASIC) });
    for (const dir of ["Interviews", "Pri\u001b[2Jvate"]) chmodSync(join(vault, dir), 0o755);
    const r = cliWithout([join(vault, "Pri\u001b[2Jvate")], ["agenda", vault, "--today", "2026-11-25", "--json"]);
    expect(r.stderr).toBe("interview-followup: warning: could not read the folder Pri\ufffd[2Jvate (permission denied); skipped\n");
    expect(r.code).toBe(0);
  });

  it("--version and --help", () => {
    expect(cli(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(cli(["--help"]).stdout).toContain("interview-followup agenda [folder] [options]");
  });

  it("bundles one YAML library: gray-matter gets the CLI's js-yaml 4, not its own js-yaml 3", async () => {
    const result = await build({ ...cliBuildOptions(ROOT), absWorkingDir: ROOT, write: false, metafile: true, outfile: "dist/cli.js" });
    const inputs = Object.keys(result.metafile.inputs);
    const yamlInputs = inputs.filter((path) => /(^|\/)node_modules\/(?:.*\/)?(js-yaml|yaml)\//.test(path));
    expect(inputs.some((path) => path.startsWith("node_modules/gray-matter/"))).toBe(true);
    expect(yamlInputs).toEqual(["node_modules/js-yaml/dist/js-yaml.mjs"]);
    // The artifact itself (unminified: esbuild names every input in a comment).
    const bundled = [...readFileSync(CLI, "utf8").matchAll(/^\/\/ (node_modules\/\S+)$/gm)].map((m) => m[1]);
    expect(bundled.filter((path) => path.includes("js-yaml"))).toEqual(["node_modules/js-yaml/dist/js-yaml.mjs"]);
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
