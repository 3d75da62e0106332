import { describe, expect, it } from "vitest";
import { hasInlineTag, inlineTags, rawSaysInterview } from "../../src/cli/markdown";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

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

  it("hasInlineTag matches the tag or a nested tag, case-insensitively", () => {
    expect(hasInlineTag("Notes #Interview today", "interview")).toBe(true);
    expect(hasInlineTag("Notes #interview/final", "#interview")).toBe(true);
    expect(hasInlineTag("Notes #interviews", "interview")).toBe(false);
    expect(hasInlineTag("`#interview`", "interview")).toBe(false);
    expect(hasInlineTag("#interview", "")).toBe(false);
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
