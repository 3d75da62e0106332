/**
 * The CLI's scan runs each note through the same evaluation as the plugin's index
 * (core/evaluate.ts): a note the engine fails on is listed as invalid (R0), naming the failure,
 * and every other note is still worked out.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { scanVault } from "../../src/cli/scan";
import * as rules from "../../src/core/rules";
import { makeVault, note } from "./helpers";

vi.mock("../../src/core/rules", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/core/rules")>();
  return { ...original, computeStatus: vi.fn(original.computeStatus) };
});
const computeSpy = vi.mocked(rules.computeStatus);

afterEach(() => {
  computeSpy.mockClear();
});

describe("the scan's evaluation", () => {
  it("keeps a note the engine fails on, as invalid (R0), and works out the others", () => {
    const vault = makeVault({
      "Interviews/Acme.md": note("company: Acme\ninterview_date: 2026-11-18\nthank_you_sent: 2026-11-18"),
      "Interviews/Globex.md": note("company: Globex\ninterview_date: 2026-11-18\nthank_you_sent: 2026-11-18"),
    });
    const real = computeSpy.getMockImplementation()!;
    computeSpy.mockImplementation((n, now, s) => {
      if (n.path === "Interviews/Acme.md") throw new Error("boom");
      return real(n, now, s);
    });
    const warnings: string[] = [];
    const { notes } = scanVault(vault, { now: { day: "2026-11-25", minutes: 600 }, warn: (m) => warnings.push(m) });
    const byPath = new Map(notes.map((n) => [n.path, n.status]));
    expect(byPath.get("Interviews/Acme.md")).toMatchObject({ state: "invalid", rule: "R0", company: "Acme" });
    // The error is a warning on stderr; the reason stays plain words.
    expect(byPath.get("Interviews/Acme.md")?.reason).not.toContain("boom");
    expect(warnings).toEqual([expect.stringContaining("could not work out Interviews/Acme.md (boom)")]);
    expect(byPath.get("Interviews/Globex.md")).toMatchObject({ state: "follow-up-due", rule: "R4c" });
    computeSpy.mockImplementation(real);
  });
});
