import { describe, expect, it } from "vitest";
import { frontmatterTags, isFinalStage, isInterviewNote, parseInterviewNote } from "../../src/core/note";
import { defaultKeyMap } from "../../src/core/settings";
import { aNote } from "../support/note-builder";

const detection = { type: "interview", tag: "interview", folder: "Interviews" };

describe("parseInterviewNote (spec §2)", () => {
  it("reads a complete note", () => {
    const n = parseInterviewNote(
      aNote()
        .set("stage", "Final round")
        .set("preferred_channel", "E-mail")
        .set("call_ok", "yes")
        .set("decision_timeline", "1-2 weeks")
        .attempt("2026-11-25", "Voice Mail", { next: "2026-12-01", note: "left a short message" })
        .build(),
      "Interviews/acme.md",
    );
    expect(n).toMatchObject({
      company: "Acme",
      interview: { day: "2026-11-18", minutes: null },
      final: true,
      preferredChannel: "email",
      callOk: true,
      decisionTimeline: { amount: 2, unit: "week" },
      followUps: [{ day: "2026-11-25", channel: "voicemail", next: "2026-12-01", note: "left a short message", index: 0 }],
      outcome: "pending",
      problems: [],
    });
  });

  it("a value of white space alone is empty, whatever the space (a value is trimmed only when it starts with one)", () => {
    for (const blank of ["", " ", "\t", "\u00a0", "\u3000", "\ufeff", "\u2028", " \u2003 "]) {
      const n = parseInterviewNote({ company: blank, interview_date: blank, outcome: blank, thank_you_sent: blank }, "x.md");
      expect(n.company, JSON.stringify(blank)).toBeNull();
      expect(n.outcome).toBe("pending");
      expect(n.problems).toEqual([{ key: "interview_date", value: blank.replace(/\s+/g, " "), message: expect.stringMatching(/^is required/) as string }]);
    }
    const spaced = parseInterviewNote({ company: "\u00a0Acme\u3000", interview_date: " 2026-11-18\u00a0" }, "x.md");
    expect(spaced).toMatchObject({ company: "Acme", interview: { day: "2026-11-18", minutes: null }, problems: [] });
  });

  it("reads the optional greeting as text, under the user's own key too; a value that is not text is a problem naming it", () => {
    expect(parseInterviewNote({ greeting: " Ms. Reyes " }, "x.md").greeting).toBe("Ms. Reyes");
    expect(parseInterviewNote({}, "x.md").greeting).toBeNull();
    expect(parseInterviewNote({ greeting: "" }, "x.md").greeting).toBeNull();
    expect(parseInterviewNote({ salutation: "Dr. Reyes" }, "x.md", { ...defaultKeyMap(), greeting: "salutation" }).greeting).toBe("Dr. Reyes");
    const bad = parseInterviewNote({ greeting: { name: "Dana" }, interview_date: "2026-11-18" }, "x.md");
    expect(bad.greeting).toBeNull();
    expect(bad.problems).toEqual([{ key: "greeting", value: '{"name":"Dana"}', message: "expected text" }]);
    expect(bad.interview?.day).toBe("2026-11-18");
  });

  it("reads wikilinks as their text", () => {
    expect(parseInterviewNote({ company: "[[Acme Corp]]", role: "[[Roles/Analyst|Analyst]]" }, "x.md")).toMatchObject({ company: "Acme Corp", role: "Analyst" });
  });

  it("accepts the Date objects a YAML library makes", () => {
    const n = parseInterviewNote({ interview_date: new Date(Date.UTC(2026, 10, 18)), follow_ups: [new Date(Date.UTC(2026, 10, 25))] }, "x.md");
    expect(n.interview?.day).toBe("2026-11-18");
    expect(n.followUps[0]).toMatchObject({ day: "2026-11-25", channel: "email" });
  });

  it("a single date or mapping in follow_ups is a list of one", () => {
    expect(parseInterviewNote({ interview_date: "2026-11-18", follow_ups: "2026-11-25" }, "x.md").followUps).toHaveLength(1);
    expect(parseInterviewNote({ interview_date: "2026-11-18", follow_ups: { date: "2026-11-25", channel: "call" } }, "x.md").followUps[0].channel).toBe("phone");
  });

  it("thank_you_sent: true or a date is sent; absent, empty, false, no are not", () => {
    const read = (v: unknown) => parseInterviewNote({ interview_date: "2026-11-18", thank_you_sent: v }, "x.md");
    for (const v of [true, "2026-11-18", "yes", new Date(Date.UTC(2026, 10, 18))]) expect(read(v).thankYouSent, String(v)).toBe(true);
    for (const v of [undefined, null, "", false, "no", "No", "false"]) expect(read(v).thankYouSent, String(v)).toBe(false);
    const bad = read("maybe");
    expect(bad.thankYouSent).toBe(false);
    expect(bad.problems).toEqual([{ key: "thank_you_sent", value: "maybe", message: expect.stringContaining("read as not sent") as string }]);
  });

  it("names the key, the value and what was expected for every unreadable value, and keeps the rest", () => {
    const n = parseInterviewNote(
      {
        company: "Acme",
        interview_date: "2026-11-18",
        decision_date: "2026-11-10",
        decision_timeline: "soonish",
        outcome: "ghosted",
        preferred_channel: "pigeon",
        check_back: "next Tuesday",
        last_reply: 42,
        snoozed_until: "2026-02-30",
        call_ok: "perhaps",
        follow_ups: [{ date: "sometime" }, { date: "2026-11-25", channel: "fax" }, "2026-11-26", { date: "2026-11-27", next: "later" }],
      },
      "x.md",
    );
    const keys = n.problems.map((p) => p.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        "decision_date",
        "decision_timeline",
        "outcome",
        "preferred_channel",
        "check_back",
        "last_reply",
        "snoozed_until",
        "call_ok",
        "follow_ups[1].date",
        "follow_ups[2].channel",
        "follow_ups[4].next",
      ]),
    );
    expect(n.problems.find((p) => p.key === "outcome")).toEqual({ key: "outcome", value: "ghosted", message: expect.stringContaining("read as pending") as string });
    expect(n.problems.find((p) => p.key === "decision_date")?.message).toContain("must be after the interview day");
    expect(n.outcome).toBe("pending");
    expect(n.decisionDate).toBeNull();
    expect(n.followUps.map((a) => [a.day, a.channel])).toEqual([
      ["2026-11-25", "email"],
      ["2026-11-26", "email"],
      ["2026-11-27", "email"],
    ]);
    expect(n.company).toBe("Acme");
  });

  it("follow_ups that is not a list, date or mapping is one problem and no attempts", () => {
    const n = parseInterviewNote({ interview_date: "2026-11-18", follow_ups: "yes" }, "x.md");
    expect(n.followUps).toEqual([]);
    expect(n.problems).toEqual([{ key: "follow_ups", value: "yes", message: expect.stringContaining("expected a list") as string }]);
  });

  it("uses the user's key names and names them in problems", () => {
    const keys = { ...defaultKeyMap(), interview_date: "date", company: "employer" };
    const ok = parseInterviewNote({ date: "2026-11-18", employer: "Globex" }, "x.md", keys);
    expect(ok.interview?.day).toBe("2026-11-18");
    expect(ok.company).toBe("Globex");
    const bad = parseInterviewNote({ date: "2026-13-45" }, "x.md", keys);
    expect(bad.problems[0]).toMatchObject({ key: "date", value: "2026-13-45" });
    expect(bad.interviewKey).toBe("date");
  });

  it("never throws, whatever it is given", () => {
    const cyclic: Record<string, unknown> = { interview_date: "2026-11-18" };
    cyclic.company = cyclic;
    for (const v of [undefined, null, 0, "text", [], [1, 2], new Date(), cyclic, { follow_ups: [null, [], {}, { date: {} }] }]) {
      expect(() => parseInterviewNote(v, "x.md")).not.toThrow();
    }
  });
});

describe("detection (spec §2)", () => {
  it("selects by type, tag (nested too) or folder, case-insensitively", () => {
    expect(isInterviewNote("a.md", { type: "Interview" }, [], detection)).toBe(true);
    expect(isInterviewNote("a.md", {}, ["#interview"], detection)).toBe(true);
    expect(isInterviewNote("a.md", {}, ["Interview/onsite"], detection)).toBe(true);
    expect(isInterviewNote("a.md", {}, ["interviewing"], detection)).toBe(false);
    expect(isInterviewNote("Interviews/2026/acme.md", {}, [], detection)).toBe(true);
    expect(isInterviewNote("InterviewsOld/acme.md", {}, [], detection)).toBe(false);
    expect(isInterviewNote("Notes/a.md", { type: "meeting" }, ["work"], detection)).toBe(false);
  });

  it("never selects the templates folder", () => {
    expect(isInterviewNote("Templates/follow-up-1.md", { type: "interview" }, [], detection, "Templates")).toBe(false);
  });

  it("reads frontmatter tags in every shape", () => {
    expect(frontmatterTags({ tags: ["interview", "#job"] })).toEqual(["interview", "job"]);
    expect(frontmatterTags({ tags: "interview, job" })).toEqual(["interview", "job"]);
    expect(frontmatterTags({ tags: 3 })).toEqual([]);
  });
});

describe("spec v2: words separated by space, - or _ (§1, §2)", () => {
  const read = (fm: Record<string, unknown>) => parseInterviewNote({ interview_date: "2026-11-18", ...fm }, "x.md");

  it.each([
    ["final_round", true],
    ["Final round", true],
    ["final-round", true],
    ["semi-final", true],
    ["semi_final", true],
    ["FINAL", true],
    ["finalist", false],
    ["pre_finals", false],
    ["first", false],
  ])("stage %s is final: %s", (stage, final) => {
    expect(read({ stage }).final).toBe(final);
    expect(isFinalStage(stage)).toBe(final);
  });

  it("enumerated values read with _ as with - and space", () => {
    expect(read({ outcome: "next_round" }).outcome).toBe("next-round");
    expect(read({ outcome: "Next Round" }).outcome).toBe("next-round");
    expect(read({ preferred_channel: "Linked In" }).preferredChannel).toBe("linkedin");
    expect(read({ preferred_channel: "linked_in" }).preferredChannel).toBe("linkedin");
    expect(read({ follow_ups: [{ date: "2026-11-25", channel: "in_person" }] }).followUps[0].channel).toBe("in-person");
    expect(read({ follow_ups: [{ date: "2026-11-25", channel: "Linked In" }] }).followUps[0].channel).toBe("linkedin");
    expect(read({ call_ok: "Yes" }).callOk).toBe(true);
  });

  it("thank_you_sent: sent and done mean sent", () => {
    for (const v of ["sent", "Sent", "done", "DONE", " done "]) {
      const n = read({ thank_you_sent: v });
      expect(n.thankYouSent, v).toBe(true);
      expect(n.problems, v).toEqual([]);
    }
  });
});

describe("spec v2: follow_ups text entries (§2)", () => {
  const read = (followUps: unknown) => parseInterviewNote({ interview_date: "2026-11-18", follow_ups: followUps }, "x.md");

  it("reads date, channel, next and the note after the dash", () => {
    const n = read(["2026-12-10 voicemail next 2026-12-15 — left with reception"]);
    expect(n.followUps).toEqual([
      { day: "2026-12-10", channel: "voicemail", next: "2026-12-15", note: "left with reception", index: 0, where: "follow_ups[1]" },
    ]);
    expect(n.problems).toEqual([]);
  });

  it.each([
    ["2026-11-25", "email", null, null],
    ["2026-11-25 email", "email", null, null],
    ["2026-11-25 Linked In", "linkedin", null, null],
    ["2026-11-25 in person — coffee with the team", "in-person", null, "coffee with the team"],
    ["2026-11-25 call next 2026-12-01", "phone", "2026-12-01", null],
    ["2026-11-25 phone call", "phone", null, null],
    ["  2026-11-25   message   next   2026-12-01  ", "message", "2026-12-01", null],
    ["2026-11-25 next 2026-12-01", "email", "2026-12-01", null],
    ["2026-11-25 — sent my portfolio — and a note", "email", null, "sent my portfolio — and a note"],
    ["2026-11-25 voicemail -- left a message", "voicemail", null, "left a message"],
    ["2026-11-25 14:00", "email", null, null],
    ["2026-11-25T14:00 phone", "phone", null, null],
  ])("%s", (text, channel, next, note) => {
    const n = read([text]);
    expect(n.problems).toEqual([]);
    expect(n.followUps).toMatchObject([{ day: "2026-11-25", channel, next, note }]);
  });

  it("a channel word or next day that cannot be read is a problem naming the entry; it counts as an email without next", () => {
    const n = read(["2026-11-25 voicmail next 2026-12-01 — typo", "2026-11-26 voicemail next Friday", "2026-11-27 phone next"]);
    expect(n.followUps.map((a) => [a.day, a.channel, a.next, a.note])).toEqual([
      ["2026-11-25", "email", null, "typo"],
      ["2026-11-26", "email", null, null],
      ["2026-11-27", "email", null, null],
    ]);
    expect(n.problems).toEqual([
      {
        key: "follow_ups[1]",
        value: "2026-11-25 voicmail next 2026-12-01 — typo",
        message:
          'could not read the channel "voicmail" (expected email, phone, voicemail, message, linkedin or in-person); counted as an email without a next day',
      },
      {
        key: "follow_ups[2]",
        value: "2026-11-26 voicemail next Friday",
        message: "could not read the day after next (expected one like 2026-12-02); counted as an email without a next day",
      },
      {
        key: "follow_ups[3]",
        value: "2026-11-27 phone next",
        message: "could not read the day after next (expected one like 2026-12-02); counted as an email without a next day",
      },
    ]);
  });

  it("an entry that does not start with a date is a problem and is ignored", () => {
    const n = read(["voicemail 2026-11-25", "2026-13-45 email", "yesterday"]);
    expect(n.followUps).toEqual([]);
    expect(n.problems.map((p) => [p.key, p.value])).toEqual([
      ["follow_ups[1]", "voicemail 2026-11-25"],
      ["follow_ups[2]", "2026-13-45 email"],
      ["follow_ups[3]", "yesterday"],
    ]);
    expect(n.problems[0].message).toContain("expected a date first");
    // A first word shaped like a day says what is wrong with it instead of showing an example like it.
    expect(n.problems[1].message).toBe("there is no month 13 (a date is written year-month-day, like 2026-11-18); ignored");
    expect(n.problems[2].message).toContain("expected a date first");
  });

  it("a day that does not exist is named as such, not shown an example that looks just like it", () => {
    const n = parseInterviewNote(
      {
        interview_date: "2026-11-31",
        check_back: "2026-02-29",
        last_reply: "2026-04-00",
        thank_you_sent: "2026-06-31",
        follow_ups: ["2026-09-31 email", "2026-11-20 voicemail next 2026-11-31", { date: "2026-02-30" }, { date: "2026-11-20", next: "2027-02-29 10:00" }],
      },
      "a.md",
    );
    expect(n.problems.map((p) => [p.key, p.message])).toEqual([
      ["interview_date", "there is no November 31 (November has 30 days)"],
      ["check_back", "there is no February 29 in 2026 (2026 is not a leap year)"],
      ["last_reply", "there is no day 00 (the days of a month start at 01)"],
      ["thank_you_sent", "there is no June 31 (June has 30 days); read as not sent"],
      ["follow_ups[1]", "there is no September 31 (September has 30 days); ignored"],
      ["follow_ups[2]", "could not read the day after next: there is no November 31 (November has 30 days); counted as an email without a next day"],
      ["follow_ups[3].date", "there is no February 30 (February has 28 days); attempt ignored"],
      ["follow_ups[4].next", "there is no February 29 in 2027 (2027 is not a leap year); ignored"],
    ]);
  });

  it("text entries and mappings mix in one list, in list order", () => {
    const n = read(["2026-11-20 email", { date: "2026-11-25", channel: "voicemail", next: "2026-12-01" }, new Date(Date.UTC(2026, 10, 26)), "2026-11-27 linkedin — a short note"]);
    expect(n.followUps.map((a) => [a.index, a.day, a.channel, a.next])).toEqual([
      [0, "2026-11-20", "email", null],
      [1, "2026-11-25", "voicemail", "2026-12-01"],
      [2, "2026-11-26", "email", null],
      [3, "2026-11-27", "linkedin", null],
    ]);
    expect(n.problems).toEqual([]);
  });

  it("a single text entry is a list of one; text that is not an entry is a problem", () => {
    expect(read("2026-11-25 voicemail next 2026-12-01").followUps).toMatchObject([{ channel: "voicemail", next: "2026-12-01" }]);
    const bad = read("left a voicemail");
    expect(bad.followUps).toEqual([]);
    expect(bad.problems).toEqual([{ key: "follow_ups", value: "left a voicemail", message: expect.stringContaining("expected a list") as string }]);
  });

  it("a note with ': ' that YAML turned into a one-key mapping still reads as its text", () => {
    const n = read([{ "2026-11-25 voicemail — they said": "call back Monday" }]);
    expect(n.followUps).toMatchObject([{ day: "2026-11-25", channel: "voicemail", note: "they said: call back Monday" }]);
    expect(n.problems).toEqual([]);
  });

  it("problems name the user's key", () => {
    const keys = { ...defaultKeyMap(), follow_ups: "contacts" };
    const n = parseInterviewNote({ interview_date: "2026-11-18", contacts: ["2026-11-25 pigeon"] }, "x.md", keys);
    expect(n.problems[0].key).toBe("contacts[1]");
  });
});
