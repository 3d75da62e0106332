/**
 * One note through the engine (core/evaluate.ts), as the plugin's index and the CLI's scan both
 * run it: detection (spec §2), parsing, the rules (R0–R11) behind one failure guard, and the
 * comparison that decides whether a new evaluation changed anything a user sees.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { evaluateNote, sameStatus, statusOf, type EvaluationSettings } from "../../src/core/evaluate";
import { parseInterviewNote } from "../../src/core/note";
import * as rules from "../../src/core/rules";
import { defaultSettings } from "../../src/core/settings";
import type { LocalMoment } from "../../src/core/types";
import { GB } from "../support/day-formats";
import { aNote } from "../support/note-builder";
import { engineFailedReason } from "../../src/core/wording";
// Breaks the engine in one test without changing what it computes in the others.
vi.mock("../../src/core/rules", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/core/rules")>();
  return { ...original, computeStatus: vi.fn(original.computeStatus) };
});
const computeSpy = vi.mocked(rules.computeStatus);

const NOW: LocalMoment = { day: "2026-11-25", minutes: 600 };

function settings(over: Partial<EvaluationSettings> = {}): EvaluationSettings {
  const s = defaultSettings();
  return { detection: s.detection, templatesFolder: "Templates", keys: s.keys, engine: { holidays: [], maxAttempts: 3, dayFormat: GB }, ...over };
}

afterEach(() => {
  computeSpy.mockClear();
});

describe("evaluateNote", () => {
  it("gives the note and its status for an interview note (R4c: the first follow-up is due)", () => {
    const fm = aNote().interviewedOn("2026-11-18").thanked("2026-11-18").build();
    const result = evaluateNote({ path: "Jobs/Acme.md", frontmatter: fm, tags: [] }, settings(), NOW);
    expect(result?.note.company).toBe("Acme");
    expect(result?.status).toMatchObject({ path: "Jobs/Acme.md", state: "follow-up-due", rule: "R4c" });
  });

  it("is null for a note detection does not select, and never asks the engine", () => {
    const result = evaluateNote({ path: "Daily/2026-11-25.md", frontmatter: { mood: "fine" }, tags: ["daily"] }, settings(), NOW);
    expect(result).toBeNull();
    expect(computeSpy).not.toHaveBeenCalled();
  });

  it("selects by a tag of the note (front matter or body), as spec §2 says", () => {
    const result = evaluateNote({ path: "Jobs/Hooli.md", frontmatter: { interview_date: "2026-11-19" }, tags: ["#interview/phone"] }, settings(), NOW);
    expect(result?.status.path).toBe("Jobs/Hooli.md");
  });

  it("asks for other signs only when properties and tags do not select the note, and never in the templates folder", () => {
    const other = vi.fn(() => true);
    const fm = aNote().build();
    evaluateNote({ path: "Jobs/Acme.md", frontmatter: fm, tags: [], selectedOtherwise: other }, settings(), NOW);
    expect(other).not.toHaveBeenCalled();

    const plain = { interview_date: "2026-11-18" };
    expect(evaluateNote({ path: "Jobs/Plain.md", frontmatter: plain, tags: [], selectedOtherwise: other }, settings(), NOW)?.note.path).toBe("Jobs/Plain.md");
    expect(other).toHaveBeenCalledTimes(1);
    expect(evaluateNote({ path: "Jobs/Plain.md", frontmatter: plain, tags: [], selectedOtherwise: () => false }, settings(), NOW)).toBeNull();

    other.mockClear();
    expect(evaluateNote({ path: "Templates/Interview.md", frontmatter: fm, tags: ["interview"], selectedOtherwise: other }, settings(), NOW)).toBeNull();
    expect(other).not.toHaveBeenCalled();
  });

  it("makes unreadable front matter the note's one problem and its reason (R0)", () => {
    const unreadable = { key: "front matter", value: "company: [Acme", message: "the YAML could not be read (line 1)" };
    const result = evaluateNote({ path: "Interviews/Broken.md", frontmatter: undefined, tags: [], unreadable }, settings(), NOW);
    expect(result?.note.problems).toEqual([unreadable]);
    expect(result?.status).toMatchObject({ state: "invalid", rule: "R0", problems: [unreadable] });
    expect(result?.status.reason).toContain("the YAML could not be read (line 1)");
  });

  it("reads the user's key names", () => {
    const s = settings();
    const keys = { ...s.keys!, interview_date: "date" };
    const result = evaluateNote({ path: "Jobs/Acme.md", frontmatter: { type: "interview", company: "Acme", date: "2026-11-18" }, tags: [] }, { ...s, keys }, NOW);
    expect(result?.note.interview?.day).toBe("2026-11-18");
  });

  it("keeps a note the engine fails on visible as invalid (R0), naming the failure", () => {
    computeSpy.mockImplementationOnce(() => {
      throw new Error("boom");
    });
    const result = evaluateNote({ path: "Jobs/Acme.md", frontmatter: aNote().build(), tags: [] }, settings(), NOW);
    expect(result?.status).toMatchObject({ path: "Jobs/Acme.md", state: "invalid", rule: "R0", company: "Acme" });
    expect(result?.status.reason).toBe(engineFailedReason());
  });
});

describe("statusOf", () => {
  it("is computeStatus when the engine succeeds, and an invalid status (R0) when it throws", () => {
    const note = parseInterviewNote(aNote().thanked("2026-11-18").build(), "Jobs/Acme.md");
    const engine = settings().engine;
    expect(statusOf(note, NOW, engine)).toEqual(rules.computeStatus(note, NOW, engine));
    computeSpy.mockImplementationOnce(() => {
      throw new TypeError("cannot read");
    });
    expect(statusOf(note, NOW, engine)).toMatchObject({ state: "invalid", rule: "R0" });
  });

  it("a failure reads plainly and the error goes to the caller, not into the reason", () => {
    const note = parseInterviewNote(aNote().thanked("2026-11-18").build(), "Jobs/Acme.md");
    const error = new TypeError("Cannot read properties of undefined (reading 'day')");
    computeSpy.mockImplementationOnce(() => {
      throw error;
    });
    const told: [string, unknown][] = [];
    const s = statusOf(note, NOW, settings().engine, (path, e) => told.push([path, e]));
    expect(s.reason).toBe(engineFailedReason());
    expect(s.reason).not.toMatch(/TypeError|Cannot read/);
    expect(told).toEqual([["Jobs/Acme.md", error]]);
    computeSpy.mockImplementationOnce(() => {
      throw error;
    });
    const fm = aNote().interviewedOn("2026-11-18").build();
    const evaluated = evaluateNote({ path: "Jobs/Acme.md", frontmatter: fm, tags: [] }, settings({ onEngineError: (path, e) => told.push([path, e]) }), NOW);
    expect(evaluated?.status.reason).toBe(engineFailedReason());
    expect(told).toHaveLength(2);
  });
});

describe("sameStatus", () => {
  it("sees every field", () => {
    const s = statusOf(parseInterviewNote(aNote().thanked("2026-11-18").build(), "Jobs/Acme.md"), NOW, settings().engine);
    expect(sameStatus(s, { ...s })).toBe(true);
    expect(sameStatus(s, { ...s, reason: "x" })).toBe(false);
    expect(sameStatus(s, { ...s, alternatives: ["phone"] })).toBe(false);
    expect(sameStatus(s, { ...s, problems: [{ key: "k", value: "v", message: "m" }] })).toBe(false);
    expect(sameStatus(s, { ...s, dueBy: null })).toBe(false);
    expect(sameStatus(s, { ...s, path: "Jobs/Other.md" })).toBe(false);
  });
});
