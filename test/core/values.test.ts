/** The shared checks on values of unknown shape and on folder names (core/values.ts, core/paths.ts). */
import { describe, expect, it } from "vitest";
import { trimFolder } from "../../src/core/paths";
import { isEmpty, isRecord } from "../../src/core/values";

describe("isRecord", () => {
  it("is true for a plain mapping only: not null, a list, a date (YAML dates arrive as Date) or a scalar", () => {
    const mappings: unknown[] = [{}, { company: "Acme" }, Object.create(null)];
    const others: unknown[] = [null, undefined, [], [1], new Date(0), "x", 1, true];
    expect(mappings.map(isRecord)).toEqual(mappings.map(() => true));
    expect(others.map(isRecord)).toEqual(others.map(() => false));
  });
});

describe("isEmpty", () => {
  it("is true for no value: absent, null or blank text; false for any other value, false and 0 included", () => {
    const empty: unknown[] = [undefined, null, "", "   ", "\t\n"];
    const values: unknown[] = [false, 0, "x", " x ", [], {}, new Date(0)];
    expect(empty.map(isEmpty)).toEqual(empty.map(() => true));
    expect(values.map(isEmpty)).toEqual(values.map(() => false));
  });
});

describe("trimFolder", () => {
  it("trims spaces and the slashes around a folder; the root is empty", () => {
    const folders = new Map([
      ["  /Interviews/2026/ ", "Interviews/2026"],
      ["Jobs", "Jobs"],
      ["///", ""],
      ["", ""],
      ["a//b", "a//b"],
    ]);
    expect([...folders.keys()].map(trimFolder)).toEqual([...folders.values()]);
  });
});
