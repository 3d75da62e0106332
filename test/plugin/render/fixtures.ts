/** Statuses computed by the real engine from builder notes, for the view tests. */
import { buildAgenda, type AgendaGroup } from "../../../src/core/agenda";
import { startOfDay } from "../../../src/core/dates";
import { parseInterviewNote } from "../../../src/core/note";
import { computeStatus } from "../../../src/core/rules";
import type { Day, FollowUpStatus } from "../../../src/core/types";
import { vi } from "vitest";
import type { AgendaRenderOptions } from "../../../src/plugin/render/sidebar";
import { aNote } from "../../support/note-builder";
import { GB } from "../../support/day-formats";

export function statusOf(fm: Record<string, unknown>, today: Day, path = "Interviews/Acme.md", minutes = 0): FollowUpStatus {
  return computeStatus(parseInterviewNote(fm, path), { ...startOfDay(today), minutes }, { holidays: [], maxAttempts: 3, dayFormat: GB });
}

export const TODAY = "2026-11-25";

/** Options for renderAgenda / AgendaRenderer: TODAY and a spy for opening a note, plus `extra`. */
export function renderOptions(extra: Partial<AgendaRenderOptions> = {}): AgendaRenderOptions {
  return { today: TODAY, days: GB, onOpen: vi.fn(), ...extra };
}

/** One note per agenda group (and a second overdue one), all seen on TODAY (Wed 25 Nov 2026). */
export function sampleStatuses(today: Day = TODAY): FollowUpStatus[] {
  return [
    // overdue: thank-you for an interview a week ago, never sent; window opens later (final).
    statusOf(aNote().set("company", "Northwind").set("role", "Data analyst").interviewedOn("2026-11-20").final().build(), today, "Interviews/Northwind.md"),
    // overdue: follow-up 2 by phone, deadline passed.
    statusOf(aNote().set("company", "Globex").set("role", "Designer").thanked().withPhone().emailed("2026-11-05").interviewedOn("2026-10-28").build(), today, "Interviews/Globex.md"),
    // due: first follow-up by email, window 25 Nov – 2 Dec.
    statusOf(aNote().interviewedOn("2026-11-18").thanked().build(), today, "Interviews/Acme.md"),
    // waiting: thanked, window opens 1 Dec.
    statusOf(aNote().set("company", "Initech").set("role", "Engineer").interviewedOn("2026-11-24").thanked().build(), today, "Interviews/Initech.md"),
    // upcoming
    statusOf(aNote().set("company", "Umbrella").set("role", "Researcher").interviewedOn("2026-11-27 10:00").build(), today, "Interviews/Umbrella.md"),
    // move on: three unanswered emails.
    statusOf(
      aNote().set("company", "Hooli").set("role", "PM").interviewedOn("2026-10-01").thanked().emailed("2026-10-08").emailed("2026-10-20").emailed("2026-11-03").build(),
      today,
      "Interviews/Hooli.md",
    ),
    // attention: unreadable interview date.
    statusOf(aNote().set("company", "Soylent").set("role", "Chef").interviewedOn("2026-13-45").build(), today, "Interviews/Soylent.md"),
    // closed: offer.
    statusOf(aNote().set("company", "Vandelay").set("role", "Importer").set("outcome", "offer").build(), today, "Interviews/Vandelay.md"),
  ];
}

export function sampleAgenda(today: Day = TODAY): AgendaGroup[] {
  return buildAgenda(sampleStatuses(today));
}

/** An empty element in an otherwise empty document body, for one test to draw into. */
export function freshContainer(): HTMLElement {
  document.body.empty();
  return document.body.createDiv();
}
