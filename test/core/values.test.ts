/** The shared checks on values of unknown shape and on folder names (core/values.ts, core/paths.ts). */
import { describe, expect, it } from "vitest";
import { trimFolder } from "../../src/core/paths";
import { isRecord } from "../../src/core/values";

describe("isRecord", () => {
  it("is true for a plain mapping only: not null, a list, a date (YAML dates arrive as Date) or a scalar", () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord({ company: "Acme" })).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
    for (const value of [null, undefined, [], [1], new Date(0), "x", 1, true]) expect(isRecord(value), String(value)).toBe(false);
  });
});

describe("trimFolder", () => {
  it("trims spaces and leading or trailing slashes; the root is empty", () => {
    expect(trimFolder("  /Interviews/2026/ ")).toBe("Interviews/2026");
    expect(trimFolder("Jobs")).toBe("Jobs");
    expect(trimFolder("///")).toBe("");
    expect(trimFolder("")).toBe("");
    expect(trimFolder("a//b")).toBe("a//b");
  });
});
