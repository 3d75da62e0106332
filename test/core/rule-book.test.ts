import { describe, expect, it } from "vitest";
import { RULE_BOOK } from "../../src/core/rule-book";
import { evaluateExample } from "../../src/core/rule-docs";
import { GB } from "../support/day-formats";

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
          const status = evaluateExample(ex, GB);
          expect(status).toMatchObject(ex.expect);
          if (ex.reasonIncludes) expect(status.reason).toContain(ex.reasonIncludes);
          // As a word: "voicemail" is not "email".
          if (ex.reasonExcludes) expect(status.reason).not.toMatch(new RegExp(`\\b${ex.reasonExcludes}\\b`, "i"));
        });
      }
    });
  }
});
