import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseInterviewNote } from "../../src/core/note";
import { RULE_BOOK, ruleTableMarkdown } from "../../src/core/rule-book";
import { computeStatus } from "../../src/core/rules";

const SPEC_RULE_IDS = ["R0", "R1", "R2", "R3", "R4a", "R4b", "R4c", "R4d", "R5", "R6a", "R6b", "R6c", "R6d", "R7", "R8", "R9", "R10a", "R10b", "R11"];

describe("rule book", () => {
  it("documents every rule id of the spec, each with at least one example", () => {
    expect(RULE_BOOK.map((r) => r.id)).toEqual(SPEC_RULE_IDS);
    for (const r of RULE_BOOK) expect(r.examples.length, r.id).toBeGreaterThan(0);
  });

  for (const rule of RULE_BOOK) {
    describe(rule.id, () => {
      for (const ex of rule.examples) {
        it(`${ex.title} (today ${ex.today})`, () => {
          const note = parseInterviewNote(ex.note, "Interviews/example.md");
          const minutes = ex.time ? Number(ex.time.slice(0, 2)) * 60 + Number(ex.time.slice(3, 5)) : 0;
          const status = computeStatus(note, { day: ex.today, minutes }, { holidays: ex.holidays ?? [], maxAttempts: ex.maxAttempts ?? 3 });
          expect(status).toMatchObject(ex.expect);
          if (ex.reasonIncludes) expect(status.reason).toContain(ex.reasonIncludes);
          // As a word: "voicemail" is not "email".
          if (ex.reasonExcludes) expect(status.reason).not.toMatch(new RegExp(`\\b${ex.reasonExcludes}\\b`, "i"));
        });
      }
    });
  }

  it("the README's rule table is the one generated from the rule book", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const start = readme.indexOf("<!-- rules:start -->");
    const end = readme.indexOf("<!-- rules:end -->");
    expect(start, "README has a rules:start marker").toBeGreaterThan(-1);
    expect(readme.slice(start + "<!-- rules:start -->".length, end).trim()).toBe(ruleTableMarkdown());
  });
});
