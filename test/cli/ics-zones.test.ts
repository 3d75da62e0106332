/**
 * The built CLI run in several time zones gives byte-identical calendars: same days, same UIDs,
 * same DTSTAMP. (The in-process suite runs under one zone at a time; this compares them.)
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/build-options.mjs";
import { cliBuildOptions } from "../support/main-bundle";

let root: string;
let cli: string;
let vault: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "ifu-ics-zones-"));
  cli = join(root, "cli.cjs");
  await build({ ...cliBuildOptions(ROOT), outfile: cli });
  vault = join(root, "vault");
  mkdirSync(vault);
  writeFileSync(join(vault, "Acme.md"), "---\ntype: interview\ncompany: Acme\nrole: Analyst\ninterview_date: 2026-11-18T23:30:00\n---\n");
  writeFileSync(join(vault, "Kestrel.md"), "---\ntype: interview\ncompany: Kestrel\nrole: Engineer\ninterview_date: 2026-11-02T09:30\nthank_you_sent: 2026-11-02\n---\n");
  writeFileSync(join(vault, "Globex.md"), "---\ntype: interview\ncompany: Globex\ninterview_date: 2026-11-24\nfollow_ups:\n  - {date: 2026-11-25, channel: voicemail}\n---\n");
}, 60_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("ics across time zones", () => {
  it("the same vault and --today give the same bytes in five zones", () => {
    const zones = ["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "America/Santiago", "Australia/Sydney"];
    const outputs = zones.map((TZ) => {
      const r = spawnSync(process.execPath, [cli, "ics", vault, "--today", "2026-11-25"], { env: { ...process.env, TZ }, encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      return r.stdout;
    });
    expect(outputs[0]).toContain("DTSTART;VALUE=DATE:20261125"); // Acme: R4c follow-up, I + 5 bd
    expect(outputs[0]).toContain("DTSTART;VALUE=DATE:20261124"); // Globex: the thank-you, due
    expect(outputs[0]).toContain("DTSTAMP:20261125T000000Z");
    // Kestrel's window (R4c, 9–16 Nov) has passed: the event is placed on the export day.
    expect(outputs[0]).toContain("SUMMARY:Email follow-up (overdue): Kestrel — Engineer\r\n");
    expect(outputs[0]).toContain("DTEND;VALUE=DATE:20261126\r\n"); // one day, the 25th: only Kestrel's event ends then
    for (const out of outputs.slice(1)) expect(out).toBe(outputs[0]);
  });
});
