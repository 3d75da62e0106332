/**
 * The example vault (examples/vault/, what `npm start` shows) must keep showing every state on
 * Wed 25 Nov 2026 and the spread of rules it was written for, so it cannot silently rot.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { agendaJson, run } from "./helpers";

const VAULT = fileURLToPath(new URL("../../examples/vault", import.meta.url));

const EXPECTED: Record<string, { state: string; rule: string; extra?: Record<string, unknown> }> = {
  "Interviews/Harbor & Pine - UX Researcher.md": { state: "invalid", rule: "R0" },
  "Interviews/Bluefin Logistics - Operations Analyst.md": { state: "closed", rule: "R1", extra: { template: null } },
  "Interviews/Copperleaf Health - Product Manager.md": { state: "closed", rule: "R1", extra: { template: "rejection-reply" } },
  "Interviews/Lumen Grid Energy - Software Engineer.md": { state: "upcoming", rule: "R2", extra: { opens: "2026-11-30" } },
  "Interviews/Quarry Lane Books - Marketing Coordinator.md": { state: "thank-you-due", rule: "R3", extra: { dueBy: "2026-11-26" } },
  "Interviews/Fernhill Studio - Product Designer.md": { state: "thank-you-overdue", rule: "R3" },
  "Interviews/Tidewater Credit Union - Business Analyst.md": {
    state: "waiting",
    rule: "R4b",
    extra: { opens: "2026-11-30", dueBy: "2026-12-02" },
  },
  "Interviews/Northwind Analytics - Data Analyst.md": {
    state: "follow-up-due",
    rule: "R4c",
    extra: { opens: "2026-11-25", dueBy: "2026-12-02", template: "follow-up-1" },
  },
  "Interviews/Kestrel Aerospace - Systems Engineer.md": { state: "follow-up-overdue", rule: "R4d", extra: { dueBy: "2026-11-24" } },
  "Interviews/Maplestone Foods - Supply Chain Planner.md": {
    state: "waiting",
    rule: "R6b",
    extra: { channel: "email", opens: "2026-11-26", attempt: 3 },
  },
  "Interviews/Orchard Street Media - Content Strategist.md": {
    state: "follow-up-due",
    rule: "R6c",
    extra: { channel: "phone", template: "phone-script", attempt: 2 },
  },
  "Interviews/Pinecrest Schools - IT Support Lead.md": { state: "follow-up-overdue", rule: "R7", extra: { dueBy: "2026-11-23" } },
  "Interviews/Silverline Transit - Data Engineer.md": { state: "waiting", rule: "R8", extra: { opens: "2026-12-07" } },
  "Interviews/Brightwater Labs - QA Analyst.md": {
    state: "follow-up-due",
    rule: "R6a",
    extra: { opens: "2026-11-25", dueBy: "2026-11-26", alternatives: ["phone"] },
  },
  "Interviews/Redfern Insurance - Claims Analyst.md": { state: "no-response", rule: "R9", extra: { action: "move-on" } },
};

const ALL_STATES = [
  "invalid",
  "closed",
  "upcoming",
  "thank-you-due",
  "thank-you-overdue",
  "waiting",
  "follow-up-due",
  "follow-up-overdue",
  "no-response",
];

describe("examples/vault on 2026-11-25", () => {
  it("shows every state, and each note is in the state it was written for", async () => {
    const out = await agendaJson(VAULT, "--today", "2026-11-25");
    const byPath = Object.fromEntries(out.notes.map((n) => [n.path, n]));
    expect(Object.keys(byPath).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [path, want] of Object.entries(EXPECTED)) {
      expect(byPath[path], path).toMatchObject({ state: want.state, rule: want.rule, ...want.extra });
    }
    expect(new Set(out.notes.map((n) => n.state))).toEqual(new Set(ALL_STATES));
  });

  it("only the invalid note has problems, and the non-interview notes are not listed", async () => {
    const out = await agendaJson(VAULT, "--today", "2026-11-25");
    const withProblems = out.notes.filter((n) => n.problems.length > 0).map((n) => n.path);
    expect(withProblems).toEqual(["Interviews/Harbor & Pine - UX Researcher.md"]);
    expect(out.notes.some((n) => n.path.startsWith("Networking/") || n.path === "Job search plan.md")).toBe(false);
  });

  it("the text agenda (what npm start prints) has every group", async () => {
    const r = await run(["agenda", VAULT, "--today", "2026-11-25", "--all"]);
    expect(r.code).toBe(0);
    for (const title of ["Overdue (3)", "Due (4)", "Waiting (3)", "Upcoming interviews (1)", "Move on (1)", "Needs attention (1)", "Closed (2)"]) {
      expect(r.stdout).toContain(`\n${title}\n`);
    }
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe(
      "2 thank-yous and 5 follow-ups due. In all: 3 overdue, 4 due, 3 waiting, 1 upcoming, 1 to move on, 1 needs attention, 2 closed.",
    );
  });
});
