import { describe, expect, it } from "vitest";
import { renderAgendaText } from "../../src/cli/agenda";
import { SETTINGS_PATH } from "../../src/cli/scan";
import { makeDayFormat } from "../../src/core/day-format";
import { agendaJson, BASIC, makeVault, note, run } from "./helpers";

const ESC = "\u001b[";

/** One note per group, on Wed, Nov 25, 2026. */
function groupsVault(): string {
  return makeVault({
    "Interviews/overdue.md": note("company: Oak\nrole: Baker\ninterview_date: 2026-11-20"),
    "Interviews/due.md": note(`${BASIC}\nthank_you_sent: true`),
    "Interviews/waiting.md": note("company: Elm\nrole: Clerk\ninterview_date: 2026-11-19\ndecision_date: 2026-11-27\nthank_you_sent: true"),
    "Interviews/upcoming.md": note("company: Ash\nrole: Pilot\ninterview_date: 2026-11-26 10:00"),
    "Interviews/move-on.md": note(
      "company: Fir\nrole: Chef\ninterview_date: 2026-10-01\nthank_you_sent: true\nfollow_ups: [2026-10-09, 2026-10-19, 2026-10-29]",
    ),
    "Interviews/invalid.md": note("company: Yew\ninterview_date: 2026-13-45"),
    "Interviews/closed.md": note("company: Pine\nrole: Nurse\ninterview_date: 2026-11-02\noutcome: rejected"),
  });
}

const KEYS = [
  "path",
  "company",
  "role",
  "interviewer",
  "state",
  "action",
  "channel",
  "alternatives",
  "attempt",
  "opens",
  "dueBy",
  "template",
  "thankYouPending",
  "rule",
  "reason",
  "problems",
];

describe("agenda --json", () => {
  it("every interview note, closed and invalid included, most urgent first, with exactly the keys in order", async () => {
    const out = await agendaJson(groupsVault(), "--today", "2026-11-25");
    expect(Object.keys(out)).toEqual(["today", "notes"]);
    expect(out.today).toBe("2026-11-25");
    expect(out.notes.map((n) => n.state)).toEqual([
      "thank-you-overdue",
      "follow-up-due",
      "waiting",
      "upcoming",
      "no-response",
      "invalid",
      "closed",
    ]);
    for (const n of out.notes) expect(Object.keys(n)).toEqual(KEYS);
  });

  it("types and values: dates YYYY-MM-DD, absent values null, problems {key, value, message}", async () => {
    const out = await agendaJson(groupsVault(), "--today", "2026-11-25");
    const byPath = Object.fromEntries(out.notes.map((n) => [n.path, n]));
    expect(byPath["Interviews/due.md"]).toEqual({
      path: "Interviews/due.md",
      company: "Acme",
      role: "Analyst",
      interviewer: "Dana Reyes",
      state: "follow-up-due",
      action: "follow-up",
      channel: "email",
      alternatives: [],
      attempt: 1,
      opens: "2026-11-25",
      dueBy: "2026-12-02",
      template: "follow-up-1",
      thankYouPending: false,
      rule: "R4c",
      reason: "Send a follow-up email by Wed, Dec 2: they gave no timeline at the interview on Wed, Nov 18, so 5 business days later is the time to ask.",
      problems: [],
    });
    expect(byPath["Interviews/invalid.md"]).toMatchObject({
      role: null,
      interviewer: null,
      state: "invalid",
      channel: null,
      attempt: null,
      opens: null,
      dueBy: null,
      template: null,
      rule: "R0",
      problems: [{ key: "interview_date", value: "2026-13-45", message: "there is no month 13 (a date is written year-month-day, like 2026-11-18)" }],
    });
    expect(byPath["Interviews/closed.md"]).toMatchObject({ state: "closed", template: "rejection-reply", rule: "R1" });
    for (const n of out.notes) {
      for (const d of [n.opens, n.dueBy]) if (d !== null) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof n.thankYouPending).toBe("boolean");
      expect(Array.isArray(n.alternatives)).toBe(true);
    }
  });

  it("paths are relative to the folder with forward slashes", async () => {
    const vault = makeVault({ "Interviews/2026/Nov/a b.md": note(BASIC) });
    const out = await agendaJson(vault, "--today", "2026-11-25");
    expect(out.notes.map((n) => n.path)).toEqual(["Interviews/2026/Nov/a b.md"]);
  });

  it("without --today, now is the clock's local time: a later interview today is still upcoming", async () => {
    const vault = makeVault({ "Interviews/a.md": note("interview_date: 2026-11-25 15:00") });
    const morning = await run(["agenda", vault, "--json"], { now: () => new Date(2026, 10, 25, 9, 0) });
    const evening = await run(["agenda", vault, "--json"], { now: () => new Date(2026, 10, 25, 18, 0) });
    expect((JSON.parse(morning.stdout) as { notes: { state: string }[] }).notes[0].state).toBe("upcoming");
    expect((JSON.parse(evening.stdout) as { notes: { state: string }[] }).notes[0].state).toBe("thank-you-due");
    expect((JSON.parse(evening.stdout) as { today: string }).today).toBe("2026-11-25");
  });

  it("--today is the start of the day", async () => {
    const vault = makeVault({ "Interviews/a.md": note("interview_date: 2026-11-25 00:30") });
    const out = await agendaJson(vault, "--today", "2026-11-25");
    expect(out.notes[0].state).toBe("upcoming");
  });

  it("an empty folder is an empty list", async () => {
    expect(await agendaJson(makeVault(), "--today", "2026-11-25")).toEqual({ today: "2026-11-25", notes: [] });
  });
});

describe("agenda (text)", () => {
  it("groups in order with a header and a summary; closed only with --all", async () => {
    const vault = groupsVault();
    const plain = await run(["agenda", vault, "--today", "2026-11-25"]);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toBe("");
    const lines = plain.stdout.split("\n");
    expect(lines[0]).toBe("Follow-ups as of Wed, Nov 25, 2026");
    const headings = lines.filter((l) => /^\S/.test(l)).slice(1);
    expect(headings).toEqual([
      "Overdue (1)",
      "Due (1)",
      "Waiting (1)",
      "Upcoming interviews (1)",
      "Move on (1)",
      "Needs attention (1)",
      "1 thank-you and 1 follow-up due. In all: 1 overdue, 1 due, 1 waiting, 1 upcoming, 1 to move on, 1 needs attention, 1 closed (--all lists them).",
    ]);
    expect(plain.stdout).not.toContain("Pine");

    const all = await run(["agenda", vault, "--today", "2026-11-25", "--all"]);
    expect(all.stdout).toContain("\nClosed (1)\n");
    expect(all.stdout).toMatch(/Pine — Nurse +Closed: not this time +R1\n/);
    expect(all.stdout.trimEnd().split("\n").at(-1)).toBe(
      "1 thank-you and 1 follow-up due. In all: 1 overdue, 1 due, 1 waiting, 1 upcoming, 1 to move on, 1 needs attention, 1 closed.",
    );
  });

  it("each line: the title, the headline every surface shows, the rule; the reason below", async () => {
    const { stdout } = await run(["agenda", groupsVault(), "--today", "2026-11-25"]);
    const lines = stdout.split("\n");
    const at = (text: string) => lines.findIndex((l) => l.includes(text));
    const due = at("Acme — Analyst");
    expect(lines[due]).toMatch(/^ {2}Acme — Analyst +Email follow-up due by Wed, Dec 2 +R4c$/);
    expect(lines[due + 1]).toBe(
      "      Send a follow-up email by Wed, Dec 2: they gave no timeline at the interview on Wed, Nov 18, so 5 business days later is the time to ask.",
    );
    expect(lines[at("Oak — Baker")]).toMatch(/^ {2}Oak — Baker +Thank-you overdue by 3 days +R3$/);
    expect(lines[at("Elm — Clerk")]).toMatch(/^ {2}Elm — Clerk +Email follow-up from Mon, Nov 30 +R4b$/);
    expect(lines[at("Ash — Pilot")]).toMatch(/^ {2}Ash — Pilot +Interview tomorrow +R2$/);
    expect(lines[at("Fir — Chef")]).toMatch(/^ {2}Fir — Chef +Move on: follow-up of Thu, Oct 29 unanswered +R9$/);
    // A note without a role is titled by its file name, as in the sidebar.
    expect(lines[at("invalid ")]).toMatch(/^ {2}invalid +Check interview_date: 2026-13-45 +R0$/);
    // Columns line up.
    const heads = ["Email follow-up due", "Thank-you overdue", "Email follow-up from", "Interview tomorrow", "Move on:", "Check interview_date"];
    expect(new Set(heads.map((h) => lines[at(h)].indexOf(h))).size).toBe(1);
  });

  it("alternatives and an unsent thank-you get a line of their own, below the reason", async () => {
    const vault = makeVault({ "Interviews/a.md": note(`${BASIC}\nthank_you_sent: true\ninterviewer_phone: "+1 555 0100"\ncall_ok: true`) });
    const lines = (await run(["agenda", vault, "--today", "2026-11-25"])).stdout.split("\n");
    const row = lines.findIndex((l) => l.includes("Acme — Analyst"));
    expect(lines[row + 2]).toBe("      Also possible: a call.");
    const unthanked = makeVault({ "Interviews/a.md": note(BASIC) });
    const out = (await run(["agenda", unthanked, "--today", "2026-11-25"])).stdout.split("\n");
    expect(out[out.findIndex((l) => l.includes("Acme — Analyst")) + 2]).toBe("      No thank-you logged yet: add a sentence of thanks.");
  });

  it("invalid notes show their path and problems", async () => {
    const { stdout } = await run(["agenda", groupsVault(), "--today", "2026-11-25"]);
    const block = stdout.slice(stdout.indexOf("Needs attention"));
    expect(block).toContain('      Check interview_date: "2026-13-45" is not a real day (there is no month 13: a date is written year-month-day, like 2026-11-18), so nothing can be planned yet.\n');
    expect(block).toContain("      in Interviews/invalid.md\n");
    expect(block).toContain('      ! interview_date "2026-13-45": there is no month 13 (a date is written year-month-day, like 2026-11-18)\n');
  });

  it("a year other than today's is shown", async () => {
    const vault = makeVault({ "Interviews/a.md": note("company: A\nrole: B\ninterview_date: 2027-01-05") });
    const { stdout } = await run(["agenda", vault, "--today", "2026-12-30"]);
    expect(stdout).toContain("Interview on Tue, Jan 5, 2027");
  });

  it("no colour when not a terminal or NO_COLOR is set; colour on a terminal or with FORCE_COLOR", async () => {
    const vault = groupsVault();
    const args = ["agenda", vault, "--today", "2026-11-25"];
    expect((await run(args, { isTTY: false })).stdout).not.toContain(ESC);
    expect((await run(args, { isTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain(ESC);
    const tty = (await run(args, { isTTY: true })).stdout;
    expect(tty).toContain(`${ESC}31m`); // overdue in red
    expect(tty).toContain(`${ESC}1mFollow-ups as of Wed, Nov 25, 2026${ESC}22m`);
    expect((await run(args, { isTTY: false, env: { FORCE_COLOR: "1" } })).stdout).toContain(ESC);
    // Colour never changes the words.
    // eslint-disable-next-line no-control-regex -- removing the ANSI codes
    expect(tty.replace(/\u001b\[\d+m/g, "")).toBe((await run(args)).stdout);
  });

  it("user text cannot send escape sequences to the terminal", async () => {
    const vault = makeVault({ "Interviews/a.md": note('company: "Evil\\e[2J\\u202eCorp"\nrole: "Line\\nbreak"\ninterview_date: 2026-11-18') });
    const { stdout } = await run(["agenda", vault, "--today", "2026-11-25"], { isTTY: true });
    expect(stdout).toContain("Evil\ufffd[2J\ufffdCorp — Line break");
    expect(stdout).not.toContain("\u001b[2J");
  });

  it("a long name is cut to keep the columns", async () => {
    const vault = makeVault({ "Interviews/a.md": note(`company: ${"W".repeat(500)}\nrole: Analyst\ninterview_date: 2026-11-18`) });
    const { stdout } = await run(["agenda", vault, "--today", "2026-11-25"]);
    expect(stdout).toContain(`${"W".repeat(47)}…`);
    expect(stdout).not.toContain("W".repeat(49));
  });

  it("an empty folder names the folder, says how notes are found and shows an example (default settings)", async () => {
    const vault = makeVault({ "Notes/plain.md": "# Just a note\n" });
    const r = await run(["agenda", vault, "--today", "2026-11-25"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(`No interview notes in ${vault}.`);
    expect(lines[1]).toBe(
      "A note is an interview note when it has the property type: interview, has the tag #interview or is in the folder Interviews (or a folder inside it). Keep one note per interview, with properties like these:",
    );
    expect(lines.slice(2)).toEqual(["---", "type: interview", "company: Acme", "role: Product designer", "interviewer: Dana Reyes", "interviewer_email: dana@acme.example", "interview_date: 2026-11-18T14:00", "decision_timeline: 2 weeks", "---"]);
  });

  it("an empty folder describes this vault's own detection and key names, not the defaults", async () => {
    const settings = { detection: { type: "job", tag: "", folder: "Jobs" }, keys: { interview_date: "met_on", company: "employer" } };
    const vault = makeVault({ [SETTINGS_PATH]: JSON.stringify(settings), "Interviews/looks-like-one.md": note("type: interview\ninterview_date: 2026-11-18") });
    const r = await run(["agenda", vault, "--today", "2026-11-25"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[1]).toBe(
      "A note is an interview note when it has the property type: job or is in the folder Jobs (or a folder inside it). Keep one note per interview, with properties like these:",
    );
    expect(lines).toContain("type: job");
    expect(lines).toContain("employer: Acme");
    expect(lines).toContain("met_on: 2026-11-18T14:00");
    expect(r.stdout).not.toMatch(/interview_date|#interview|Interviews|type: interview/);
  });

  it("an empty current folder is \"this folder\", not \".\"", () => {
    const text = renderAgendaText([], "2026-11-25", { all: false, color: false, folder: ".", days: makeDayFormat("en-US") });
    expect(text.split("\n")[0]).toBe("No interview notes in this folder.");
  });

  it("the empty-folder text cleans the vault's settings for the terminal", async () => {
    const vault = makeVault({ [SETTINGS_PATH]: JSON.stringify({ detection: { type: "job\u001b[2J", tag: "", folder: "" } }) });
    const r = await run(["agenda", vault, "--today", "2026-11-25"]);
    expect(r.stdout).not.toContain("\u001b");
    expect(r.stdout).toContain("type: job\ufffd[2J");
  });

  it("a broken data.json is a one-line warning on stderr and the agenda still runs", async () => {
    const vault = makeVault({ [SETTINGS_PATH]: "{nope", "Interviews/a.md": note(BASIC) });
    const r = await run(["agenda", vault, "--today", "2026-11-25"]);
    expect(r.code).toBe(0);
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toMatch(/^interview-followup: warning: \.obsidian\/plugins\/interview-followup\/data\.json is not valid JSON/);
    expect(r.stdout).toContain("Acme — Analyst");
  });
});

describe("--fail-on-due", () => {
  it("exits 3 when something is due or overdue, else 0", async () => {
    const dueVault = makeVault({ "Interviews/a.md": note(BASIC) });
    expect((await run(["agenda", dueVault, "--today", "2026-11-19", "--fail-on-due"])).code).toBe(3); // thank-you due
    expect((await run(["agenda", dueVault, "--today", "2026-11-23", "--fail-on-due"])).code).toBe(3); // overdue
    expect((await run(["agenda", dueVault, "--today", "2026-11-17", "--fail-on-due"])).code).toBe(0); // upcoming
    expect((await run(["agenda", dueVault, "--today", "2026-11-19"])).code).toBe(0); // without the flag
    const json = await run(["agenda", dueVault, "--today", "2026-11-25", "--fail-on-due", "--json"]);
    expect(json.code).toBe(3);
    expect((JSON.parse(json.stdout) as { notes: unknown[] }).notes).toHaveLength(1);
  });

  it("waiting, closed, invalid and move-on are not due", async () => {
    const vault = makeVault({
      "Interviews/waiting.md": note("interview_date: 2026-11-19\ndecision_date: 2026-11-27\nthank_you_sent: true"),
      "Interviews/closed.md": note("interview_date: 2026-11-02\noutcome: offer"),
      "Interviews/invalid.md": note("interview_date: nope"),
      "Interviews/move-on.md": note("interview_date: 2026-10-01\nthank_you_sent: true\nfollow_ups: [2026-10-09, 2026-10-19, 2026-10-29]"),
    });
    expect((await run(["agenda", vault, "--today", "2026-11-25", "--fail-on-due"])).code).toBe(0);
  });
});

describe("follow_ups text entries (spec v2), read from YAML on disk", () => {
  it("block and flow lists, mixed with mappings; an unreadable channel is a problem naming the entry", async () => {
    const vault = makeVault({
      "Interviews/block.md": note(
        `${BASIC}\nthank_you_sent: done\nfollow_ups:\n  - 2026-11-20 email — sent my portfolio\n  - date: 2026-11-23\n    channel: Linked In\n  - 2026-11-24 voicemail next 2026-12-01 — left with reception`,
      ),
      "Interviews/flow.md": note(`${BASIC}\nthank_you_sent: sent\nfollow_ups: [2026-11-20 email, 2026-11-23 voicmail]`),
      "Interviews/single.md": note(`${BASIC}\nthank_you_sent: true\nfollow_ups: 2026-11-24 voicemail`),
    });
    const out = await agendaJson(vault, "--today", "2026-11-25");
    const byPath = Object.fromEntries(out.notes.map((n) => [n.path, n]));
    // The voicemail's `next` is the agreed day (R6a); three unanswered attempts would stop at R9 without it.
    expect(byPath["Interviews/block.md"]).toMatchObject({ state: "waiting", rule: "R6a", opens: "2026-12-01", attempt: 4, problems: [] });
    expect(byPath["Interviews/flow.md"]).toMatchObject({
      rule: "R6c",
      attempt: 3,
      problems: [{ key: "follow_ups[2]", value: "2026-11-23 voicmail", message: expect.stringContaining('the channel "voicmail"') as string }],
    });
    expect(byPath["Interviews/single.md"]).toMatchObject({ state: "waiting", rule: "R6b", opens: "2026-11-26", dueBy: "2026-11-27" });
    const text = (await run(["agenda", vault, "--today", "2026-11-25"])).stdout;
    expect(text).toContain('      ! follow_ups[2] "2026-11-23 voicmail": could not read the channel "voicmail"');
  });
});
