import { describe, expect, it } from "vitest";
import {
  formatFlagHelp,
  parseArgs,
  parseHolidaysFlag,
  parseMaxAttemptsFlag,
  parseTodayFlag,
  readDay,
  UsageError,
  type FlagSpec,
} from "../../src/cli/args";
import { readVaultArgs, useColor, VAULT_FLAGS } from "../../src/cli/command";

const SPEC = {
  today: { type: "string", value: "YYYY-MM-DD", help: "day" },
  json: { type: "boolean", help: "json" },
  help: { type: "boolean", short: "h", help: "help" },
} as const satisfies FlagSpec;

describe("parseArgs", () => {
  it("reads switches, values (both spellings) and positionals", () => {
    expect(parseArgs(["vault", "--json", "--today", "2026-11-25"], SPEC)).toEqual({
      flags: { json: true, today: "2026-11-25" },
      positionals: ["vault"],
    });
    expect(parseArgs(["--today=2026-11-26", "-h"], SPEC).flags).toEqual({ today: "2026-11-26", help: true });
  });

  it("keeps the last value of a repeated flag and treats everything after -- as positional", () => {
    const r = parseArgs(["--today", "2026-01-01", "--today", "2026-01-02", "--", "--json", "-"], SPEC);
    expect(r.flags.today).toBe("2026-01-02");
    expect(r.flags.json).toBeUndefined();
    expect(r.positionals).toEqual(["--json", "-"]);
  });

  it("rejects unknown flags, missing values and values given to switches", () => {
    expect(() => parseArgs(["--jsn"], SPEC)).toThrow(new UsageError("unknown option --jsn (see --help)"));
    expect(() => parseArgs(["-x"], SPEC)).toThrow(/unknown option -x/);
    expect(() => parseArgs(["--toString"], SPEC)).toThrow(/unknown option --toString/);
    expect(() => parseArgs(["--today"], SPEC)).toThrow("--today needs a value like YYYY-MM-DD");
    expect(() => parseArgs(["--today", "--json"], SPEC)).toThrow(/--today needs a value/);
    expect(() => parseArgs(["--json=yes"], SPEC)).toThrow("--json takes no value");
  });
});

describe("flag values", () => {
  it("--today accepts only real days", () => {
    expect(parseTodayFlag("2026-11-25")).toBe("2026-11-25");
    expect(parseTodayFlag("2028-02-29")).toBe("2028-02-29");
    for (const bad of ["2026-02-30", "2026-13-01", "26-11-25", "2026-11-25T10:00", "tomorrow", ""]) {
      expect(() => parseTodayFlag(bad), bad).toThrow(UsageError);
    }
    expect(readDay(" 2026-11-25 ")).toBe("2026-11-25");
  });

  it("--holidays checks every day and allows an empty list", () => {
    expect(parseHolidaysFlag("2026-12-24,2026-12-25")).toEqual(["2026-12-24", "2026-12-25"]);
    expect(parseHolidaysFlag(" 2026-12-24 , ,2026-12-31 ")).toEqual(["2026-12-24", "2026-12-31"]);
    expect(parseHolidaysFlag("")).toEqual([]);
    expect(() => parseHolidaysFlag("2026-12-24,2026-12-32")).toThrow('--holidays: "2026-12-32" is not a real day like 2026-12-24');
  });

  it("--max-attempts is a whole number of 1 or more", () => {
    expect(parseMaxAttemptsFlag("1")).toBe(1);
    expect(parseMaxAttemptsFlag("5")).toBe(5);
    for (const bad of ["0", "-1", "1.5", "two", "", "1e3"]) expect(() => parseMaxAttemptsFlag(bad), bad).toThrow(UsageError);
  });

  it("error messages keep user text short and on one line", () => {
    let message = "";
    try {
      parseTodayFlag(`2026\u001b[31m-${"9".repeat(200)}`);
    } catch (e) {
      message = (e as Error).message;
    }
    // eslint-disable-next-line no-control-regex -- checking that no control character is left
    expect(message).not.toMatch(/[\u0000-\u001f]/);
    expect(message.length).toBeLessThan(120);
  });
});

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

describe("colour", () => {
  it("only on a terminal without NO_COLOR; FORCE_COLOR decides when set", () => {
    expect(useColor({ env: {}, isTTY: true })).toBe(true);
    expect(useColor({ env: {}, isTTY: false })).toBe(false);
    expect(useColor({ env: { NO_COLOR: "1" }, isTTY: true })).toBe(false);
    expect(useColor({ env: { NO_COLOR: "" }, isTTY: true })).toBe(true);
    expect(useColor({ env: { FORCE_COLOR: "1" }, isTTY: false })).toBe(true);
    expect(useColor({ env: { FORCE_COLOR: "" }, isTTY: false })).toBe(true);
    expect(useColor({ env: { FORCE_COLOR: "0" }, isTTY: true })).toBe(false);
    expect(useColor({ env: { FORCE_COLOR: "1", NO_COLOR: "1" }, isTTY: false })).toBe(true);
  });
});

describe("help lines", () => {
  it("aligns flags with their placeholders", () => {
    expect(formatFlagHelp(SPEC)).toEqual([
      "      --today YYYY-MM-DD   day",
      "      --json               json",
      "  -h, --help               help",
    ]);
  });
});
