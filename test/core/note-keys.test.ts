/**
 * Issue 13, item 2 — a key mapping adds an alias. A mapped name (`date` for `interview_date`)
 * is read in addition to the default name; a note with both reads the mapped one; writes go to
 * the key the note already uses (the mapped name when it has neither); problems and reasons
 * name the key the note actually uses.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appendFollowUp, markThankYouSent, setLastReply, setOutcome, setSnoozedUntil } from "../../src/core/frontmatter-edits";
import { noteKey, parseInterviewNote } from "../../src/core/note";
import { computeStatus } from "../../src/core/rules";
import { duplicateKeyNames } from "../../src/core/settings-validation";
import { NOTE_KEYS, defaultKeyMap, type KeyMap } from "../../src/core/settings";
import { arbFrontmatter } from "../support/arbitraries";
import { GB } from "../support/day-formats";

const RUNS = Number(process.env.FC_RUNS ?? 300);
const keys: KeyMap = { ...defaultKeyMap(), interview_date: "date", company: "employer", follow_ups: "contacts" };
const NOW = { day: "2026-11-25", minutes: 600 };
const ENGINE = { holidays: [], maxAttempts: 3, dayFormat: GB };

/** Every key mapped to another name: `company` → `my company`. */
const everyKeyMapped = Object.fromEntries(NOTE_KEYS.map((k) => [k, `my ${k}`])) as KeyMap;

function renamed(fm: Record<string, unknown>, map: KeyMap): Record<string, unknown> {
  const byDefault = new Map<string, string>(NOTE_KEYS.map((k) => [k, map[k]]));
  return Object.fromEntries(Object.entries(fm).map(([k, v]) => [byDefault.get(k) ?? k, v]));
}

describe("reading: the mapped name is an alias, not a replacement", () => {
  it("a note written with the default names still reads under a mapping", () => {
    const note = parseInterviewNote({ interview_date: "2026-11-18", company: "Acme", follow_ups: ["2026-11-20 email"] }, "a.md", keys);
    expect(note.problems).toEqual([]);
    expect(note.interview?.day).toBe("2026-11-18");
    expect(note.company).toBe("Acme");
    expect(note.followUps.map((a) => a.day)).toEqual(["2026-11-20"]);
    expect(note.interviewKey).toBe("interview_date");
    expect(computeStatus(note, NOW, ENGINE).state).not.toBe("invalid");
  });

  it("a note with both reads the mapped one", () => {
    const note = parseInterviewNote({ interview_date: "2026-11-02", date: "2026-11-18", company: "Old", employer: "New" }, "a.md", keys);
    expect(note.interview?.day).toBe("2026-11-18");
    expect(note.company).toBe("New");
    expect(note.interviewKey).toBe("date");
  });

  it("an empty mapped key does not hide the default one's value", () => {
    const note = parseInterviewNote({ date: null, interview_date: "2026-11-18", employer: "" }, "a.md", keys);
    expect(note.interview?.day).toBe("2026-11-18");
    expect(note.problems).toEqual([]);
  });

  it("problems and the R0 reason name the key the note uses", () => {
    const legacy = parseInterviewNote({ interview_date: "2026-13-45", contacts: ["2026-11-20 pigeon"] }, "a.md", keys);
    expect(legacy.problems.map((p) => p.key)).toEqual(["interview_date", "contacts[1]"]);
    expect(computeStatus(legacy, NOW, ENGINE).reason).toContain("Check interview_date:");
    const mapped = parseInterviewNote({ date: "soon", follow_ups: ["2026-11-20 pigeon"] }, "a.md", keys);
    expect(mapped.problems.map((p) => p.key)).toEqual(["date", "follow_ups[1]"]);
    expect(computeStatus(mapped, NOW, ENGINE).reason).toContain("Check date:");
    const neither = parseInterviewNote({ company: "Acme" }, "a.md", keys);
    expect(neither.problems[0].key).toBe("date");
    expect(computeStatus(neither, NOW, ENGINE).reason).toBe("Add date, the day of the interview (like 2026-11-18), so the follow-ups can be planned.");
  });

  it("a mapped name never reads an inherited property (`constructor`, `toString`)", () => {
    const odd = { ...defaultKeyMap(), company: "constructor", role: "toString" };
    const note = parseInterviewNote({ interview_date: "2026-11-18" }, "a.md", odd);
    expect(note.company).toBeNull();
    expect(note.role).toBeNull();
    expect(note.problems).toEqual([]);
  });

  it("any note reads the same under any mapping, and the same again with its keys renamed to the mapped names (property)", () => {
    fc.assert(
      fc.property(arbFrontmatter, (fm) => {
        const plain = parseInterviewNote(fm, "a.md");
        expect(parseInterviewNote(fm, "a.md", everyKeyMapped)).toEqual(plain);
        const own = parseInterviewNote(renamed(fm, everyKeyMapped), "a.md", everyKeyMapped);
        const renamedProblems = plain.problems.map((p) => ({ ...p, key: p.key.replace(/^[a-z_]+/, (k) => everyKeyMapped[k as keyof KeyMap] ?? k) }));
        expect(own).toEqual({ ...plain, interviewKey: "my interview_date", problems: renamedProblems, followUps: own.followUps });
        expect(own.followUps.map((a) => [a.day, a.channel, a.next, a.note])).toEqual(plain.followUps.map((a) => [a.day, a.channel, a.next, a.note]));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("noteKey: where a value is read from and written to", () => {
  it.each([
    [{ date: "2026-11-18" }, "date"],
    [{ interview_date: "2026-11-18" }, "interview_date"],
    [{ interview_date: "2026-11-18", date: "2026-11-19" }, "date"],
    [{ interview_date: "2026-11-18", date: "" }, "interview_date"],
    [{ interview_date: null }, "interview_date"],
    [{ interview_date: null, date: null }, "date"],
    [{}, "date"],
  ])("%j → %s", (fm, key) => {
    expect(noteKey(fm, keys, "interview_date")).toBe(key);
  });

  it("without a mapping it is the default name", () => {
    expect(noteKey({ date: "x" }, defaultKeyMap(), "interview_date")).toBe("interview_date");
  });
});

describe("writing: to the key the note already uses", () => {
  const mapped: KeyMap = { ...defaultKeyMap(), thank_you_sent: "thanked", last_reply: "reply", snoozed_until: "snooze", outcome: "result", follow_ups: "contacts" };

  it("a note written with the default names keeps them", () => {
    const fm: Record<string, unknown> = { thank_you_sent: null, last_reply: "2026-11-20", snoozed_until: null, outcome: "pending", follow_ups: [] };
    markThankYouSent(fm, mapped, "2026-11-19");
    setLastReply(fm, mapped, "2026-11-24");
    setSnoozedUntil(fm, mapped, "2026-11-30");
    setOutcome(fm, mapped, "offer");
    appendFollowUp(fm, mapped, { date: "2026-11-25", channel: "email" });
    expect(fm).toEqual({ thank_you_sent: "2026-11-19", last_reply: "2026-11-24", snoozed_until: "2026-11-30", outcome: "offer", follow_ups: ["2026-11-25 email"] });
    const note = parseInterviewNote({ ...fm, interview_date: "2026-11-18" }, "a.md", mapped);
    expect([note.thankYouSent, note.lastReply, note.snoozedUntil, note.outcome, note.followUps.length]).toEqual([true, "2026-11-24", "2026-11-30", "offer", 1]);
  });

  it("a note with neither gets the mapped names; a note with both writes the one it reads", () => {
    const fresh: Record<string, unknown> = {};
    markThankYouSent(fresh, mapped, "2026-11-19");
    setOutcome(fresh, mapped, "offer");
    expect(fresh).toEqual({ thanked: "2026-11-19", result: "offer" });
    const both: Record<string, unknown> = { outcome: "pending", result: "rejected" };
    setOutcome(both, mapped, "offer");
    expect(both).toEqual({ outcome: "pending", result: "offer" });
  });
});

describe("settings: a mapped name may not be another key's name", () => {
  it("mapping company to role's default name is flagged, as are two keys mapped to one name", () => {
    const clash = duplicateKeyNames({ ...defaultKeyMap(), company: "role" });
    expect(clash.company).toBe('"role" is also used for role.');
    expect(clash.role).toBe('"role" is also used for company.');
    // role's own name stays read beside its mapped one, so "role" would still be read twice.
    const moved = duplicateKeyNames({ ...defaultKeyMap(), company: "role", role: "position" });
    expect(moved.company).toBe('"role" is also used for role.');
    expect(moved.role).toBe('"role" is also used for company.');
    const twice = duplicateKeyNames({ ...defaultKeyMap(), company: "employer", role: "employer" });
    expect(twice.company).toBe('"employer" is also used for role.');
    expect(duplicateKeyNames({ ...defaultKeyMap(), interview_date: "date" })).toEqual({});
    expect(duplicateKeyNames(defaultKeyMap())).toEqual({});
  });
});
