/** Shared by the CLI tests: throwaway vault folders on disk and an in-process run of the CLI. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";
import type { AgendaJsonNote } from "../../src/cli/agenda";
import type { CliIo } from "../../src/cli/command";
import { runCli } from "../../src/cli/run";

const created: string[] = [];

afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder with these files (paths with `/`); removed after the test file. */
export function makeVault(files: Record<string, string | Uint8Array> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "ifu-cli-"));
  created.push(root);
  for (const [path, content] of Object.entries(files)) writeFile(root, path, content);
  return root;
}

export function writeFile(root: string, path: string, content: string | Uint8Array): string {
  const abs = join(root, ...path.split("/"));
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  return abs;
}

/** A note's text from front matter lines and a body. */
export function note(frontmatter: string, body = "# Notes\n\nSome notes.\n"): string {
  return `---\n${frontmatter.trim()}\n---\n${body}`;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
  /** The clock; defaults to a fixed local moment (25 Nov 2026, 09:00 local). */
  now?: () => Date;
}

/** Runs the CLI in-process and captures its output. */
export async function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    now: options.now ?? (() => new Date(2026, 10, 25, 9, 0)),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** The JSON output of `agenda --json`. */
export interface JsonOut {
  today: string;
  notes: AgendaJsonNote[];
}

export async function agendaJson(folder: string, ...flags: string[]): Promise<JsonOut> {
  const r = await run(["agenda", folder, "--json", ...flags]);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as JsonOut;
}

/** Front matter of a typical interview note (Wed 18 Nov 2026, email known, nothing sent). */
export const BASIC = `type: interview
company: Acme
role: Analyst
interviewer: Dana Reyes
interviewer_email: dana@acme.example
interview_date: 2026-11-18`;
