/**
 * The interview note a command acts on: its file, the status and the normalized note the
 * index holds for it.
 */
import type { TFile } from "obsidian";
import type { FollowUpStatus, InterviewNote } from "../../core/types";
import type { FollowUpHost } from "../host";

export interface InterviewContext {
  file: TFile;
  status: FollowUpStatus;
  note: InterviewNote;
}

/** The interview note at `file`, as the index knows it; null when it is not one. */
export function interviewAt(host: FollowUpHost, file: TFile | null | undefined): InterviewContext | null {
  if (!file) return null;
  const status = host.index.get(file.path);
  const note = host.index.note(file.path);
  if (!status || !note) return null;
  return { file, status, note };
}

/** The interview note open in the active tab, if any. */
export function activeInterview(host: FollowUpHost): InterviewContext | null {
  return interviewAt(host, host.app.workspace.getActiveFile());
}
