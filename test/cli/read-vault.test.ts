/** What the vault-reading commands share (src/cli/read-vault.ts): their arguments and the report of skipped files. */
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { readVaultArgs, SKIPPED_SHOWN, VAULT_FLAGS } from "../../src/cli/read-vault";
import { BASIC, makeVault, note, run } from "./helpers";

describe("vault arguments", () => {
  const clock = { now: () => new Date(2026, 10, 25, 17, 45) };

  it("defaults to the current folder and the clock's local moment", () => {
    const v = readVaultArgs(parseArgs([], VAULT_FLAGS), clock, "agenda");
    expect(v).toEqual({ folder: ".", now: { day: "2026-11-25", minutes: 17 * 60 + 45 }, holidays: undefined, maxAttempts: undefined });
  });

  it("--today is the start of that day; overrides are read", () => {
    const v = readVaultArgs(parseArgs(["notes", "--today", "2026-12-01", "--holidays", "2026-12-24", "--max-attempts", "2"], VAULT_FLAGS), clock, "agenda");
    expect(v).toEqual({ folder: "notes", now: { day: "2026-12-01", minutes: 0 }, holidays: ["2026-12-24"], maxAttempts: 2 });
  });

  it("one folder only", () => {
    expect(() => readVaultArgs(parseArgs(["a", "b"], VAULT_FLAGS), clock, "agenda")).toThrow("agenda takes one folder, got 2: a b");
  });
});

describe("files the scan did not read", () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]);

  function vaultWithSkips(): string {
    const outside = makeVault({ "secret.md": note(BASIC) });
    const vault = makeVault({ "Interviews/real.md": note(BASIC), "Interviews/photo.md": PNG });
    symlinkSync(join(outside, "secret.md"), join(vault, "Interviews", "link.md"));
    symlinkSync(join(vault, "missing.md"), join(vault, "broken.md"));
    return vault;
  }

  it("are each named on stderr with the reason, while stdout keeps only the agenda", async () => {
    const vault = vaultWithSkips();
    const text = await run(["agenda", vault]);
    expect(text.code).toBe(0);
    expect(text.stderr.split("\n").filter(Boolean).sort()).toEqual([
      "interview-followup: skipped Interviews/link.md: a link to a place outside the folder (never followed)",
      "interview-followup: skipped Interviews/photo.md: not a text file",
      "interview-followup: skipped broken.md: a link to nothing",
    ]);
    expect(text.stdout).not.toContain("skipped");
    const json = await run(["agenda", vault, "--json"]);
    expect((JSON.parse(json.stdout) as { notes: { path: string }[] }).notes.map((n) => n.path)).toEqual(["Interviews/real.md"]);
    expect(json.stderr).toBe(text.stderr);
    const ics = await run(["ics", vault]);
    expect(ics.code).toBe(0);
    expect(ics.stdout.startsWith("BEGIN:VCALENDAR")).toBe(true);
    expect(ics.stderr).toBe(text.stderr);
  });

  it(`name at most ${SKIPPED_SHOWN} and count the rest; a path cannot restyle the terminal`, async () => {
    const files: Record<string, string | Uint8Array> = { "Interviews/real.md": note(BASIC) };
    for (let i = 0; i < SKIPPED_SHOWN + 3; i++) files[`Photos/p${String(i).padStart(2, "0")}.md`] = PNG;
    files["Photos/\u001b[31mred.md"] = PNG;
    const r = await run(["agenda", makeVault(files)]);
    const lines = r.stderr.split("\n").filter(Boolean);
    expect(lines).toHaveLength(SKIPPED_SHOWN + 1);
    expect(lines[SKIPPED_SHOWN]).toBe("interview-followup: skipped 4 more files");
    expect(r.stderr).not.toContain("\u001b");
    expect(r.stderr).toContain("skipped Photos/\ufffd[31mred.md: not a text file"); // shown first, cleaned
  });
});
