/** Notes, settings and statuses the template tests share: one realistic interview and its variants. */
import { parseInterviewNote } from "../../src/core/note";
import { computeStatus } from "../../src/core/rules";
import { defaultSettings, type FollowUpSettings } from "../../src/core/settings";
import { renderTemplate, type RenderedTemplate } from "../../src/core/templates";
import type { FollowUpStatus, InterviewNote, TemplateId } from "../../src/core/types";
import { aNote, type NoteBuilder } from "../support/note-builder";

/** Wednesday 25 November 2026: five business days after the interview (R4c opens). */
export const TODAY = "2026-11-25";

export function fullSettings(): FollowUpSettings {
  const s = defaultSettings();
  s.yourName = "Sam Okafor";
  s.yourEmail = "sam@example.org";
  s.yourPhone = "+44 20 7946 0018";
  s.signature = "sam@example.org · +44 20 7946 0018";
  return s;
}

/** The interview of Wednesday 18 November 2026 with every property a message uses. */
export function fullFrontmatter(): NoteBuilder {
  return aNote()
    .set("company", "Northwind Traders")
    .set("role", "Data Analyst")
    .set("interviewer", "Dana Reyes")
    .set("interviewer_email", "dana@northwind.example")
    .set("interviewer_phone", "+1 555 0100")
    .set("highlight", "the new forecasting dashboard")
    .interviewedOn("2026-11-18");
}

export const noteOf = (fm: NoteBuilder, path = "Interviews/Northwind.md"): InterviewNote => parseInterviewNote(fm.build(), path);

export const fullNote = (): InterviewNote => noteOf(fullFrontmatter());
export const emptyNote = (): InterviewNote => parseInterviewNote({}, "Interviews/Empty.md");

export function statusOf(note: InterviewNote, day = TODAY, settings: Pick<FollowUpSettings, "holidays" | "maxAttempts"> = fullSettings()): FollowUpStatus {
  return computeStatus(note, { day, minutes: 9 * 60 }, { holidays: settings.holidays, maxAttempts: settings.maxAttempts });
}

/** Renders `id` for a note as the plugin does on `day`: with the note's own status. */
export function render(id: TemplateId, note: InterviewNote, day = TODAY, settings = fullSettings(), source?: string): RenderedTemplate {
  return renderTemplate(id, note, statusOf(note, day, settings), settings, day, source);
}

export const renderFull = (id: TemplateId): RenderedTemplate => render(id, fullNote());
export const renderEmpty = (id: TemplateId): RenderedTemplate => renderTemplate(id, emptyNote(), null, defaultSettings(), TODAY);
