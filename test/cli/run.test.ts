/** The dispatcher: usage mistakes, help, version and the command table (src/cli/run.ts, help.ts). */
import { describe, expect, it } from "vitest";
import type { CliCommand } from "../../src/cli/command";
import { COMMANDS, runCli, VERSION } from "../../src/cli/run";
import { makeVault, run } from "./helpers";

describe("usage errors: one line on stderr, exit 2, no stack trace", () => {
  const cases: [string, string[], RegExp][] = [
    ["unknown flag", ["agenda", "--colour"], /^interview-followup: unknown option --colour \(see --help\)$/],
    ["unknown top-level flag", ["--bogus"], /^interview-followup: unknown option --bogus/],
    ["bad --today", ["agenda", "--today", "2026-02-30"], /^interview-followup: --today: "2026-02-30" is not a real day like 2026-11-25$/],
    ["--today without a value", ["agenda", "--today"], /^interview-followup: --today needs a value like YYYY-MM-DD$/],
    ["bad --max-attempts", ["agenda", "--max-attempts", "0"], /^interview-followup: --max-attempts: "0" is not a whole number of 1 or more$/],
    ["non-numeric --max-attempts", ["agenda", "--max-attempts=lots"], /^interview-followup: --max-attempts: "lots"/],
    ["bad --holidays", ["agenda", "--holidays", "2026-12-24,Christmas"], /^interview-followup: --holidays: "Christmas" is not a real day/],
    ["missing folder", ["agenda", "/definitely/not/here"], /^interview-followup: cannot read the folder \/definitely\/not\/here \(it does not exist\)$/],
    ["two folders", ["agenda", "a", "b"], /^interview-followup: agenda takes one folder, got 2: a b$/],
    ["unknown command", ["agendas"], /^interview-followup: unknown command "agendas" \(commands: agenda(, [a-z-]+)*; see --help\)$/],
    ["help for an unknown command", ["help", "nope"], /^interview-followup: no command named "nope"/],
  ];
  it.each(cases)("%s", async (_name, argv, pattern) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.endsWith("\n")).toBe(true);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("a file instead of a folder", async () => {
    const vault = makeVault({ "a.md": "x" });
    const r = await run(["agenda", `${vault}/a.md`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^interview-followup: cannot read the folder .*a\.md \(it is a file, not a folder\)\n$/);
  });
});

describe("arguments echoed in a message are cleaned for the terminal", () => {
  // An argument can carry a bidirectional override or an escape sequence ($'\u202e…' in a shell).
  const cases: [string, string[], string][] = [
    ["a folder that does not exist", ["agenda", "\u202eabc"], "interview-followup: cannot read the folder \ufffdabc (it does not exist)\n"],
    ["a second folder", ["agenda", "a", "\u2066b\u001b[2J"], "interview-followup: agenda takes one folder, got 2: a \ufffdb\ufffd[2J\n"],
    ["an unknown command", ["\u202eagenda"], 'interview-followup: unknown command "\ufffdagenda" (commands: '],
    ["a bad --today", ["agenda", "--today", "2026\u202e-11-25"], 'interview-followup: --today: "2026\ufffd-11-25" is not a real day'],
  ];
  it.each(cases)("%s", async (_name, argv, expected) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(expected)).toBe(true);
    for (const mark of ["\u001b", "\u202e", "\u2066"]) expect(r.stderr).not.toContain(mark);
  });
});

describe("help, version and the command table", () => {
  it("--help, -h, help and no arguments print the help on stdout", async () => {
    for (const argv of [["--help"], ["-h"], ["help"], []]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout).toContain("Usage:");
      expect(r.stdout).toContain("interview-followup agenda [folder] [options]");
      for (const flag of ["--today YYYY-MM-DD", "--json", "--all", "--holidays", "--max-attempts N", "--fail-on-due"]) {
        expect(r.stdout).toContain(flag);
      }
    }
    const one = await run(["agenda", "--help"]);
    expect(one.code).toBe(0);
    expect(one.stdout.split("\n")[0]).toBe("Usage: interview-followup agenda [folder] [options]");
    expect((await run(["help", "agenda"])).stdout).toBe(one.stdout);
  });

  it("--version prints the package version", async () => {
    const r = await run(["--version"]);
    expect(r).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("a new subcommand is one table entry; its unexpected errors are one line and exit 1", async () => {
    const calls: string[][] = [];
    const extra: CliCommand = {
      name: "fake-export",
      summary: "Export something",
      usage: "fake-export [folder]",
      flags: {},
      run: (args) => {
        calls.push(args);
        if (args[0] === "boom") throw new Error("disk on fire\n    at somewhere (file.js:1:1)");
        return Promise.resolve(0);
      },
    };
    const commands = [...COMMANDS, extra];
    let out = "";
    let err = "";
    const io = {
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: (t: string) => (err += t) },
      env: {},
      isTTY: false,
      now: () => new Date(2026, 10, 25),
    };
    expect(await runCli(["fake-export", "vault", "--x"], io, commands)).toBe(0);
    expect(calls).toEqual([["vault", "--x"]]);
    expect(await runCli(["--help"], io, commands)).toBe(0);
    expect(out).toContain("interview-followup fake-export [folder]");
    expect(await runCli(["fake-export", "boom"], io, commands)).toBe(1);
    expect(err).toBe("interview-followup: unexpected error: disk on fire\n");
  });
});
