import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  buildInterviewNote,
  detectionHint,
  exampleFrontmatter,
  normalizeTime,
  sanitizeFileName,
  validateNewInterview,
  yamlString,
  type NewInterviewInput,
} from "../../src/core/new-note";
import { isInterviewNote, parseInterviewNote } from "../../src/core/note";
import { computeStatus } from "../../src/core/rules";
import { NOTE_KEYS, defaultKeyMap, defaultSettings } from "../../src/core/settings";
import { GB } from "../support/day-formats";

const keys = defaultKeyMap();

describe("new interview note", () => {
  const input = (over: Partial<NewInterviewInput> = {}): NewInterviewInput => ({
    company: "Foo: Bar",
    role: "Senior Engineer / Platform",
    interviewer: "Zoë O'Neil",
    interviewerEmail: "zoe@foo.example",
    day: "2026-11-18",
    time: "",
    ...over,
  });

  it("builds the full skeleton with every spec key, parseable, values round-tripping", () => {
    const { path, text } = buildInterviewNote(input(), keys, "Interviews");
    expect(path).toBe("Interviews/Foo Bar — Senior Engineer Platform 2026-11-18.md");
    const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
    expect(m).not.toBeNull();
    const fm = parse(m![1]) as Record<string, unknown>;
    expect(fm.type).toBe("interview");
    expect(fm.tags).toEqual(["interview"]);
    expect(fm.company).toBe("Foo: Bar");
    expect(fm.role).toBe("Senior Engineer / Platform");
    expect(fm.interviewer).toBe("Zoë O'Neil");
    expect(fm.interviewer_email).toBe("zoe@foo.example");
    expect(fm.interview_date).toBe("2026-11-18");
    for (const k of NOTE_KEYS) expect(Object.keys(fm), k).toContain(k);
    expect(text).toContain("\n## Notes\n");
    expect(text).toContain("\n## Questions they asked\n");
    expect(text).toContain("\n## Questions I asked\n");
    expect(text).toContain("\n## Next steps\n");

    const note = parseInterviewNote(fm, path);
    expect(note.problems).toEqual([]);
    expect(note.company).toBe("Foo: Bar");
    expect(isInterviewNote(path, fm, fm.tags as string[], defaultSettings().detection)).toBe(true);
    const status = computeStatus(note, { day: "2026-11-19", minutes: 600 }, { holidays: [], maxAttempts: 3, dayFormat: GB });
    expect(status.state).toBe("thank-you-due");
  });

  it("writes a time as a local datetime and uses mapped key names", () => {
    const mapped = { ...keys, interview_date: "date", company: "employer" };
    const { text } = buildInterviewNote(input({ time: "9:30", role: "" }), mapped, "/Jobs/2026/");
    const fm = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]) as Record<string, unknown>;
    expect(fm.date).toBe("2026-11-18T09:30");
    expect(fm.employer).toBe("Foo: Bar");
    expect(fm).not.toHaveProperty("interview_date");
    expect(parseInterviewNote(fm, "x.md", mapped).interview).toEqual({ day: "2026-11-18", minutes: 570 });
    expect(buildInterviewNote(input({ role: "" }), keys, "/Jobs/2026/").path).toBe("Jobs/2026/Foo Bar 2026-11-18.md");
    expect(buildInterviewNote(input(), keys, "").path).toBe("Foo Bar — Senior Engineer Platform 2026-11-18.md");
  });

  it("hostile values round-trip through YAML", () => {
    const nasty = [
      "yes", "No", "null", "~", "123", "1e3", "0x1F", "-dash", "- item", "#hash", "a #b", "a: b", "{a: 1}", "[x]",
      "'single'", '"double"', "back\\slash", "tab\there", "line\nbreak", "  padded  ", "@at", "`tick`", "&anchor",
      "*alias", "!tag", "%percent", "|pipe", ">fold", "日本語", "emoji 😀", "2026-11-18", "true",
    ];
    for (const s of nasty) {
      const { text } = buildInterviewNote(input({ company: s, role: s, interviewer: s }), keys, "I");
      const fm = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]) as Record<string, unknown>;
      const expected = s.trim().replace(/\s+/g, " ");
      expect(fm.company, s).toBe(expected);
      expect(fm.role, s).toBe(expected);
      expect(fm.interviewer, s).toBe(expected);
      expect(parse(`k: ${yamlString(s)}`), s).toEqual({ k: s });
    }
  });

  it("validates the input", () => {
    expect(validateNewInterview(input())).toBeNull();
    expect(validateNewInterview(input({ company: "  " }))).toBe("Enter the company.");
    expect(validateNewInterview(input({ company: "///" }))).toMatch(/no characters a file name can use/);
    expect(validateNewInterview(input({ day: "2026-02-30" }))).toBe('"2026-02-30" is not a day like 2026-11-18.');
    expect(validateNewInterview(input({ day: "18/11/2026" }))).toMatch(/not a day/);
    expect(validateNewInterview(input({ time: "25:00" }))).toBe('"25:00" is not a time like 14:00.');
    expect(() => buildInterviewNote(input({ day: "x" }), keys, "I")).toThrow(RangeError);
    expect(normalizeTime("7:05")).toBe("07:05");
    expect(normalizeTime("7")).toBeNull();
  });

  it("sanitizes every character illegal in file names", () => {
    expect(sanitizeFileName('a\\b/c:d*e?f"g<h>i|j#k^l[m]n')).toBe("a b c d e f g h i j k l m n");
    expect(sanitizeFileName("..hidden")).toBe("hidden");
    expect(sanitizeFileName("trailing. ")).toBe("trailing");
    expect(sanitizeFileName("tab\tand\nnew")).toBe("tab and new");
    expect(sanitizeFileName("x".repeat(300))).toHaveLength(120);
  });
});

describe("the empty state's example and how notes are found", () => {
  it("the example uses the user's key names and the detection set: the type, else the tag, else nothing (a folder)", () => {
    const text = exampleFrontmatter({ interview_date: "date" }, { type: "job-interview", tag: "interview" });
    expect(text.split("\n")).toContain("date: 2026-11-18T14:00");
    expect(text.split("\n")).toContain("type: job-interview");
    expect(text).not.toContain("tags:");
    const byTag = exampleFrontmatter(undefined, { type: "", tag: "#job/interview" });
    expect(byTag).not.toContain("type:");
    expect(byTag.split("\n").slice(1, 3)).toEqual(["tags:", "  - job/interview"]);
    const byFolder = exampleFrontmatter(undefined, { type: "", tag: "" });
    expect(byFolder).not.toMatch(/type:|tags:/);
  });

  it("says how notes are found from the detection settings as they are, or that finding is off", () => {
    expect(detectionHint({ type: "interview", tag: "#interview", folder: "/Interviews/" })).toBe(
      "A note is an interview note when it has the property type: interview, has the tag #interview or is in the folder Interviews (or a folder inside it). Keep one note per interview, with properties like these:",
    );
    expect(detectionHint()).toBe(detectionHint({ type: "interview", tag: "interview", folder: "Interviews" }));
    expect(detectionHint({ type: " ", tag: "", folder: "/" })).toMatch(/^Finding interview notes is off/);
  });

  it("the example is valid YAML whose properties the engine reads as an interview note", () => {
    const text = exampleFrontmatter(keys, defaultSettings().detection);
    const fm = parse(/^---\n([\s\S]*?)\n---$/.exec(text)![1]) as Record<string, unknown>;
    const note = parseInterviewNote(fm, "Acme.md", keys);
    expect(note.problems).toEqual([]);
    expect(note.interview).toEqual({ day: "2026-11-18", minutes: 840 });
    expect(isInterviewNote("Acme.md", fm, [], defaultSettings().detection)).toBe(true);
  });
});
