import { existsSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import matter from "gray-matter";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { GRAY_MATTER_OPTIONS, readFrontMatter, SAFE_ENGINES, stripBom } from "../../src/cli/frontmatter";
import { makeVault } from "./helpers";

describe("readFrontMatter", () => {
  it("reads a YAML block and says where the body starts", () => {
    const text = "---\ncompany: Acme\ninterview_date: 2026-11-18\n---\n# Notes\n";
    const fm = readFrontMatter(text);
    expect(fm).toMatchObject({ present: true, problem: null, data: { company: "Acme", interview_date: "2026-11-18" } });
    expect(text.slice(fm.bodyStart)).toBe("# Notes\n");
    expect(fm.raw).toBe("company: Acme\ninterview_date: 2026-11-18");
  });

  it("keeps timestamps as the strings they are written as", () => {
    const fm = readFrontMatter("---\na: 2026-11-18\nb: 2026-11-18 14:00\nc: 2026-11-18T23:30:00Z\nd: [2026-11-20]\n---\n");
    expect(fm.data).toEqual({ a: "2026-11-18", b: "2026-11-18 14:00", c: "2026-11-18T23:30:00Z", d: ["2026-11-20"] });
  });

  it("reads yes as text, 012 as text, true and 12 as values", () => {
    const fm = readFrontMatter("---\ncall_ok: yes\nzip: 012\nphone: 0123456789\nn: 12\nz: 0\nneg: -7\nok: true\nnothing: ~\n---\n");
    expect(fm.data).toEqual({ call_ok: "yes", zip: "012", phone: "0123456789", n: 12, z: 0, neg: -7, ok: true, nothing: null });
  });

  it("handles CRLF line endings", () => {
    const text = "---\r\ncompany: Acme\r\ninterview_date: 2026-11-18\r\n---\r\nBody\r\n";
    const fm = readFrontMatter(text);
    expect(fm.problem).toBeNull();
    expect(fm.data).toEqual({ company: "Acme", interview_date: "2026-11-18" });
    expect(text.slice(fm.bodyStart)).toBe("Body\r\n");
  });

  it("reads a note whose BOM has been stripped, and stripBom removes only a BOM", () => {
    const text = "\ufeff---\ncompany: Acme\n---\n";
    expect(readFrontMatter(text).present).toBe(false); // the caller strips it first
    expect(readFrontMatter(stripBom(text)).data).toEqual({ company: "Acme" });
    expect(stripBom("plain")).toBe("plain");
  });

  it("accepts an explicit yaml language, an empty block and a comment-only block", () => {
    expect(readFrontMatter("---yaml\na: 1\n---\n").data).toEqual({ a: 1 });
    expect(readFrontMatter("--- \na: 1\n---  \nbody").data).toEqual({ a: 1 });
    expect(readFrontMatter("---\n---\nbody")).toMatchObject({ present: true, data: {}, problem: null });
    expect(readFrontMatter("---\n# just a comment\n---\n")).toMatchObject({ data: {}, problem: null });
  });

  it("no front matter: plain text, a thematic break, a fence that is not on the first line", () => {
    expect(readFrontMatter("# Title\n---\na: 1\n---\n").present).toBe(false);
    expect(readFrontMatter("----\na: 1\n----\n").present).toBe(false);
    expect(readFrontMatter("").present).toBe(false);
  });

  it("an unclosed fence is a problem, not a crash, and does not swallow the body as YAML", () => {
    const text = "---\ncompany: Acme\ninterview_date: 2026-11-18\n\n# Notes\nno closing fence\n";
    const fm = readFrontMatter(text);
    expect(fm.data).toBeUndefined();
    expect(fm.problem).toEqual({ key: "frontmatter", value: "---", message: "the front matter has no closing --- line, so it is not read" });
    expect(readFrontMatter("---").problem?.message).toMatch(/no closing/);
  });

  it("only a line that is exactly --- closes the block", () => {
    const text = "---\na: 1\n---more\n---\nbody";
    const fm = readFrontMatter(text);
    // "---more" is inside the block, where YAML does not accept it: a problem, and the body is still "body".
    expect(fm.problem?.message).toMatch(/not valid YAML \(.*at line 3, column 1\)/);
    expect(fm.problem?.value).toBe("---more");
    expect(text.slice(fm.bodyStart)).toBe("body");
  });

  it("broken YAML: the first line of the error, counted in the note's lines, and the offending line", () => {
    const fm = readFrontMatter("---\ncompany: Acme\ninterview_date: [2026-11-18\nrole: x\n---\n");
    expect(fm.data).toBeUndefined();
    expect(fm.problem?.key).toBe("frontmatter");
    expect(fm.problem?.message).toMatch(/^the front matter is not valid YAML \(.+ at line \d+, column \d+\), so nothing in it is read$/);
    expect(fm.problem?.message).not.toContain("\n");
  });

  it("duplicate keys are a problem naming the line", () => {
    const fm = readFrontMatter("---\ncompany: Acme\ninterview_date: 2026-11-18\ncompany: Other\n---\n");
    expect(fm.problem).toEqual({
      key: "frontmatter",
      value: "company: Other",
      message: "the front matter is not valid YAML (a key is written twice; keys must be unique at line 4, column 1), so nothing in it is read",
    });
  });

  it("an error found at the end of the block is placed on its last line of text", () => {
    for (const text of ["---\ncompany: Acme\ntags: [job, interview\n\n---\n", "---\ncompany: Acme\ntags: [job, interview\n---\n"]) {
      const fm = readFrontMatter(text);
      expect(fm.problem?.value).toBe("tags: [job, interview");
      expect(fm.problem?.message).toMatch(/ at line 3, column 1\), so nothing in it is read$/);
    }
  });

  it("alias bombs are refused, not expanded", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}]`);
    const fm = readFrontMatter(`---\n${bomb.join("\n")}\n---\n`);
    expect(fm.data).toBeUndefined();
    expect(fm.problem?.key).toBe("frontmatter");
  });

  it("a huge value is read whole", () => {
    const big = "x".repeat(2_000_000);
    const fm = readFrontMatter(`---\ncompany: ${big}\n---\n`);
    expect((fm.data as { company: string }).company.length).toBe(2_000_000);
  });

  it("YAML that is not a mapping is returned as it is (the note reader reports it)", () => {
    expect(readFrontMatter("---\n- a\n- b\n---\n").data).toEqual(["a", "b"]);
  });

  it("an unknown tag is read as if untagged, with no warning printed", () => {
    const warn = vi.spyOn(process, "emitWarning");
    const log = vi.spyOn(console, "warn");
    onTestFinished(() => {
      warn.mockRestore();
      log.mockRestore();
    });
    expect(readFrontMatter("---\na: !unknown 1\nb: !!timestamp 2026-11-18\n---\n")).toMatchObject({ data: { a: "1", b: "2026-11-18" }, problem: null });
    expect(warn).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });

  it("a block with a line that starts with --- is read whole, as YAML judges it", () => {
    // gray-matter would end the block at "\n---"; "---x: 2" is a key, not a fence.
    const text = "---\na: 1\n---x: 2\n---\nbody";
    const fm = readFrontMatter(text);
    expect(fm).toMatchObject({ data: { a: 1, "---x": 2 }, problem: null });
    expect(text.slice(fm.bodyStart)).toBe("body");
  });
});

describe("front matter in other languages is never evaluated", () => {
  function payload(marker: string): string {
    return `{ type: "interview", company: (require("fs").writeFileSync(${JSON.stringify(marker)}, "pwned"), "Evil") }`;
  }

  it("gray-matter's own defaults would run it (so the tests below mean something)", () => {
    const dir = makeVault();
    const marker = join(dir, "control.txt");
    const file = matter(`---js\n${payload(marker)}\n---\nbody`);
    expect(file.data).toMatchObject({ company: "Evil" });
    expect(existsSync(marker)).toBe(true);
  });

  it.each(["js", "javascript", "JS", "coffee", "json", "toml", "constructor", "__proto__"])("---%s is a problem and nothing runs", (lang) => {
    const dir = makeVault();
    const marker = join(dir, `pwned-${lang}.txt`);
    const fm = readFrontMatter(`---${lang}\n${payload(marker)}\n---\n# Notes\n`);
    expect(existsSync(marker)).toBe(false);
    expect(fm.data).toBeUndefined();
    expect(fm.problem).toEqual({
      key: "frontmatter",
      value: `---${lang}`,
      message: `front matter in ${lang} is not read; write it in YAML (a plain --- line)`,
    });
  });
});

describe("the engines given to gray-matter", () => {
  it("replace every engine gray-matter has built in, and every alias it looks up", () => {
    // gray-matter exposes its built-in engines as matter.engines (its typings leave it out).
    const builtIn = Object.keys((matter as unknown as { engines: Record<string, unknown> }).engines);
    expect(builtIn).toEqual(expect.arrayContaining(["yaml", "json", "javascript"]));
    for (const name of [...builtIn, "js", "yml", "coffee", "coffeescript", "cson", "toml"]) expect(Object.keys(SAFE_ENGINES), name).toContain(name);
  });

  it.each(["js", "javascript", "json", "coffee", "cson", "toml"])("through gray-matter itself, ---%s runs nothing and throws", (lang) => {
    const dir = makeVault();
    const marker = join(dir, `direct-${lang}.txt`);
    const code = `{ company: (require("fs").writeFileSync(${JSON.stringify(marker)}, "x"), "Evil") }`;
    expect(() => matter(`---${lang}\n${code}\n---\nbody`, GRAY_MATTER_OPTIONS)).toThrow(`front matter in ${lang} is not read`);
    expect(existsSync(marker)).toBe(false);
  });

  it("YAML, whichever way it is named, goes to the CLI's reader", () => {
    for (const lang of ["", "yaml", "yml", "YAML"]) {
      expect(matter(`---${lang}\nzip: 012\nwhen: 2026-11-18\n---\n`, GRAY_MATTER_OPTIONS).data, lang).toEqual({ zip: "012", when: "2026-11-18" });
    }
  });
});
