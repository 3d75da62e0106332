/**
 * docs/rules.md: its table and its examples are the ones generated from the rule book
 * (`npm run docs:rules`), every rule has its section, and the notes it shows read back, as YAML,
 * as the very notes the examples run.
 */
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { RULE_BOOK } from "../../src/core/rule-book";
import { frontmatterYaml, regenerateRulesPage, ruleTableMarkdown, SOURCES } from "../../src/core/rule-docs";
import { anchors, marked, readPage } from "./markdown";

const PAGE = readPage("docs/rules.md");

describe("docs/rules.md", () => {
  it("is what npm run docs:rules generates from the rule book (run it after changing a rule or a reason)", () => {
    expect(regenerateRulesPage(PAGE)).toBe(PAGE);
  });

  it("has the generated table and a section for every rule, which the table links to", () => {
    expect(marked(PAGE, "rules")).toBe(ruleTableMarkdown());
    const examples = marked(PAGE, "rule-examples") ?? "";
    const headings = anchors(PAGE);
    for (const rule of RULE_BOOK) {
      expect(examples, rule.id).toContain(`### ${rule.id} ${rule.title}\n`);
      const link = new RegExp(`\\[${rule.id}\\]\\(#([^)]+)\\)`).exec(PAGE)?.[1];
      expect(link && headings.has(link), `${rule.id} links to its section`).toBe(true);
      for (const ex of rule.examples) expect(examples, `${rule.id}: ${ex.title}`).toContain(ex.title.slice(1));
    }
  });

  it("names the five sources by title, each in the table of sources", () => {
    expect(Object.keys(SOURCES)).toEqual(["000", "001", "002", "003", "004"]);
    for (const [n, title] of Object.entries(SOURCES)) expect(PAGE).toContain(`| ${n} | "${title}" |`);
    const cited = new Set(RULE_BOOK.flatMap((r) => r.sources));
    for (const n of cited) expect(SOURCES[n], n).toBeDefined();
  });

  it("throws, rather than writing a page without its generated parts, when a marker is missing", () => {
    expect(() => regenerateRulesPage(PAGE.replace("<!-- rule-examples:end -->", ""))).toThrow(/rule-examples/);
  });
});

describe("the notes the examples show", () => {
  const notes = RULE_BOOK.flatMap((r) => r.examples.map((ex) => ({ id: `${r.id}: ${ex.title}`, note: ex.note })));

  it.each(notes)("$id reads back as the note the example runs", ({ note }) => {
    expect(parse(frontmatterYaml(note))).toEqual(note);
  });

  it("quotes text YAML would read as something else", () => {
    const tricky = { a: "yes", b: "true", c: "012", d: "12", e: "- x", f: "a: b", g: "#x", h: "null", i: " padded", j: "[x]", k: "1e3", l: "" };
    expect(parse(frontmatterYaml(tricky))).toEqual(tricky);
    expect(parse(frontmatterYaml({ empty: null }))).toEqual({ empty: null });
  });
});
