/**
 * "New interview note": a form for the company, role, interviewer and day, then a note with the
 * whole frontmatter skeleton (`core/new-note`) in the interview folder, opened. A note of that
 * name is never overwritten.
 */
import { Notice, TFile, TFolder, normalizePath } from "obsidian";
import { buildInterviewNote, type NewInterviewInput } from "../../core/new-note";
import { trimFolder } from "../../core/paths";
import type { FollowUpHost } from "../host";
import { NewInterviewModal } from "./modals";

/** Creates `folder` and its missing parents; refuses when a file sits where a folder should be. */
export async function ensureFolder(host: FollowUpHost, folder: string): Promise<void> {
  if (folder === "") return;
  let path = "";
  for (const part of folder.split("/")) {
    path = path === "" ? part : `${path}/${part}`;
    const existing = host.app.vault.getAbstractFileByPath(path);
    if (existing instanceof TFolder) continue;
    if (existing) throw new Error(`"${path}" is a file, not a folder`);
    await host.app.vault.createFolder(path);
  }
}

/** Creates and opens a new interview note; refuses when a note of that name exists. */
export async function createInterviewNote(host: FollowUpHost, input: NewInterviewInput): Promise<TFile | null> {
  const folder = trimFolder(normalizePath(host.settings.interviewFolder.trim() || "/"));
  let built;
  try {
    built = buildInterviewNote(input, host.settings.keys, folder, host.settings.detection);
  } catch (e) {
    new Notice(`Not created: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
  const path = normalizePath(built.path);
  if (host.app.vault.getAbstractFileByPath(path)) {
    new Notice(`Not created: "${path}" already exists.`);
    return null;
  }
  try {
    await ensureFolder(host, folder);
    const file = await host.app.vault.create(path, built.text);
    await host.app.workspace.getLeaf(false).openFile(file);
    return file;
  } catch (e) {
    new Notice(`Not created: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

export function openNewInterview(host: FollowUpHost): NewInterviewModal {
  const modal = new NewInterviewModal(host.app, host.index.today(), (input) => void createInterviewNote(host, input));
  modal.open();
  return modal;
}
