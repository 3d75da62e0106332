/**
 * The closing reminder of the voicemail and the message left with a colleague (spec §5): the next
 * step the engine computes once that message is logged (R6b: an email, a LinkedIn message or a
 * second call, by R5) and its days.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInterviewNote } from "../../src/core/note";
import { computeStatus } from "../../src/core/rules";
import { nextStepReminder, statusAfterLeaving } from "../../src/core/templates/next-step";
import { aNote, type NoteBuilder } from "../support/note-builder";
import { arbDay, arbFrontmatter } from "../support/arbitraries";
import { fullFrontmatter, fullSettings, noteOf, render } from "./templates-fixtures";

/** The reminder line a rendered script ends with. */
function reminderOf(b: NoteBuilder, today: string, holidays: string[] = [], id: "voicemail" | "message-with-colleague" = "voicemail"): string {
  const s = fullSettings();
  s.holidays = holidays;
  const body = render(id, noteOf(b), today, s).body;
  return body.split("\n").at(-1)!;
}

describe("the reminder names the step the engine will compute", () => {
  it("after a first voicemail: an email 2–3 business days later (R6b)", () => {
    // Wednesday 25 Nov + 2 bd = Friday 27 Nov; + 3 bd = Monday 30 Nov.
    expect(reminderOf(fullFrontmatter(), "2026-11-25")).toBe("Reminder: if they don't call back, send a short email between Fri 27 Nov and Mon 30 Nov (follow-up 2, R6b).");
    expect(reminderOf(fullFrontmatter(), "2026-11-25", [], "message-with-colleague")).toBe(
      "Reminder: if they don't call back, send a short email between Fri 27 Nov and Mon 30 Nov (follow-up 2, R6b).",
    );
  });

  it("by their preferred channel (R5): a LinkedIn message, or a second call", () => {
    expect(reminderOf(fullFrontmatter().set("preferred_channel", "Linked-In"), "2026-11-25")).toBe(
      "Reminder: if they don't call back, send a short message on LinkedIn between Fri 27 Nov and Mon 30 Nov (follow-up 2, R6b).",
    );
    expect(reminderOf(fullFrontmatter().set("preferred_channel", "phone"), "2026-11-25")).toBe(
      "Reminder: if they don't call back, call them again between Fri 27 Nov and Mon 30 Nov (follow-up 2, R6b).",
    );
  });

  it("holidays move the days", () => {
    expect(reminderOf(fullFrontmatter(), "2026-11-25", ["2026-11-26", "2026-11-27"])).toBe(
      "Reminder: if they don't call back, send a short email between Tue 1 Dec and Wed 2 Dec (follow-up 2, R6b).",
    );
  });

  it("counts the attempts before it, and says when this message is the last before moving on (R9)", () => {
    const once = fullFrontmatter().thanked("2026-11-18").emailed("2026-11-25");
    expect(reminderOf(once, "2026-12-03")).toBe("Reminder: if they don't call back, send a short email between Mon 7 Dec and Tue 8 Dec (follow-up 3, R6b).");
    const twice = fullFrontmatter().thanked("2026-11-18").emailed("2026-11-25").emailed("2026-12-03");
    expect(reminderOf(twice, "2026-12-08")).toBe("Reminder: after this message, stop following up; if nothing comes by Tue 22 Dec, move on (R9).");
  });

  it("a check-back day agreed for later comes first (R8)", () => {
    expect(reminderOf(fullFrontmatter().thanked("2026-11-18").set("check_back", "2026-12-10"), "2026-11-25")).toBe(
      "Reminder: if they don't call back, send a follow-up email between Thu 10 Dec and Fri 11 Dec (follow-up 2, R8).",
    );
  });

  it("an unsent thank-you does not hide the follow-up step", () => {
    const note = noteOf(fullFrontmatter());
    const after = statusAfterLeaving(note, "voicemail", fullSettings(), "2026-11-20");
    expect(after).toMatchObject({ state: "waiting", rule: "R6b", opens: "2026-11-24", dueBy: "2026-11-25" });
    expect(note.thankYouSent).toBe(false); // the note itself is not changed
    expect(note.followUps).toEqual([]);
  });

  it("without an interview day, or before the interview, a plain reminder", () => {
    const plain = "Reminder: if they don't call back, follow up in writing 2–3 business days after this message.";
    expect(reminderOf(aNote().without("interview_date"), "2026-11-25")).toBe(plain);
    expect(reminderOf(aNote().interviewedOn("2026-12-01"), "2026-11-25")).toBe(plain);
    expect(nextStepReminder(null)).toBe(plain);
  });

  it("is what the engine says once the message is logged in the note", () => {
    const b = fullFrontmatter().thanked("2026-11-18").emailed("2026-11-25");
    const logged = parseInterviewNote(b.build(), "x.md");
    const viaLog = parseInterviewNote({ ...b.build(), follow_ups: [...(b.build().follow_ups as unknown[]), { date: "2026-12-03", channel: "voicemail" }] }, "x.md");
    const s = fullSettings();
    const expected = computeStatus(viaLog, { day: "2026-12-03", minutes: 600 }, { holidays: [], maxAttempts: s.maxAttempts });
    expect(statusAfterLeaving(logged, "voicemail", s, "2026-12-03")).toEqual({ ...expected, problems: expect.any(Array) as unknown });
  });
});

describe("property: the reminder recommends the channel its status names, and nothing else (R5)", () => {
  it("over generated notes", () => {
    fc.assert(
      fc.property(arbFrontmatter, arbDay, (fm, today) => {
        const note = parseInterviewNote(fm, "x.md");
        const s = fullSettings();
        const after = statusAfterLeaving(note, "voicemail", s, today);
        const text = nextStepReminder(after);
        expect(text).toMatch(/^Reminder: .*\.$/);
        expect(text).not.toMatch(/undefined|null|NaN/);
        const verbs = /call them|send a (?:short|follow-up) email|send a (?:short|follow-up) message on LinkedIn/g;
        if (after?.channel === "phone") expect(text).toMatch(/call them/);
        if (after?.channel === "email") expect(text).toMatch(/send a (?:short|follow-up) email/);
        if (after?.channel === "linkedin") expect(text).toMatch(/send a (?:short|follow-up) message on LinkedIn/);
        if (after?.channel) expect(text.match(verbs)).toHaveLength(1);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 1000) },
    );
  });
});
