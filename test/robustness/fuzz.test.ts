// @vitest-environment happy-dom
/**
 * Fuzzing the normalizer, the engine and the agenda (and the readers in front of them) with
 * generated notes full of hostile values: prototype keys, markup, control and bidi characters,
 * NUL, lone surrogates, impossible and extreme dates, NaN and Infinity, invalid Date objects,
 * bigints, deep and null-prototype objects, long strings.
 *
 * `npm run test:fuzz` runs 100,000 notes per property (FC_RUNS=100000); the normal suite runs a
 * few hundred. A failure prints fast-check's seed and the shrunk counterexample.
 */
import fc from "fast-check";
import process from "node:process";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { readFrontMatter } from "../../src/cli/frontmatter";
import { buildAgenda, compareStatuses, GROUPS, groupOf } from "../../src/core/agenda";
import { addDays, addMonths, daysBetween, toHolidaySet } from "../../src/core/dates";
import { parseInterviewNote } from "../../src/core/note";
import { computeStatus } from "../../src/core/rules";
import { defaultKeyMap, NOTE_KEYS, type KeyMap } from "../../src/core/settings";
import type { Action, FollowUpStatus, InterviewNote, State, TemplateId } from "../../src/core/types";
import { headlineParts } from "../../src/core/wording";
import { badgeText } from "../../src/plugin/render/badge";
import { renderAgenda } from "../../src/plugin/render/sidebar";
import { parseMetadata } from "../support/obsidian";
import { arbFrontmatter } from "../support/arbitraries";
import { GB } from "../support/day-formats";

const RUNS = Number(process.env.FC_RUNS ?? 400);
/** The heavier properties (YAML parsing, DOM rendering) run a tenth or a hundredth as often. */
const TENTH = Math.max(40, Math.floor(RUNS / 10));
const HUNDREDTH = Math.max(10, Math.floor(RUNS / 100));
/** A guard against a hang, scaled with the run count (not a speed assertion). */
const TIMEOUT = Math.max(30_000, RUNS * 4);

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

// ---------------------------------------------------------------------------------------------
// Generators

const NASTY = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "\"><svg onload=alert(1)>",
  "javascript:alert(1)",
  "\u0000",
  "Acme\u0000Corp",
  "\u202eexe.pdf",
  "\u2066isolate\u2069",
  "\u001b[31mred\u001b[0m",
  "\r\n",
  "\ud800",
  "\udfff lone",
  "💥🏳️‍🌈",
  "e\u0301",
  "0000-00-00",
  "9999-12-31",
  "+002026-11-18",
  "-000001-01-01",
  "2026-02-29",
  "2026-02-30",
  "2026-11-18T25:00",
  "2026-11-18T23:59:60",
  "2026-11-18 24:00",
  "2026-11-18T12:00:00+99:00",
  "2026-11-18T12:00:00-14:00",
  "1970-01-01",
  "0999-12-31",
  "8999-12-31",
  "NaN",
  "Infinity",
  "-0",
  "",
  " ",
  "undefined",
  "null",
  "true",
  "no",
  "[[Acme]]",
  "[[Acme|Acme Inc]]",
  "[[",
  "999 months",
  "0 days",
  "ten-eleven weeks",
  "final final final",
  "e-mail",
  "IN_PERSON",
  " Next Round ",
  "%%comment%%",
  "#interview",
  "{{company}}",
  "$(rm -rf ~)",
];

/** Strings a note might hold, hostile or not. */
const arbText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NASTY), fc.string({ maxLength: 10 })).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 50, max: 400 })).map(([s, n]) => s.repeat(n)) },
);

/** A day anywhere in the readable years, and the edges around them. */
const arbAnyDay: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -400, max: 400 }).map((n) => addDays("2026-11-18", n)),
  fc.integer({ min: 0, max: 2_900_000 }).map((n) => addDays("1000-01-01", n)),
  fc.constantFrom("1000-01-01", "8999-12-31", "2026-12-31", "2027-01-01", "2028-02-29"),
);

/** A date-like value: strings as Obsidian keeps them, Date objects as a YAML library makes them. */
const arbDateLike: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: arbAnyDay },
  { weight: 1, arbitrary: fc.tuple(arbAnyDay, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([d, h, m]) => `${d} ${h}:${String(m).padStart(2, "0")}`) },
  { weight: 1, arbitrary: fc.tuple(arbAnyDay, fc.constantFrom("Z", "+14:00", "-12:00", "+05:30", "")).map(([d, z]) => `${d}T23:30:00${z}`) },
  { weight: 1, arbitrary: fc.date() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: arbText },
);

const arbKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NOTE_KEYS, "type", "tags", "tag", "date", "channel", "next", "note") },
  { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty") },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** Any value YAML (or a buggy plugin writing front matter) could produce, nested. */
const { value: arbValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 5, arbitrary: arbText },
    { weight: 3, arbitrary: arbDateLike },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.constantFrom(true, false, null, undefined, NaN, Infinity, -Infinity, -0) },
    { weight: 1, arbitrary: fc.bigInt() },
    { weight: 1, arbitrary: fc.array(tie("value"), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(arbKey, tie("value"), { maxKeys: 4 }) },
  ),
}));

/** A follow-up attempt, mostly well-formed. */
const arbAttempt: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ date: arbDateLike, channel: fc.oneof(fc.constantFrom("email", "phone", "voicemail", "message", "linkedin", "in-person", "call"), arbText), next: fc.option(arbDateLike, { nil: undefined }), note: fc.option(arbText, { nil: undefined }) }, { requiredKeys: ["date"] }) },
  { weight: 1, arbitrary: arbValue },
);

/** Hostile front matter: the real keys with hostile values, plus stray keys. */
const arbHostileFrontmatter: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.dictionary(fc.constantFrom(...NOTE_KEYS), arbValue, { maxKeys: 10 }), fc.array(arbAttempt, { maxLength: 6 }), fc.dictionary(arbKey, arbValue, { maxKeys: 3 }), arbDateLike).map(([fm, attempts, stray, interview]) => ({ ...stray, ...fm, interview_date: interview, follow_ups: attempts })) },
  { weight: 2, arbitrary: arbFrontmatter },
  { weight: 1, arbitrary: fc.dictionary(arbKey, arbValue, { maxKeys: 8 }) },
  { weight: 1, arbitrary: arbValue },
);

/** A key map as a user could configure it (key names are user text too). */
const arbKeys: fc.Arbitrary<KeyMap> = fc.oneof(
  { weight: 5, arbitrary: fc.constant(defaultKeyMap()) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...NOTE_KEYS), fc.constantFrom("date", "when", "Company Name", "интервью", "日付")).map(([k, name]) => ({ ...defaultKeyMap(), [k]: name })),
  },
);

const arbMoment = fc.record({ day: fc.integer({ min: -30, max: 120 }).map((n) => addDays("2026-11-18", n)), minutes: fc.integer({ min: 0, max: 1439 }) });
const arbHolidays = fc.array(arbAnyDay, { maxLength: 12 });

// ---------------------------------------------------------------------------------------------
// What must hold

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const RULE_RE = /^R(0|1|2|3|4[abcd]|6[abcd]|7|8|9)$/;
const OUTCOMES = ["pending", "offer", "accepted", "rejected", "withdrawn", "next-round"];
const CHANNELS = ["email", "phone", "voicemail", "message", "linkedin", "in-person"];
const CONTACT = ["email", "phone", "linkedin"];

function expectDay(day: unknown, what: string): void {
  expect(day, what).toMatch(DAY_RE);
  const y = Number((day as string).slice(0, 4));
  expect(y, what).toBeGreaterThanOrEqual(1000);
  expect(y, what).toBeLessThanOrEqual(9999);
}

function expectWellFormedNote(n: InterviewNote): void {
  for (const p of n.problems) {
    expect(typeof p.key).toBe("string");
    expect(p.key.length).toBeGreaterThan(0);
    expect(typeof p.value).toBe("string");
    expect(p.value.length).toBeLessThanOrEqual(80);
    expect(p.value).not.toMatch(/[\r\n\t]/);
    expect(typeof p.message).toBe("string");
    expect(p.message.length).toBeGreaterThan(5);
  }
  expect(OUTCOMES).toContain(n.outcome);
  if (n.preferredChannel !== null) expect(CONTACT).toContain(n.preferredChannel);
  for (const field of [n.company, n.role, n.interviewer, n.interviewerEmail, n.interviewerPhone, n.highlight, n.stage]) {
    if (field !== null) expect(typeof field).toBe("string");
  }
  for (const d of [n.decisionDate, n.checkBack, n.lastReply, n.snoozedUntil]) if (d !== null) expectDay(d, "day field");
  if (n.interview) {
    expectDay(n.interview.day, "interview day");
    if (n.interview.minutes !== null) expect(n.interview.minutes >= 0 && n.interview.minutes < 1440).toBe(true);
  }
  for (const a of n.followUps) {
    expectDay(a.day, a.where);
    expect(CHANNELS).toContain(a.channel);
    if (a.next !== null) expectDay(a.next, `${a.where}.next`);
  }
  expect(typeof n.callOk).toBe("boolean");
  expect(typeof n.thankYouSent).toBe("boolean");
  expect(typeof n.final).toBe("boolean");
}

const ACTION_OF: Record<State, Action[]> = {
  invalid: ["none"],
  closed: ["none"],
  upcoming: ["prepare"],
  "thank-you-due": ["send-thank-you"],
  "thank-you-overdue": ["send-thank-you"],
  waiting: ["wait"],
  "follow-up-due": ["follow-up"],
  "follow-up-overdue": ["follow-up"],
  "no-response": ["move-on"],
};

/** The §4 table of the spec, row by row. */
function expectStatusTable(s: FollowUpStatus, note: InterviewNote, today: string): void {
  expect(ACTION_OF[s.state]).toContain(s.action);
  expect(s.rule).toMatch(RULE_RE);
  expect(s.path).toBe(note.path);
  expect(s.reason).toMatch(/^[A-Z].*[.]$/);
  expect(s.reason).not.toMatch(/[\r\n]/);
  // What the reason says itself (an invalid note's reason quotes the bad value, which may be anything).
  const own = s.state === "invalid" ? s.reason.replace(/"[^]*"/, '""') : s.reason;
  expect(own).not.toMatch(/undefined|\bnull\b|NaN|\[object Object\]/);
  // The note's own problems come first, unchanged.
  expect(s.problems.slice(0, note.problems.length)).toEqual(note.problems);
  if (s.opens !== null) expectDay(s.opens, "opens");
  if (s.dueBy !== null) expectDay(s.dueBy, "dueBy");
  if (s.opens !== null && s.dueBy !== null) expect(s.opens <= s.dueBy, `${s.opens} ≤ ${s.dueBy}`).toBe(true);
  const windowed = (s.state === "waiting" && s.rule !== "R9") || s.state === "follow-up-due" || s.state === "follow-up-overdue";
  if (windowed) {
    expect(CONTACT).toContain(s.channel);
    expect(s.attempt).toBeGreaterThanOrEqual(1);
    expect(s.opens).not.toBeNull();
    expect(s.dueBy).not.toBeNull();
    const expected: TemplateId[] = s.channel === "phone" ? ["phone-script"] : ["follow-up-1", "follow-up-2"];
    expect(expected).toContain(s.template);
    for (const alt of s.alternatives) {
      expect(CONTACT).toContain(alt);
      expect(alt).not.toBe(s.channel);
    }
    if (s.state === "waiting") expect(today < s.opens!).toBe(true);
    else if (s.state === "follow-up-due") expect(s.opens! <= today && today <= s.dueBy!).toBe(true);
    else expect(today > s.dueBy!).toBe(true);
  } else {
    expect(s.channel).toBeNull();
    expect(s.alternatives).toEqual([]);
    expect(s.attempt).toBeNull();
  }
  switch (s.state) {
    case "invalid":
      expect(note.interview).toBeNull();
      expect([s.opens, s.dueBy, s.template, s.thankYouPending]).toEqual([null, null, null, false]);
      break;
    case "closed":
      expect([s.opens, s.dueBy, s.thankYouPending]).toEqual([null, null, false]);
      expect(s.template === null || s.template === "rejection-reply").toBe(true);
      break;
    case "upcoming":
      expect([s.opens, s.dueBy, s.template]).toEqual([note.interview!.day, null, null]);
      break;
    case "thank-you-due":
    case "thank-you-overdue":
      expect([s.opens, s.dueBy, s.template, s.thankYouPending]).toEqual([note.interview!.day, addDays(note.interview!.day, 2), "thank-you", true]);
      expect(s.state === "thank-you-overdue").toBe(today > s.dueBy!);
      break;
    case "no-response":
      expect([s.dueBy, s.template, s.thankYouPending, s.rule]).toEqual([null, null, false, "R9"]);
      expect(today >= s.opens!).toBe(true);
      break;
    default:
      if (s.rule === "R9") expect([s.dueBy, s.template, s.thankYouPending]).toEqual([null, null, false]);
      else expect(s.thankYouPending).toBe(!note.thankYouSent);
  }
}

function expectPrototypeIntact(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

// ---------------------------------------------------------------------------------------------

describe(`fuzz (${RUNS} notes per property; FC_RUNS=100000 for the full run)`, () => {
  it("the normalizer reads any front matter into a well-formed note, naming every problem", () => {
    fc.assert(
      fc.property(arbHostileFrontmatter, arbKeys, arbText, (fm, keys, path) => {
        const note = parseInterviewNote(fm, path, keys);
        expect(note.path).toBe(path);
        expectWellFormedNote(note);
        expectPrototypeIntact();
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it("the engine follows the §4 table for any note, day, time, holidays and attempt limit", () => {
    fc.assert(
      fc.property(arbHostileFrontmatter, arbKeys, arbMoment, arbHolidays, fc.integer({ min: -2, max: 12 }), (fm, keys, now, holidays, maxAttempts) => {
        const note = parseInterviewNote(fm, "Interviews/x.md", keys);
        const s = computeStatus(note, now, { holidays: toHolidaySet(holidays), maxAttempts, dayFormat: GB });
        expectStatusTable(s, note, now.day);
        // Deterministic: the same input gives the same answer.
        expect(computeStatus(note, now, { holidays: holidays, maxAttempts, dayFormat: GB })).toEqual(s);
        expectPrototypeIntact();
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it("the agenda keeps every note, in its group, most urgent first, and describes each one", () => {
    fc.assert(
      fc.property(fc.array(arbHostileFrontmatter, { maxLength: 20 }), arbMoment, (fms, now) => {
        const statuses = fms.map((fm, i) => computeStatus(parseInterviewNote(fm, `n${i}.md`), now, { holidays: [], maxAttempts: 3, dayFormat: GB }));
        const groups = buildAgenda(statuses);
        expect(groups.map((g) => g.id)).toEqual(GROUPS.map((g) => g.id));
        const flat = groups.flatMap((g) => g.items);
        expect(flat).toHaveLength(statuses.length);
        expect(new Set(flat)).toEqual(new Set(statuses));
        for (const g of groups) for (const s of g.items) expect(groupOf(s.state)).toBe(g.id);
        for (let i = 1; i < flat.length; i++) expect(compareStatuses(flat[i - 1], flat[i])).toBeLessThanOrEqual(0);
        for (const s of flat) {
          // An invalid note's badge quotes its first problem's value (user text): leave that out.
          const badge = badgeText(s, now.day, GB);
          const own = s.state === "invalid" && s.problems[0] ? badge.replace(s.problems[0].value.slice(0, 39), "") : badge;
          for (const text of [headlineParts(s, now.day, GB).when, own]) {
            expect(typeof text).toBe("string");
            expect(text).not.toMatch(/undefined|NaN|\[object Object\]/);
          }
        }
      }),
      { numRuns: Math.max(100, Math.floor(RUNS / 5)) },
    );
  }, TIMEOUT);

  it("the CLI's front matter reader and the metadata stand-in read any note text without throwing", () => {
    const arbLine = fc.oneof(
      fc.tuple(arbKey, arbText).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(arbKey, arbText).map(([k, v]) => `${k}: ${JSON.stringify(v)}`),
      fc.tuple(arbKey, arbDateLike).map(([k, v]) => `${k}: ${String(v)}`),
      arbText.map((v) => `  - ${v}`),
      fc.constantFrom("---", "--- ", "----", "...", "- date: 2026-11-20", "  channel: email", "a: &a [1]", "b: *a", "c: !!js/function x", "? complex", "|", ">-", "%YAML 1.2", "\t", "\ufeff"),
    );
    // The stand-in's YAML parser reports odd input (unknown tags, object keys) as process
    // warnings; here that is the point, so they are not printed.
    const quiet = vi.spyOn(process, "emitWarning").mockImplementation(() => undefined);
    onTestFinished(() => quiet.mockRestore());
    fc.assert(
      fc.property(fc.constantFrom("---", "---js", "---yaml", "--- ", "\ufeff---", "----", ""), fc.array(arbLine, { maxLength: 12 }), fc.boolean(), arbText, (open, lines, close, body) => {
        const text = `${open}\n${lines.join("\n")}\n${close ? "---\n" : ""}${body}`;
        const read = readFrontMatter(text);
        expect(read.bodyStart).toBeGreaterThanOrEqual(0);
        expect(read.bodyStart).toBeLessThanOrEqual(text.length);
        if (read.problem) {
          expect(read.problem.key).toBe("frontmatter");
          expect(read.problem.message.length).toBeGreaterThan(10);
          expect(read.data).toBeUndefined();
        }
        const note = parseInterviewNote(read.data, "x.md");
        expectWellFormedNote(note);
        const cache = parseMetadata(text);
        if (cache.frontmatter !== undefined) expectWellFormedNote(parseInterviewNote(cache.frontmatter, "x.md"));
        expectPrototypeIntact();
      }),
      { numRuns: TENTH },
    );
  }, TIMEOUT);

  it("the sidebar renders any note as text: no element comes from a note's values", () => {
    const allowed = new Set(["DIV", "SPAN", "BUTTON", "DETAILS", "SUMMARY", "UL", "LI", "PRE", "CODE"]);
    fc.assert(
      fc.property(fc.array(arbHostileFrontmatter, { minLength: 1, maxLength: 8 }), arbMoment, (fms, now) => {
        const statuses = fms.map((fm, i) => computeStatus(parseInterviewNote(fm, `Interviews/<b>${i}</b>.md`), now, { holidays: [], maxAttempts: 3, dayFormat: GB }));
        const el = createDiv();
        renderAgenda(el, buildAgenda(statuses), {
          today: now.day,
          days: GB,
          onOpen: () => undefined,
          expanded: new Set(statuses.map((s) => s.path)),
          collapsed: new Set(),
        });
        expect(el.querySelectorAll(".ifu-row")).toHaveLength(statuses.length);
        for (const node of el.querySelectorAll("*")) expect(allowed.has(node.tagName), node.tagName).toBe(true);
        for (const s of statuses) {
          const row = [...el.querySelectorAll(".ifu-row")].find((r) => r.getAttribute("data-path") === s.path);
          expect(row?.textContent).toContain(s.reason);
        }
      }),
      { numRuns: HUNDREDTH },
    );
  }, TIMEOUT);

  it("date arithmetic stays on four-digit years for every readable day and span", () => {
    fc.assert(
      fc.property(arbAnyDay, fc.integer({ min: 1, max: 999 }), (day, n) => {
        expectDay(addMonths(day, n), "addMonths");
        expectDay(addDays(day, n * 7), "addDays");
        expect(daysBetween(day, addDays(day, n))).toBe(n);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
