/**
 * Issue 13, item 1 — Properties-native writes. Logging writes `follow_ups` entries as text
 * (spec §2), and a written entry reads back as the same attempt through every reader: the
 * engine on the object itself, Obsidian's metadata cache (the stand-in's YAML) and the CLI's
 * front matter reader, after either YAML writer. "Convert follow-ups to text entries" turns
 * mappings into the text that says the same, or refuses and changes nothing. New notes get
 * typed, empty values. Date logic here runs in every zone of the suite.
 */
import fc from "fast-check";
import { dump } from "js-yaml";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../src/cli/frontmatter";
import {
  CHANNEL_VALUES,
  EditRefused,
  appendFollowUp,
  convertFollowUpsToText,
  followUpText,
  markThankYouSent,
  type FollowUpEntry,
} from "../../src/core/frontmatter-edits";
import { buildInterviewNote } from "../../src/core/new-note";
import { parseInterviewNote } from "../../src/core/note";
import { computeStatus } from "../../src/core/rules";
import { defaultKeyMap } from "../../src/core/settings";
import type { Attempt } from "../../src/core/types";
import { arbDay } from "../support/arbitraries";
import { thrownBy } from "../support/errors";
import { parseYaml, stringifyYaml } from "../support/stand-in/vault";
import { GB } from "../support/day-formats";

const keys = defaultKeyMap();
const RUNS = Number(process.env.FC_RUNS ?? 300);

/** The parts of an attempt a person wrote (the list position aside). */
function written(a: Attempt): Pick<Attempt, "day" | "channel" | "next" | "note"> {
  return { day: a.day, channel: a.channel, next: a.next, note: a.note };
}

/** The front matter `fm` saved by a YAML writer and read by the CLI, as the engine reads it. */
function throughCli(fm: Record<string, unknown>, writer: (value: unknown) => string) {
  const read = readFrontMatter(`---\n${writer(fm)}---\nBody text.\n`);
  expect(read.problem).toBeNull();
  return parseInterviewNote(read.data, "Interviews/Acme.md");
}

/** What Obsidian's metadata cache holds after the plugin's write (the stand-in parses with `yaml`). */
function throughObsidian(fm: Record<string, unknown>) {
  return parseInterviewNote(parseYaml(stringifyYaml(fm)), "Interviews/Acme.md");
}

const WRITERS: readonly [string, (value: unknown) => string][] = [
  ["Obsidian's style (yaml)", (v) => stringifyYaml(v)],
  ["js-yaml", (v) => dump(v, { lineWidth: -1 })],
];

/** Notes people write: free text plus the pieces that could confuse a reader of the line. */
const arbNote = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary-ascii", maxLength: 20 }),
  fc
    .array(
      fc.constantFrom(
        " — ", " – ", " -- ", "—", "next", " next 2026-12-01", "2026-12-01", "email", "voicemail", ": ", "call back: Monday",
        "#tag", "[[Dana]]", '"quoted"', "'single'", "  ", "\t", "\n", "\r\n", "{a: 1}", "- item", "| pipe", "> fold", "%", "@",
        "`tick`", "*", "&", "!", "Zoë", "日本語", "😀", "yes", "null", "~", "?", ",",
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join("")),
);

const arbEntry: fc.Arbitrary<FollowUpEntry> = fc.record({
  date: arbDay,
  channel: fc.constantFrom(...CHANNEL_VALUES),
  next: fc.option(arbDay, { nil: null }),
  note: fc.option(arbNote, { nil: null }),
});

/** The attempt an entry must read back as: its day, channel and next day, and its note on one line. */
function expectedAttempt(e: FollowUpEntry): Pick<Attempt, "day" | "channel" | "next" | "note"> {
  const note = (e.note ?? "").replace(/\s*[\r\n\u0085\u2028\u2029]+\s*/g, " ").trim();
  return { day: e.date, channel: e.channel, next: e.next ?? null, note: note === "" ? null : note };
}

describe("a written entry reads back as the same attempt (property)", () => {
  it("through the engine, Obsidian's metadata cache and the CLI, after either YAML writer", () => {
    fc.assert(
      fc.property(fc.array(arbEntry, { minLength: 1, maxLength: 4 }), (entries) => {
        const fm: Record<string, unknown> = { type: "interview", interview_date: "2026-10-01" };
        for (const e of entries) appendFollowUp(fm, keys, e);
        expect((fm.follow_ups as unknown[]).every((x) => typeof x === "string")).toBe(true);
        const want = entries.map(expectedAttempt);
        const notes = [
          ["engine", parseInterviewNote(fm, "Interviews/Acme.md")],
          ["metadata cache", throughObsidian(fm)],
          ...WRITERS.map(([name, w]) => [`CLI after ${name}`, throughCli(fm, w)] as const),
        ] as const;
        for (const [reader, note] of notes) {
          expect(note.problems, reader).toEqual([]);
          expect(note.followUps.map(written), reader).toEqual(want);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    [{ date: "2026-11-25", channel: "email" }, "2026-11-25 email"],
    [{ date: "2026-11-25", channel: "voicemail", next: "2026-12-01" }, "2026-11-25 voicemail next 2026-12-01"],
    [{ date: "2026-11-25", channel: "in-person", note: "coffee — then a walk; next time: Friday" }, "2026-11-25 in-person — coffee — then a walk; next time: Friday"],
    [{ date: "2026-11-25", channel: "message", next: "2026-12-01", note: "next week -- maybe" }, "2026-11-25 message next 2026-12-01 — next week -- maybe"],
    [{ date: "2026-11-25", channel: "linkedin", note: "— starts with a dash" }, "2026-11-25 linkedin — — starts with a dash"],
  ] as [FollowUpEntry, string][])("%j is written as %s and read back", (entry, text) => {
    expect(followUpText(entry)).toBe(text);
    const fm: Record<string, unknown> = { interview_date: "2026-11-18" };
    appendFollowUp(fm, keys, entry);
    for (const note of [parseInterviewNote(fm, "a.md"), throughObsidian(fm), ...WRITERS.map(([, w]) => throughCli(fm, w))]) {
      expect(note.followUps.map(written)).toEqual([expectedAttempt(entry)]);
    }
  });
});

describe("Convert follow-ups to text entries", () => {
  it("turns each mapping into the text that says the same, in place; text entries stay as written", () => {
    const fm: Record<string, unknown> = {
      company: "Acme",
      follow_ups: [
        { date: "2026-11-16", channel: "Linked In", note: "  messaged Dana  " },
        "2026-11-18 email — as typed, kept",
        { date: "2026-11-20", channel: "call", next: "2026-11-27" },
        { date: "2026-11-21" },
        { date: "2026-11-22", channel: "voicemail", next: null, note: "" },
        { "2026-11-23 voicemail — they said": "call back Monday" },
        null,
      ],
      outcome: "pending",
    };
    const before = parseInterviewNote(fm, "a.md");
    expect(convertFollowUpsToText(fm, keys)).toBe(5);
    expect(fm.follow_ups).toEqual([
      "2026-11-16 linkedin — messaged Dana",
      "2026-11-18 email — as typed, kept",
      "2026-11-20 phone next 2026-11-27",
      "2026-11-21 email",
      "2026-11-22 voicemail",
      "2026-11-23 voicemail — they said: call back Monday",
      null,
    ]);
    expect(Object.keys(fm)).toEqual(["company", "follow_ups", "outcome"]);
    const after = parseInterviewNote(fm, "a.md");
    expect(after.followUps).toEqual(before.followUps);
    expect(after.problems).toEqual(before.problems);
  });

  it("a note that is a number is kept as its text; a single mapping becomes a list of one", () => {
    const fm: Record<string, unknown> = { follow_ups: { date: "2026-11-20", channel: "email", note: 42 } };
    expect(convertFollowUpsToText(fm, keys)).toBe(1);
    expect(fm.follow_ups).toEqual(["2026-11-20 email — 42"]);
  });

  it("nothing to convert: no change, 0", () => {
    for (const value of [undefined, null, "", [], ["2026-11-20 email"], "2026-11-20 voicemail", ["junk", 3]]) {
      const fm: Record<string, unknown> = { follow_ups: value };
      const copy = structuredClone(fm);
      expect(convertFollowUpsToText(fm, keys)).toBe(0);
      expect(fm).toEqual(copy);
    }
  });

  it.each([
    [{ date: "2026-11-20", channel: "fax" }, 'follow_ups[2].channel is "fax" (expected email, phone, voicemail, message, linkedin or in-person)'],
    [{ date: "last week", channel: "email" }, 'follow_ups[2].date is "last week" (expected a date like 2026-11-25'],
    [{ date: "2026-11-20 14:30", channel: "phone" }, 'follow_ups[2].date is "2026-11-20 14:30", with a time of day a text entry would drop'],
    [{ date: "2026-11-20", channel: "phone", next: "2026-11-27T09:00" }, 'follow_ups[2].next is "2026-11-27T09:00", with a time of day'],
    [{ date: "2026-11-20", channel: "email", next: "Friday" }, 'follow_ups[2].next is "Friday"'],
    [{ date: "2026-11-20", channel: "email", with: "Dana" }, "follow_ups[2] also has with, which a text entry cannot hold"],
    [{ date: "2026-11-20", channel: "email", note: { said: "yes" } }, "follow_ups[2].note is"],
    [{ channel: "email" }, "follow_ups[2].date is \"(missing)\""],
  ])("refuses %j, names it and changes nothing", (bad, why) => {
    const fm: Record<string, unknown> = { follow_ups: [{ date: "2026-11-16", channel: "email" }, bad, { date: "2026-11-25", channel: "phone" }] };
    const copy = structuredClone(fm);
    const e = thrownBy(EditRefused, () => convertFollowUpsToText(fm, keys));
    expect(e.key).toBe("follow_ups[2]");
    expect(e.message).toMatch(/^Not converted: /);
    expect(e.message).toContain(why);
    expect(e.message).toMatch(/Nothing was changed\.$/);
    expect(fm).toEqual(copy);
  });

  it("refuses follow_ups that is not a list", () => {
    const fm: Record<string, unknown> = { follow_ups: "yes" };
    expect(thrownBy(EditRefused, () => convertFollowUpsToText(fm, keys)).message).toBe('Not converted: follow_ups is "yes", not a list of follow-ups. Nothing was changed.');
    expect(fm).toEqual({ follow_ups: "yes" });
  });

  it("works on the key the note uses, mapped or default", () => {
    const mapped = { ...keys, follow_ups: "contacts" };
    const legacy: Record<string, unknown> = { follow_ups: [{ date: "2026-11-20", channel: "email" }] };
    expect(convertFollowUpsToText(legacy, mapped)).toBe(1);
    expect(legacy).toEqual({ follow_ups: ["2026-11-20 email"] });
    const own: Record<string, unknown> = { contacts: [{ date: "2026-11-20", channel: "email" }], follow_ups: ["x"] };
    expect(convertFollowUpsToText(own, mapped)).toBe(1);
    expect(own).toEqual({ contacts: ["2026-11-20 email"], follow_ups: ["x"] });
  });

  it("over generated lists: either every attempt and problem reads the same after, or nothing changed (property)", () => {
    const arbWord = fc.constantFrom("email", "phone", "voicemail", "message", "linkedin", "in-person", "call", "E-mail", "Linked In", "in_person", "fax", undefined);
    const arbMapping = fc.record(
      {
        date: fc.oneof({ weight: 8, arbitrary: arbDay }, { weight: 1, arbitrary: fc.constantFrom("2026-11-20 10:00", "soon", "2026-02-30") }),
        channel: arbWord,
        next: fc.option(fc.oneof({ weight: 6, arbitrary: arbDay }, { weight: 1, arbitrary: fc.constantFrom("Friday", "2026-12-01T09:00") }), { nil: undefined }),
        note: fc.option(arbNote, { nil: undefined }),
      },
      { requiredKeys: ["date"] },
    );
    const arbItem = fc.oneof({ weight: 4, arbitrary: arbMapping }, { weight: 1, arbitrary: fc.constantFrom("2026-11-18 email — text", "2026-11-19", null) });
    fc.assert(
      fc.property(fc.array(arbItem, { maxLength: 5 }), (items) => {
        const fm: Record<string, unknown> = { interview_date: "2026-10-01", follow_ups: items };
        const copy = structuredClone(fm);
        const before = parseInterviewNote(fm, "a.md");
        let converted: number;
        try {
          converted = convertFollowUpsToText(fm, keys);
        } catch (e) {
          expect(e).toBeInstanceOf(EditRefused);
          expect(fm).toEqual(copy);
          return;
        }
        expect(converted).toBe(items.filter((x) => typeof x === "object" && x !== null).length);
        expect((fm.follow_ups as unknown[]).every((x) => x === null || typeof x === "string")).toBe(true);
        for (const after of [parseInterviewNote(fm, "a.md"), throughObsidian(fm), ...WRITERS.map(([, w]) => throughCli(fm, w))]) {
          expect(after.followUps.map(written)).toEqual(before.followUps.map(written));
          expect(after.problems).toEqual(before.problems);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe("a new note's properties have the types the Properties view gives them", () => {
  const input = { company: "Acme", role: "Analyst", interviewer: "Dana Reyes", interviewerEmail: "dana@acme.example", day: "2026-11-18", time: "14:00" };

  function frontmatterOf(text: string): Record<string, unknown> {
    return parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]) as Record<string, unknown>;
  }

  it("blank dates (thank_you_sent too, never false), a checkbox, an empty list, a datetime as the view writes it", () => {
    const { text } = buildInterviewNote(input, keys, "Interviews");
    expect(text).toContain("\ninterview_date: 2026-11-18T14:00\n");
    expect(text).toContain("\nthank_you_sent:\n");
    expect(text).not.toMatch(/thank_you_sent: *(?:false|true)/);
    expect(text).toContain("\ncall_ok: false\n");
    const fm = frontmatterOf(text);
    expect(fm.thank_you_sent).toBeNull();
    expect(fm.call_ok).toBe(false);
    expect(fm.follow_ups).toEqual([]);
    for (const k of ["decision_date", "check_back", "last_reply", "snoozed_until"]) expect(fm[k], k).toBeNull();
    expect(parseInterviewNote(fm, "a.md").thankYouSent).toBe(false);
  });

  it("2026-11-18T14:00 is 14:00 local time wherever the user is: upcoming at 13:59, happened at 14:00", () => {
    const { text } = buildInterviewNote(input, keys, "Interviews");
    const cli = readFrontMatter(text);
    const sources = [frontmatterOf(text), cli.data];
    expect((cli.data as Record<string, unknown>).interview_date).toBe("2026-11-18T14:00");
    for (const fm of sources) {
      const note = parseInterviewNote(fm, "a.md");
      expect(note.problems).toEqual([]);
      expect(note.interview).toEqual({ day: "2026-11-18", minutes: 14 * 60 });
      const at = (minutes: number) => computeStatus(note, { day: "2026-11-18", minutes }, { holidays: [], maxAttempts: 3, dayFormat: GB }).state;
      expect(at(13 * 60 + 59)).toBe("upcoming");
      expect(at(14 * 60)).toBe("thank-you-due");
    }
  });

  it("logging the thank-you writes a date into the blank property", () => {
    const fm = frontmatterOf(buildInterviewNote(input, keys, "Interviews").text);
    const order = Object.keys(fm);
    expect(markThankYouSent(fm, keys, "2026-11-18")).toBe(true);
    expect(fm.thank_you_sent).toBe("2026-11-18");
    expect(Object.keys(fm)).toEqual(order);
  });
});
