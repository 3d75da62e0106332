/**
 * "New interview note": a form for the company, role, interviewer and day, then a note with the
 * whole frontmatter skeleton (`core/new-note`) in the interview folder, opened. A note of that
 * name is never overwritten.
 */
import { normalizePath, type TFile } from "obsidian";
import { buildInterviewNote, type NewInterviewInput } from "../../core/new-note";
import { trimFolder } from "../../core/paths";
import type { FollowUpHost } from "../host";
import { createAndOpen } from "../vault-files";
import { NewInterviewModal } from "./modals";

/** Creates and opens a new interview note; refuses when a note of that name exists. */
export function createInterviewNote(host: FollowUpHost, input: NewInterviewInput): Promise<TFile | null> {
  const folder = trimFolder(normalizePath(host.settings.interviewFolder.trim() || "/"));
  return createAndOpen(host, () => buildInterviewNote(input, host.settings.keys, folder, host.settings.detection));
}

export function openNewInterview(host: FollowUpHost): NewInterviewModal {
  const modal = new NewInterviewModal(host.app, host.index.today(), (input) => void createInterviewNote(host, input));
  modal.open();
  return modal;
}
