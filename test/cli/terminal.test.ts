import { describe, expect, it } from "vitest";
import { cleanForTerminal, failureText, shorten, useColor } from "../../src/cli/terminal";

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

describe("user text on a terminal", () => {
  it("control characters and bidirectional overrides become visible marks; tabs and line breaks a space", () => {
    expect(cleanForTerminal("a\u001b[31mb\u202ec\u0007d")).toBe("a\ufffd[31mb\ufffdc\ufffdd");
    expect(cleanForTerminal("one\n\ttwo")).toBe("one two");
    expect(cleanForTerminal("Café — 名前")).toBe("Café — 名前");
  });

  it("shorten keeps one short line, cleaned as cleanForTerminal cleans it", () => {
    expect(shorten("a\nb\u0000c")).toBe("a b\ufffdc");
    expect(shorten("\u202eabc\u2066d\u001b[2J")).toBe("\ufffdabc\ufffdd\ufffd[2J");
    expect(shorten("éé😀😀😀", 4)).toBe("éé😀…"); // never half of a character
    expect(shorten("x".repeat(100))).toBe(`${"x".repeat(59)}…`);
    expect(shorten("x".repeat(100), 10)).toHaveLength(10);
  });
});

describe("why something failed, in words", () => {
  const withCode = (code: string): Error => Object.assign(new Error(`${code}: something, somewhere`), { code });

  it("one table for every command: Node's codes as words, a context may word one for its case", () => {
    expect(failureText(withCode("ENOENT"))).toBe("it does not exist");
    expect(failureText(withCode("ENOENT"), new Map([["ENOENT", "its folder does not exist"]]))).toBe("its folder does not exist");
    expect(failureText(withCode("EACCES"))).toBe("permission denied");
    expect(failureText(withCode("EPERM"))).toBe("permission denied");
    expect(failureText(withCode("EISDIR"))).toBe("it is a folder");
    expect(failureText(withCode("ENOTDIR"))).toBe("part of the path is a file, not a folder");
    expect(failureText(withCode("ELOOP"))).toBe("its links go round in a loop");
  });

  it("an unknown code as it is; no code: the message's first line, cleaned and shortened", () => {
    expect(failureText(withCode("EMFILE"))).toBe("EMFILE");
    expect(failureText(withCode("constructor"))).toBe("constructor");
    expect(failureText(new SyntaxError("Unexpected token \u001b in JSON\nat line 2"))).toBe("Unexpected token \ufffd in JSON");
    expect(failureText("x".repeat(300))).toHaveLength(100);
  });
});
