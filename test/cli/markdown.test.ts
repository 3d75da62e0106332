import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../src/cli/frontmatter";
import { inlineTags, inlineTagSearch, mayNameInterview, rawSaysInterview } from "../../src/cli/markdown";
import { frontmatterTags, isInterviewNote } from "../../src/core/note";
import { DEFAULT_SETTINGS, type DetectionSettings } from "../../src/core/settings";

const detection = DEFAULT_SETTINGS.detection;

describe("inline tags", () => {
  it("finds tags in text, not in code, comments or headings", () => {
    const body = [
      "# Heading",
      "Met the team #interview/onsite and #Follow-up.",
      "Inline `#code-tag` is not a tag, nor is a#b or #123.",
      "```",
      "#fenced",
      "```",
      "~~~~js",
      "#tilde",
      "```",
      "~~~~",
      "%% #hidden",
      "still hidden #hidden2 %% after #visible",
      "#last",
    ].join("\n");
    expect(inlineTags(body)).toEqual(["interview/onsite", "Follow-up", "visible", "last"]);
  });

  it("inlineTagSearch matches the tag or a nested tag, outside code, case-insensitively", () => {
    const search = inlineTagSearch("interview");
    expect(search).not.toBeNull();
    const has = (body: string): boolean => search!(body);
    expect(has("Notes #Interview today")).toBe(true);
    expect(has("Notes #interview/final")).toBe(true);
    expect(has("Notes #interviews")).toBe(false);
    expect(has("`#interview`")).toBe(false);
    expect(has("```\n#interview\n```")).toBe(false);
    expect(has("%% #interview %%")).toBe(false);
    expect(has("no tag here")).toBe(false);
  });

  it("inlineTagSearch takes the setting as written: a leading #, spaces, capitals; none when empty", () => {
    expect(inlineTagSearch("  #Interview ")?.("Notes #interview/final")).toBe(true);
    expect(inlineTagSearch("")).toBeNull();
    expect(inlineTagSearch(" # ")).toBeNull();
  });
});

describe("raw front matter that could not be parsed", () => {
  it("still says interview through a type line or a tag", () => {
    expect(rawSaysInterview("type: Interview\ncompany: [broken", detection)).toBe(true);
    expect(rawSaysInterview('type: "interview"', detection)).toBe(true);
    expect(rawSaysInterview("tags: [job, interview/final]\na: [", detection)).toBe(true);
    expect(rawSaysInterview("tags:\n  - job\n  - '#interview'\na: [", detection)).toBe(true);
    expect(rawSaysInterview("tags: job\nitems:\n  - interview\n", detection)).toBe(false);
    expect(rawSaysInterview("type: meeting\nnote: interview", detection)).toBe(false);
    expect(rawSaysInterview("type: interview", { ...detection, type: "" })).toBe(false);
  });
});

describe("mayNameInterview: may the front matter select the note?", () => {
  it("says no only when the detection words appear nowhere", () => {
    expect(mayNameInterview("company: Acme\ntags: [job]", detection)).toBe(false);
    expect(mayNameInterview("type: Interview", detection)).toBe(true);
    expect(mayNameInterview("tags: [job, INTERVIEW/final]", detection)).toBe(true);
    expect(mayNameInterview('type: "\\x69nterview"', detection)).toBe(true); // an escape could spell it
    expect(mayNameInterview("type: interview", { ...detection, type: "", tag: "" })).toBe(false);
    expect(mayNameInterview("company: Acme", { ...detection, type: "entretien" })).toBe(false);
    expect(mayNameInterview("company: Acme", { ...detection, type: "Straße" })).toBe(true); // beyond ASCII: always maybe
  });

  /** What parsing every note would say about a note outside the interview folder. */
  function selectsByFrontMatter(raw: string, d: DetectionSettings): boolean {
    const fm = readFrontMatter(`---\n${raw}\n---\n`);
    return isInterviewNote("Notes/x.md", fm.data, frontmatterTags(fm.data), d) || (fm.problem !== null && rawSaysInterview(fm.raw, d));
  }

  it("whenever it says no, parsing the front matter would not select the note either", () => {
    const word = fc.constantFrom("interview", "Interview", "INTERVIEW", "inter view", "interviews", "interview/final", "#interview", "InTeRvIeW", "job", "meeting", "k8s", "K8S", "\u212a8s");
    const written = fc.oneof(
      word,
      word.map((w) => `"${w}"`),
      word.map((w) => `'${w}'`),
      word.map((w) => `"${w.replace(/i/g, "\\x69")}"`),
      word.map((w) => `"${w.replace(/e/g, "\\u0065")}"`),
      word.map((w) => `!!str ${w}`),
      fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => `[${ws.join(", ")}]`),
      fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => `\n${ws.map((w) => `  - ${w}`).join("\n")}`),
      fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(", ")),
      fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => `|-\n  ${ws.join(" ")}`),
      fc.string({ maxLength: 12 }),
    );
    const line = fc.tuple(fc.constantFrom("type", "tags", "tag", "Type", "company", "aliases"), written).map(([k, v]) => `${k}: ${v}`);
    const raw = fc.array(fc.oneof(line, fc.constantFrom("x: &a interview", "type: *a", "tags: [", "- interview")), { maxLength: 5 }).map((ls) => ls.join("\n"));
    const settings = fc.record({
      type: fc.constantFrom("interview", "Interview", "", "job", "k8s", "Straße"),
      tag: fc.constantFrom("interview", "#interview", "", "job", "K8s"),
      folder: fc.constant("Interviews"),
    });
    let saidNo = 0;
    fc.assert(
      fc.property(raw, settings, (r, d) => {
        if (mayNameInterview(r, d)) return;
        saidNo++;
        expect(selectsByFrontMatter(r, d), JSON.stringify([r, d])).toBe(false);
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: it often says no.
    expect(saidNo).toBeGreaterThan(300);
  });
});
