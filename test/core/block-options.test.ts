/** The `followup` block's options (core/block-options.ts): read without Obsidian, never throwing. */
import { describe, expect, it } from "vitest";
import { parseBlockOptions } from "../../src/core/block-options";

describe("parseBlockOptions", () => {
  it("reads nothing from an empty block", () => {
    expect(parseBlockOptions("")).toEqual({ show: null, folder: null, limit: null, errors: [] });
    expect(parseBlockOptions("\n  \n# a comment\n")).toEqual({ show: null, folder: null, limit: null, errors: [] });
  });

  it("reads show, folder and limit, one per line", () => {
    expect(parseBlockOptions("show: overdue, due\nfolder: Interviews/2026/\nlimit: 10")).toEqual({
      show: ["overdue", "due"],
      folder: "Interviews/2026",
      limit: 10,
      errors: [],
    });
  });

  it("puts groups in agenda order, ignores repeats, and accepts titles and any case", () => {
    expect(parseBlockOptions("show: Closed, Needs attention, due, DUE, move_on, Upcoming interviews").show).toEqual([
      "due",
      "upcoming",
      "move-on",
      "attention",
      "closed",
    ]);
    expect(parseBlockOptions("Show:waiting").show).toEqual(["waiting"]);
    expect(parseBlockOptions("show: waiting,").errors).toEqual([]);
  });

  it("names the line of an unknown option, group or bad limit, and keeps the rest", () => {
    const o = parseBlockOptions("show: due, overdo\ncolour: red\nlimit: ten\nlimit: 0\nfolder: Jobs\njust words");
    expect(o.errors).toEqual([
      "Unknown group on line 1: overdo (use overdue, due, waiting, upcoming, move-on, attention, closed)",
      "Unknown option on line 2: colour (use show, folder or limit)",
      "Bad limit on line 3: ten (use a whole number, 1 or more)",
      "Bad limit on line 4: 0 (use a whole number, 1 or more)",
      "Line 6 is not an option: just words (write it as key: value)",
    ]);
    expect(o.show).toEqual(["due"]);
    expect(o.folder).toBe("Jobs");
    expect(o.limit).toBeNull();
    expect(parseBlockOptions("show:").errors[0]).toMatch(/^Empty show on line 1/);
    expect(parseBlockOptions("limit: 2.5").errors[0]).toMatch(/^Bad limit on line 1: 2\.5/);
    expect(parseBlockOptions("limit:").errors[0]).toMatch(/^Bad limit on line 1: \(empty\)/);
  });

  it("never throws on odd input", () => {
    for (const src of [":", "::::", "show: ,,,", "\r\n\r\n", "limit: 99999999999999999999", "folder:", "\u0000: x"]) {
      expect(() => parseBlockOptions(src)).not.toThrow();
    }
    expect(parseBlockOptions("folder: /").folder).toBeNull();
  });
});
