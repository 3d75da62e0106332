import { describe, expect, it } from "vitest";
import {
  EditRefused,
  appendFollowUp,
  existingFollowUps,
  followUpText,
  markThankYouSent,
  setLastReply,
  setOutcome,
  setSnoozedUntil,
} from "../../src/core/frontmatter-edits";
import { parseInterviewNote } from "../../src/core/note";
import { computeStatus } from "../../src/core/rules";
import { defaultKeyMap } from "../../src/core/settings";
import { thrownBy } from "../support/errors";
import { GB } from "../support/day-formats";

const keys = defaultKeyMap();

function refusal(fn: () => void): EditRefused {
  return thrownBy(EditRefused, fn);
}

describe("appendFollowUp writes text entries (spec §2: the form the Properties view edits)", () => {
  it("starts a list when there is none, keeping every other key and its order", () => {
    const fm: Record<string, unknown> = { company: "Acme", interview_date: "2026-11-18", outcome: "pending" };
    appendFollowUp(fm, keys, { date: "2026-11-25", channel: "email" });
    expect(Object.keys(fm)).toEqual(["company", "interview_date", "outcome", "follow_ups"]);
    expect(fm.follow_ups).toEqual(["2026-11-25 email"]);
  });

  it("appends in place, with next and the note only when given", () => {
    const fm: Record<string, unknown> = { follow_ups: ["2026-11-20 email"], z: 1 };
    appendFollowUp(fm, keys, { date: "2026-11-27", channel: "phone", next: "2026-12-02", note: "  spoke to Dana  " });
    appendFollowUp(fm, keys, { date: "2026-11-28", channel: "voicemail", next: null, note: "" });
    appendFollowUp(fm, keys, { date: "2026-11-29", channel: "in-person", next: "2026-12-03" });
    expect(Object.keys(fm)).toEqual(["follow_ups", "z"]);
    expect(fm.follow_ups).toEqual([
      "2026-11-20 email",
      "2026-11-27 phone next 2026-12-02 — spoke to Dana",
      "2026-11-28 voicemail",
      "2026-11-29 in-person next 2026-12-03",
    ]);
  });

  it("never rewrites the mapping entries already there: same objects, same order, mixed with text", () => {
    const first = { date: "2026-11-16", channel: "Linked In", note: "a mapping the user wrote" };
    const third = { date: "2026-11-20", channel: "voicemail", next: "2026-11-24" };
    const list = [first, "2026-11-18 email", third];
    const fm: Record<string, unknown> = { follow_ups: list };
    appendFollowUp(fm, keys, { date: "2026-11-25", channel: "message", note: "left with Sam" });
    const after = fm.follow_ups as unknown[];
    expect(after).toEqual([first, "2026-11-18 email", third, "2026-11-25 message — left with Sam"]);
    expect(after[0]).toBe(first);
    expect(after[2]).toBe(third);
    expect(first).toEqual({ date: "2026-11-16", channel: "Linked In", note: "a mapping the user wrote" });
    expect(list).toHaveLength(3); // the caller's array is not mutated: processFrontMatter may still abort
  });

  it("a line break in the note becomes a space: a text entry is one line of the list", () => {
    expect(followUpText({ date: "2026-11-25", channel: "email", note: "first line\r\n  second\u2028third" })).toBe(
      "2026-11-25 email — first line second third",
    );
    expect(followUpText({ date: "2026-11-25", channel: "email", note: "keeps  its   spacing" })).toBe("2026-11-25 email — keeps  its   spacing");
  });

  it("a single mapping or a single date is a list of one (spec §2): it is kept and the new one follows", () => {
    const single: Record<string, unknown> = { follow_ups: { date: "2026-11-20", channel: "linkedin" } };
    appendFollowUp(single, keys, { date: "2026-11-27", channel: "email" });
    expect(single.follow_ups).toEqual([{ date: "2026-11-20", channel: "linkedin" }, "2026-11-27 email"]);
    const bare: Record<string, unknown> = { follow_ups: "2026-11-20" };
    appendFollowUp(bare, keys, { date: "2026-11-27", channel: "email" });
    expect(bare.follow_ups).toEqual(["2026-11-20", "2026-11-27 email"]);
    const text: Record<string, unknown> = { follow_ups: "2026-11-20 voicemail — left with reception" };
    appendFollowUp(text, keys, { date: "2026-11-27", channel: "email" });
    expect(text.follow_ups).toEqual(["2026-11-20 voicemail — left with reception", "2026-11-27 email"]);
    const empty: Record<string, unknown> = { follow_ups: null };
    appendFollowUp(empty, keys, { date: "2026-11-27", channel: "email" });
    expect(empty.follow_ups).toEqual(["2026-11-27 email"]);
  });

  it.each([["yes"], [true], [42], ["last week"], ["2026-13-45"]])("refuses follow_ups: %j and names the key", (value) => {
    const fm: Record<string, unknown> = { follow_ups: value };
    const e = refusal(() => appendFollowUp(fm, keys, { date: "2026-11-27", channel: "email" }));
    expect(e.key).toBe("follow_ups");
    expect(e.message).toBe(`Not logged: follow_ups is "${String(value)}"; fix it to a list first.`);
    expect(fm.follow_ups).toBe(value);
  });

  it("writes to the key the note already uses: the mapped name, else the default, else the mapped name", () => {
    const mapped = { ...keys, follow_ups: "contacts" };
    const both: Record<string, unknown> = { follow_ups: "unrelated", contacts: "nope" };
    expect(refusal(() => appendFollowUp(both, mapped, { date: "2026-11-27", channel: "email" })).message).toBe(
      'Not logged: contacts is "nope"; fix it to a list first.',
    );
    const legacy: Record<string, unknown> = { follow_ups: ["2026-11-20 email"] };
    appendFollowUp(legacy, mapped, { date: "2026-11-27", channel: "email" });
    expect(legacy).toEqual({ follow_ups: ["2026-11-20 email", "2026-11-27 email"] });
    const fresh: Record<string, unknown> = { company: "Acme" };
    appendFollowUp(fresh, mapped, { date: "2026-11-27", channel: "email" });
    expect(fresh).toEqual({ company: "Acme", contacts: ["2026-11-27 email"] });
    const emptyMapped: Record<string, unknown> = { contacts: null, follow_ups: ["2026-11-20 email"] };
    appendFollowUp(emptyMapped, mapped, { date: "2026-11-27", channel: "email" });
    expect(emptyMapped).toEqual({ contacts: null, follow_ups: ["2026-11-20 email", "2026-11-27 email"] });
  });

  it("rejects bad input from the caller", () => {
    expect(() => appendFollowUp({}, keys, { date: "2026-02-30", channel: "email" })).toThrow(RangeError);
    expect(() => appendFollowUp({}, keys, { date: "2026-11-27", channel: "fax" as never })).toThrow(RangeError);
    expect(() => appendFollowUp({}, keys, { date: "2026-11-27", channel: "email", next: "soon" })).toThrow(RangeError);
  });

  it("existingFollowUps copies the list (the caller's array is not mutated before the write)", () => {
    const list = [{ date: "2026-11-20" }];
    const copy = existingFollowUps({ follow_ups: list }, keys);
    expect(copy).toEqual(list);
    expect(copy).not.toBe(list);
  });

  it("after logging, the engine counts one more attempt", () => {
    const fm: Record<string, unknown> = { interview_date: "2026-11-18", thank_you_sent: "2026-11-18", interviewer_email: "a@b.c" };
    const now = { day: "2026-12-10", minutes: 600 };
    const before = computeStatus(parseInterviewNote(fm, "a.md"), now, { holidays: [], maxAttempts: 3, dayFormat: GB });
    expect(before.attempt).toBe(1);
    appendFollowUp(fm, keys, { date: "2026-12-01", channel: "email" });
    const after = computeStatus(parseInterviewNote(fm, "a.md"), now, { holidays: [], maxAttempts: 3, dayFormat: GB });
    expect(after.attempt).toBe(2);
    expect(after.template).toBe("follow-up-2");
  });
});

describe("single-value keys", () => {
  it("markThankYouSent sets today's day, keeps an existing day, replaces false/true/empty", () => {
    for (const v of [undefined, null, "", false, "no", true]) {
      const fm: Record<string, unknown> = { a: 1, thank_you_sent: v, b: 2 };
      if (v === undefined) delete fm.thank_you_sent;
      expect(markThankYouSent(fm, keys, "2026-11-19")).toBe(true);
      expect(fm.thank_you_sent).toBe("2026-11-19");
    }
    const sent: Record<string, unknown> = { thank_you_sent: "2026-11-18" };
    expect(markThankYouSent(sent, keys, "2026-11-19")).toBe(false);
    expect(sent.thank_you_sent).toBe("2026-11-18");
  });

  it("the setters write plain YYYY-MM-DD strings and keep the key's place", () => {
    const fm: Record<string, unknown> = { last_reply: "2026-11-20", company: "A", snoozed_until: null, outcome: "Pending" };
    setLastReply(fm, keys, "2026-11-30");
    setSnoozedUntil(fm, keys, "2026-12-07");
    setOutcome(fm, keys, "next-round");
    expect(fm).toEqual({ last_reply: "2026-11-30", company: "A", snoozed_until: "2026-12-07", outcome: "next-round" });
    expect(Object.keys(fm)).toEqual(["last_reply", "company", "snoozed_until", "outcome"]);
  });

  it("refuses to overwrite a list or mapping written by hand", () => {
    expect(refusal(() => setLastReply({ last_reply: ["2026-11-20", "x"] }, keys, "2026-11-30")).message).toBe(
      'Not logged: last_reply is "["2026-11-20","x"]"; fix it to a date first.',
    );
    expect(refusal(() => setOutcome({ outcome: { a: 1 } }, keys, "offer")).key).toBe("outcome");
    expect(refusal(() => setSnoozedUntil({ snoozed_until: { a: 1 } }, keys, "2026-12-01")).key).toBe("snoozed_until");
    expect(refusal(() => markThankYouSent({ thank_you_sent: [1] }, keys, "2026-12-01")).key).toBe("thank_you_sent");
  });

  it("rejects a day that is not a day", () => {
    expect(() => setLastReply({}, keys, "2026-11-31")).toThrow(RangeError);
    expect(() => setSnoozedUntil({}, keys, "tomorrow")).toThrow(RangeError);
    expect(() => setOutcome({}, keys, "hired" as never)).toThrow(RangeError);
  });
});
