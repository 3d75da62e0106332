/**
 * Every message for one note per scenario, in one readable file per scenario under
 * test/snapshots/templates/: the note, the day, the status, then each message as inserted.
 * Scenarios: a full note, an empty one, each occasion of a follow-up (spec §5) and each
 * greeting form.
 */
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { defaultSettings, type FollowUpSettings } from "../../src/core/settings";
import { TEMPLATE_IDS, renderTemplate } from "../../src/core/templates";
import type { FollowUpStatus } from "../../src/core/types";
import { aNote, type NoteBuilder } from "../support/note-builder";
import { fullFrontmatter, fullSettings, noteOf, statusOf } from "./templates-fixtures";

interface Scenario {
  file: string;
  title: string;
  note: NoteBuilder;
  today: string;
  settings?: (s: FollowUpSettings) => void;
  /** The empty note is rendered as a bare command would: no settings, no status. */
  bare?: boolean;
}

const thanked = (): NoteBuilder => fullFrontmatter().thanked("2026-11-18");

const SCENARIOS: Scenario[] = [
  { file: "full", title: "A full note, first follow-up due, thank-you still unsent (R4c)", note: fullFrontmatter(), today: "2026-11-25" },
  { file: "empty", title: "An empty note: every missing value shows as a placeholder", note: aNote().without("company").without("role").without("interviewer").without("interviewer_email").without("interview_date").without("type"), today: "2026-11-25", bare: true },
  { file: "occasion-agreed-day", title: "Occasion: the day you agreed (R4a)", note: thanked().set("check_back", "2026-12-01"), today: "2026-12-01" },
  { file: "occasion-decision-day", title: "Occasion: the decision day that passed (R4b)", note: thanked().set("decision_date", "2026-11-27"), today: "2026-11-30" },
  { file: "occasion-after-voicemail", title: "Occasion: the voicemail you left (R6b)", note: thanked().attempt("2026-11-26", "voicemail"), today: "2026-11-30" },
  { file: "occasion-after-reply", title: "Occasion: their last reply (R7)", note: thanked().emailed("2026-11-25").set("last_reply", "2026-11-26"), today: "2026-12-03" },
  { file: "occasion-after-email", title: "Occasion: how long since your unanswered email (R6c, a call is next)", note: thanked().emailed("2026-11-25"), today: "2026-12-03" },
  { file: "greeting-property", title: "Greeting: the note's greeting property", note: thanked().set("greeting", "Dr. Reyes"), today: "2026-11-25", settings: (s) => (s.greetingForm = "full-name") },
  { file: "greeting-first-name", title: "Greeting: first names (the default), a panel of two", note: thanked().set("interviewer", "Dana Reyes, Sam Lee"), today: "2026-11-25" },
  { file: "greeting-full-name", title: "Greeting: full name (setting); scripts still say the first name", note: thanked(), today: "2026-11-25", settings: (s) => (s.greetingForm = "full-name") },
  { file: "greeting-none", title: "Greeting: no interviewer named", note: thanked().without("interviewer"), today: "2026-11-25" },
];

function describeStatus(s: FollowUpStatus | null): string {
  if (s === null) return "none (no status passed)";
  const window = s.opens && s.dueBy ? `, window ${s.opens} … ${s.dueBy}` : "";
  return `${s.state}, ${s.rule}, channel ${s.channel ?? "none"}, attempt ${s.attempt ?? "none"}${window}, thank-you pending: ${s.thankYouPending}`;
}

function renderScenario(sc: Scenario): string {
  const settings = sc.bare ? defaultSettings() : fullSettings();
  sc.settings?.(settings);
  const note = noteOf(sc.note);
  const status = sc.bare ? null : statusOf(note, sc.today, settings);
  const parts = [
    `# ${sc.title}`,
    "",
    "```yaml",
    stringify(sc.note.build()).trimEnd(),
    "```",
    "",
    `Today: ${sc.today} · greeting form: ${settings.greetingForm} · your name: ${settings.yourName || "(not set)"}`,
    `Status: ${describeStatus(status)}`,
  ];
  for (const id of TEMPLATE_IDS) {
    parts.push("", `## ${id}`, "", renderTemplate(id, note, status, settings, sc.today).markdown.trimEnd());
  }
  return `${parts.join("\n")}\n`;
}

describe("snapshots: every message for each scenario", () => {
  for (const sc of SCENARIOS) {
    it(`${sc.file}: ${sc.title}`, async () => {
      const text = renderScenario(sc);
      expect(text).not.toMatch(/undefined|null|NaN|\[object|\{\{|\}\}/);
      await expect(text).toMatchFileSnapshot(`../snapshots/templates/${sc.file}.md`);
    });
  }
});
