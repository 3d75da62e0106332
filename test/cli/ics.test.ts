/** `interview-followup ics`: the calendar from a vault folder, to stdout or to one file. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/args";
import type { CliIo } from "../../src/cli/command";
import { runIcs } from "../../src/cli/ics";

interface Captured {
  io: CliIo;
  out: () => string;
  err: () => string;
}

function capture(): Captured {
  let out = "";
  let err = "";
  return {
    io: {
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: (t: string) => (err += t) },
      env: {},
      isTTY: false,
      // Any read of the clock would be a bug: every test passes --today.
      now: () => {
        throw new Error("the clock was read");
      },
    },
    out: () => out,
    err: () => err,
  };
}

/** Every file and folder under `dir`, relative, sorted. */
function tree(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + e.name;
    out.push(e.isDirectory() ? `${rel}/` : rel);
    if (e.isDirectory()) out.push(...tree(join(dir, e.name), `${rel}/`));
  }
  return out.sort();
}

function events(text: string): { summary: string; start: string; end: string; uid: string }[] {
  const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return cal.getAllSubcomponents("vevent").map((ev) => ({
    summary: String(ev.getFirstPropertyValue("summary")),
    start: String(ev.getFirstPropertyValue("dtstart")),
    end: String(ev.getFirstPropertyValue("dtend")),
    uid: String(ev.getFirstPropertyValue("uid")),
  }));
}

let root: string;
let vault: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "ifu-ics-"));
  vault = join(root, "vault");
  mkdirSync(join(vault, "Interviews"), { recursive: true });
  const note = (fm: string): string => `---\n${fm}\n---\n\nNotes.\n`;
  writeFileSync(join(vault, "Interviews", "Acme.md"), note("company: Acme\nrole: Analyst\ninterview_date: 2026-11-18\nthank_you_sent: true\ninterviewer_email: dana@acme.example"));
  writeFileSync(join(vault, "Interviews", "Globex.md"), note("company: \"Globex, Inc; \\\\ 🎉\"\nrole: Designer\ninterview_date: 2026-11-24"));
  writeFileSync(join(vault, "Interviews", "Closed.md"), note("company: Initech\ninterview_date: 2026-11-02\noutcome: rejected"));
  writeFileSync(join(vault, "Interviews", "Later.md"), note("company: Umbrella\ninterview_date: 2026-12-15"));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("ics command", () => {
  it("writes the calendar to stdout: one event per open action, none for closed or upcoming notes", async () => {
    const c = capture();
    expect(await runIcs([vault, "--today", "2026-11-25"], c.io)).toBe(0);
    expect(c.err()).toBe("");
    const list = events(c.out());
    expect(list.map((e) => [e.summary, e.start, e.end])).toEqual([
      ["Thank-you: Globex, Inc; \\ 🎉 — Designer", "2026-11-24", "2026-11-27"],
      ["Email follow-up: Acme — Analyst", "2026-11-25", "2026-12-03"],
    ]);
    expect(c.out().startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  });

  it("is deterministic for the same --today, and keeps UIDs as days pass", async () => {
    const a = capture();
    const b = capture();
    await runIcs([vault, "--today", "2026-11-25"], a.io);
    await runIcs([vault, "--today", "2026-11-25"], b.io);
    expect(a.out()).toBe(b.out());
    const later = capture();
    await runIcs([vault, "--today", "2026-12-04"], later.io);
    const acmeNow = events(a.out()).find((e) => e.summary.includes("Acme"));
    const acmeLater = events(later.out()).find((e) => e.summary.includes("Acme"));
    expect(acmeLater?.uid).toBe(acmeNow?.uid);
  });

  it("--holidays and --max-attempts reach the engine", async () => {
    const c = capture();
    await runIcs([vault, "--today", "2026-11-25", "--holidays", "2026-11-26,2026-11-27"], c.io);
    const acme = events(c.out()).find((e) => e.summary.includes("Acme"));
    expect([acme?.start, acme?.end]).toEqual(["2026-11-25", "2026-12-05"]);
    writeFileSync(
      join(vault, "Interviews", "Acme.md"),
      "---\ncompany: Acme\ninterview_date: 2026-11-02\nthank_you_sent: true\nfollow_ups: [2026-11-09]\n---\n",
    );
    const one = capture();
    await runIcs([vault, "--today", "2026-11-25", "--max-attempts", "1"], one.io);
    expect(events(one.out()).some((e) => e.summary.includes("Acme"))).toBe(false);
    const three = capture();
    await runIcs([vault, "--today", "2026-11-25", "--max-attempts", "3"], three.io);
    expect(events(three.out()).some((e) => e.summary.includes("Acme"))).toBe(true);
  });

  it("--out writes that file and nothing else, with the same bytes as stdout", async () => {
    const outDir = join(root, "out");
    mkdirSync(outDir);
    const vaultBefore = tree(vault);
    const c = capture();
    expect(await runIcs([vault, "--today", "2026-11-25", "--out", join(outDir, "follow-ups.ics")], c.io)).toBe(0);
    expect(tree(outDir)).toEqual(["follow-ups.ics"]);
    expect(tree(vault)).toEqual(vaultBefore);
    expect(c.out()).toBe(`2 events written to ${join(outDir, "follow-ups.ics")}\n`);
    const stdout = capture();
    await runIcs([vault, "--today", "2026-11-25"], stdout.io);
    expect(readFileSync(join(outDir, "follow-ups.ics"), "utf8")).toBe(stdout.out());
  });

  it("--out's file name is cleaned when echoed (a bidirectional override stays visible)", async () => {
    const c = capture();
    const name = join(root, "cal\u202egnp.ics");
    expect(await runIcs([vault, "--today", "2026-11-25", "--out", name], c.io)).toBe(0);
    expect(readFileSync(name, "utf8")).toContain("BEGIN:VCALENDAR");
    expect(c.out()).toBe(`2 events written to ${join(root, "cal\ufffdgnp.ics")}\n`);
  });

  it("--out replaces an existing file", async () => {
    const file = join(root, "cal.ics");
    writeFileSync(file, "old");
    await runIcs([vault, "--today", "2026-11-25", "--out", file], capture().io);
    expect(readFileSync(file, "utf8")).toMatch(/^BEGIN:VCALENDAR/);
  });

  it("refuses an --out that is a folder, and writes nothing", async () => {
    const dir = join(root, "out");
    mkdirSync(dir);
    await expect(runIcs([vault, "--today", "2026-11-25", "--out", dir], capture().io)).rejects.toThrow(UsageError);
    await expect(runIcs([vault, "--today", "2026-11-25", "--out", dir], capture().io)).rejects.toThrow(/is a folder/);
    await expect(runIcs([vault, "--today", "2026-11-25", "--out", `${join(root, "new")}/`], capture().io)).rejects.toThrow(/is a folder/);
    expect(tree(dir)).toEqual([]);
    expect(tree(root)).toEqual(expect.not.arrayContaining(["new/"]));
  });

  it("creates no folder for an --out whose folder is missing", async () => {
    const before = tree(root);
    await expect(runIcs([vault, "--today", "2026-11-25", "--out", join(root, "missing", "cal.ics")], capture().io)).rejects.toThrow(
      /cannot write .*its folder does not exist/,
    );
    expect(tree(root)).toEqual(before);
  });

  it("bad arguments are usage errors", async () => {
    await expect(runIcs([vault, "--today", "2026-02-30"], capture().io)).rejects.toThrow(/--today/);
    await expect(runIcs([vault, "--today", "2026-11-25", "--out"], capture().io)).rejects.toThrow(/--out needs a value/);
    await expect(runIcs([vault, "--today", "2026-11-25", "--nope"], capture().io)).rejects.toThrow(/unknown option --nope/);
    await expect(runIcs([join(root, "nowhere"), "--today", "2026-11-25"], capture().io)).rejects.toThrow(/cannot read the folder .*nowhere \(it does not exist\)/);
    await expect(runIcs([vault, vault, "--today", "2026-11-25"], capture().io)).rejects.toThrow(/one folder/);
  });
});

describe("ics through the dispatcher", () => {
  it("usage mistakes are one line on stderr and exit code 2", async () => {
    const { runCli } = await import("../../src/cli/run");
    const dir = join(root, "out");
    mkdirSync(dir);
    for (const argv of [
      ["ics", vault, "--today", "2026-11-25", "--out", dir],
      ["ics", vault, "--today", "tomorrow"],
      ["ics", join(root, "nowhere"), "--today", "2026-11-25"],
    ]) {
      const c = capture();
      expect(await runCli(argv, c.io)).toBe(2);
      expect(c.out()).toBe("");
      expect(c.err()).toMatch(/^interview-followup: [^\n]+\n$/);
    }
  });

  it("is listed in --help and has its own help", async () => {
    const { runCli } = await import("../../src/cli/run");
    const main = capture();
    expect(await runCli(["--help"], main.io)).toBe(0);
    expect(main.out()).toContain("interview-followup ics [folder] [options]");
    const own = capture();
    expect(await runCli(["ics", "--help"], own.io)).toBe(0);
    expect(own.out()).toContain("--out FILE");
  });

  it("agenda --fail-on-due exits 3 when something is due or overdue, else 0", async () => {
    const { runCli } = await import("../../src/cli/run");
    expect(await runCli(["agenda", vault, "--today", "2026-11-25", "--fail-on-due"], capture().io)).toBe(3);
    expect(await runCli(["agenda", vault, "--today", "2026-11-25"], capture().io)).toBe(0);
    // 2026-11-21: Acme waits (R4c opens 11-25), Globex and Umbrella are upcoming, Initech is closed.
    expect(await runCli(["agenda", vault, "--today", "2026-11-21", "--fail-on-due"], capture().io)).toBe(0);
    // Overdue counts too.
    rmSync(join(vault, "Interviews", "Globex.md"));
    expect(await runCli(["agenda", vault, "--today", "2026-12-10", "--fail-on-due"], capture().io)).toBe(3);
  });
});
