/** "While you were away": what fell due since the last day the plugin ran. */
import { describe, expect, it } from "vitest";
import { awayDigest, awayMessage, awayReason } from "../../src/core/away";
import { parseInterviewNote } from "../../src/core/note";
import { defaultDeviceState, migrateDeviceState, migrateSettings } from "../../src/core/settings";
import { computeStatus } from "../../src/core/rules";
import type { Day, FollowUpStatus } from "../../src/core/types";
import { aNote, type NoteBuilder } from "../support/note-builder";
import { GB } from "../support/day-formats";

function statusOf(note: NoteBuilder, today: Day, path: string): FollowUpStatus {
  return computeStatus(parseInterviewNote(note.build(), path), { day: today, minutes: 0 }, { holidays: [], maxAttempts: 3, dayFormat: GB });
}

// Interview Wed 2026-11-18; thank-you window 11-18 … 11-20; R4c follow-up window 11-25 … 12-02.
const acme = aNote().thanked();
const globex = aNote().set("company", "Globex").set("role", "Designer").thanked();

describe("awayDigest", () => {
  it("first run ever: no digest", () => {
    expect(awayDigest([statusOf(acme, "2026-11-25", "a.md")], null, "2026-11-25")).toBeNull();
  });

  it("same day, or a clock that went back: no digest", () => {
    const s = [statusOf(acme, "2026-11-25", "a.md")];
    expect(awayDigest(s, "2026-11-25", "2026-11-25")).toBeNull();
    expect(awayDigest(s, "2026-11-26", "2026-11-25")).toBeNull();
  });

  it("after a week away: the follow-ups that opened since, most urgent first, in one sentence", () => {
    const today = "2026-11-26";
    const statuses = [statusOf(globex, today, "g.md"), statusOf(acme, today, "a.md")];
    const digest = awayDigest(statuses, "2026-11-19", today);
    expect(digest?.items.map((i) => [i.status.path, i.reason])).toEqual([
      ["a.md", "came-due"],
      ["g.md", "came-due"],
    ]);
    expect(digest?.message).toBe("2 follow-ups came due while you were away: Acme — Analyst, Globex — Designer");
  });

  it("something already due on the last run is not news; it opened on that very day either", () => {
    const today = "2026-11-27";
    const s = [statusOf(acme, today, "a.md")];
    expect(s[0].state).toBe("follow-up-due");
    expect(awayDigest(s, "2026-11-25", today)).toBeNull(); // opened 11-25, seen that day
    expect(awayDigest(s, "2026-11-24", today)?.items[0].reason).toBe("came-due");
  });

  it("became overdue since the last run (dueBy on or after it); already overdue then does not count", () => {
    const today = "2026-12-05";
    const s = [statusOf(acme, today, "a.md")];
    expect(s[0].state).toBe("follow-up-overdue");
    expect(s[0].dueBy).toBe("2026-12-02");
    expect(awayDigest(s, "2026-12-02", today)?.items[0].reason).toBe("became-overdue"); // last day was the last run day
    expect(awayDigest(s, "2026-12-02", today)?.message).toBe("1 follow-up came due while you were away: Acme — Analyst (overdue)");
    expect(awayDigest(s, "2026-12-03", today)).toBeNull(); // it was overdue already on 12-03
  });

  it("a thank-you for an interview held while away counts from the interview day", () => {
    const today = "2026-11-19";
    const s = [statusOf(aNote(), today, "a.md")];
    expect(s[0].state).toBe("thank-you-due");
    const digest = awayDigest(s, "2026-11-17", today);
    expect(digest?.message).toBe("1 thank-you came due while you were away: Acme — Analyst");
    expect(awayDigest(s, "2026-11-18", today)).toBeNull();
  });

  it("nothing due: waiting, upcoming, closed, invalid and move-on notes never count", () => {
    const today = "2026-12-20";
    const statuses = [
      statusOf(aNote().thanked().interviewedOn("2026-12-18"), today, "waiting.md"),
      statusOf(aNote().interviewedOn("2027-01-10"), today, "upcoming.md"),
      statusOf(aNote().set("outcome", "rejected"), today, "closed.md"),
      statusOf(aNote().without("interview_date"), today, "invalid.md"),
      statusOf(aNote().thanked().emailed("2026-11-20").emailed("2026-11-27").emailed("2026-12-04"), today, "moveon.md"),
    ];
    expect(statuses.map((s) => s.state)).toEqual(["waiting", "upcoming", "closed", "invalid", "no-response"]);
    expect(awayDigest(statuses, "2026-11-01", today)).toBeNull();
    for (const s of statuses) expect(awayReason(s, "2026-11-01")).toBeNull();
  });

  it("mixes thank-yous and follow-ups in the count (the earliest deadline first) and shortens a long list", () => {
    const today = "2026-11-26";
    const statuses = [
      statusOf(aNote().interviewedOn("2026-11-25").set("company", "Thanks Inc"), today, "t.md"),
      ...["B", "C", "D", "E", "F", "G"].map((c) => statusOf(aNote().thanked().set("company", c), today, `${c}.md`)),
    ];
    const digest = awayDigest(statuses, "2026-11-20", today);
    expect(digest?.items).toHaveLength(7);
    expect(digest?.message).toBe(
      "1 thank-you and 6 follow-ups came due while you were away: Thanks Inc — Analyst, B — Analyst, C — Analyst, D — Analyst, E — Analyst and 2 more",
    );
  });

  it("awayMessage uses the note's file name when company and role are missing", () => {
    const s = statusOf(aNote().without("company").without("role").thanked(), "2026-11-25", "Interviews/Mystery call.md");
    expect(awayMessage([{ status: s, reason: "came-due" }])).toBe("1 follow-up came due while you were away: Mystery call");
  });
});

describe("the remembered days: this device's state, out of the settings", () => {
  it("default to null, survive a save and reload, and drop anything that is not a day", () => {
    expect(defaultDeviceState()).toEqual({ lastRunDay: null, lastNotifiedDay: null });
    const stored = JSON.parse(JSON.stringify({ lastRunDay: "2026-11-18", lastNotifiedDay: "2026-11-20" })) as unknown;
    expect(migrateDeviceState(stored, null)).toEqual({ lastRunDay: "2026-11-18", lastNotifiedDay: "2026-11-20" });
    for (const junk of [42, "yesterday", "2026-11-18T10:00", null, true, {}]) {
      expect(migrateDeviceState({ lastRunDay: junk, lastNotifiedDay: junk }, null)).toEqual(defaultDeviceState());
    }
    expect(migrateDeviceState("not an object", [1, 2])).toEqual(defaultDeviceState());
  });

  it("are never part of the settings saved in data.json (a synced file), from version 2 on", () => {
    const v1 = { settingsVersion: 1, maxAttempts: 5, lastRunDay: "2026-11-18", lastNotifiedDay: "2026-11-20" };
    const settings = migrateSettings(v1);
    expect(settings.settingsVersion).toBe(2);
    expect(settings).not.toHaveProperty("lastRunDay");
    expect(settings).not.toHaveProperty("lastNotifiedDay");
    expect(settings.maxAttempts).toBe(5);
  });

  it("come from a version-1 data.json once, when the device has stored none of its own", () => {
    const v1 = { settingsVersion: 1, lastRunDay: "2026-11-18", lastNotifiedDay: "2026-11-20" };
    expect(migrateDeviceState(null, v1)).toEqual({ lastRunDay: "2026-11-18", lastNotifiedDay: "2026-11-20" });
    // What the device stored wins, even when it remembers less.
    expect(migrateDeviceState({ lastRunDay: "2026-11-24", lastNotifiedDay: null }, v1)).toEqual({ lastRunDay: "2026-11-24", lastNotifiedDay: null });
  });
});
