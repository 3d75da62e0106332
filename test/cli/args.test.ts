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
    expect(() => parseArgs(["--jsn=1"], SPEC)).toThrow(new UsageError("unknown option --jsn (see --help)"));
    expect(() => parseArgs(["-x"], SPEC)).toThrow(/unknown option -x/);
    expect(() => parseArgs(["-hx"], SPEC)).toThrow(new UsageError("unknown option -x (see --help)"));
    expect(() => parseArgs(["--toString"], SPEC)).toThrow(/unknown option --toString/);
    expect(() => parseArgs(["--__proto__"], SPEC)).toThrow(/unknown option --__proto__/);
    expect(() => parseArgs(["--today"], SPEC)).toThrow("--today needs a value like YYYY-MM-DD");
    expect(() => parseArgs(["--today", "--json"], SPEC)).toThrow(/--today needs a value/);
    expect(() => parseArgs(["--today", "-1"], SPEC)).toThrow(/--today needs a value/);
    expect(() => parseArgs(["--json=yes"], SPEC)).toThrow("--json takes no value");
    expect(() => parseArgs(["--json="], SPEC)).toThrow("--json takes no value");
  });

  it("the first mistake is the one reported, and only UsageErrors come out", () => {
    expect(() => parseArgs(["vault", "--json=1", "--nope"], SPEC)).toThrow("--json takes no value");
    expect(() => parseArgs(["--nope", "--json=1"], SPEC)).toThrow("unknown option --nope (see --help)");
    for (const argv of [["--"], ["-"], ["--=x"], ["-="], ["---"], ["--today=--", "--"]]) {
      try {
        parseArgs(argv, SPEC);
      } catch (error) {
        expect(error, argv.join(" ")).toBeInstanceOf(UsageError);
      }
    }
  });

  it("--x=y takes any value, a dash included; a lone - is a value; short flags group", () => {
    expect(parseArgs(["--today=-1"], SPEC).flags.today).toBe("-1");
    expect(parseArgs(["--today=a=b"], SPEC).flags.today).toBe("a=b");
    expect(parseArgs(["--today="], SPEC).flags.today).toBe("");
    expect(parseArgs(["--today", "-"], SPEC).flags.today).toBe("-");
    expect(parseArgs(["-h", "--json"], SPEC).flags).toEqual({ help: true, json: true });
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

describe("help lines", () => {
  it("aligns flags with their placeholders", () => {
    expect(formatFlagHelp(SPEC)).toEqual([
      "      --today YYYY-MM-DD   day",
      "      --json               json",
      "  -h, --help               help",
    ]);
  });
});
