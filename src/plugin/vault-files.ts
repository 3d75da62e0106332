/**
 * Creating files in the vault, the one way every part does it: the folder made first
 * (`ensureFolder`), never over an existing file, then opened (`createAndOpen`: "New interview
 * note", "Create interviews base"); the calendar file uses `ensureFolder` for its folder.
 */
import { Notice, normalizePath, TFolder, type App, type TFile } from "obsidian";
import type { FollowUpHost } from "./host";

/** Creates `folder` and its missing parents; refuses when a file sits where a folder should be. */
export async function ensureFolder(app: App, folder: string): Promise<void> {
  if (folder === "" || folder === "/") return;
  let path = "";
  for (const part of folder.split("/")) {
    path = path === "" ? part : `${path}/${part}`;
    const existing = app.vault.getAbstractFileByPath(path);
    if (existing instanceof TFolder) continue;
    if (existing) throw new Error(`"${path}" is a file, not a folder`);
    await app.vault.createFolder(path);
  }
}

/** The folder of a normalized vault path; "" for the vault's root. */
export function parentFolder(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash > 0 ? path.slice(0, slash) : "";
}

function notCreated(error: unknown): void {
  new Notice(`Not created: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * Creates the file `build` describes (its folder first) and opens it in the current tab. Says
 * why in a notice ("Not created: …") and returns null when `build` throws, something is already
 * at the path (never overwritten; `existsHint` follows the sentence), or a write fails.
 */
export async function createAndOpen(host: FollowUpHost, build: () => { path: string; text: string }, existsHint = ""): Promise<TFile | null> {
  const { vault, workspace } = host.app;
  let path: string;
  let text: string;
  try {
    const built = build();
    path = normalizePath(built.path);
    text = built.text;
  } catch (e) {
    notCreated(e);
    return null;
  }
  if (vault.getAbstractFileByPath(path)) {
    new Notice(`Not created: "${path}" already exists.${existsHint === "" ? "" : ` ${existsHint}`}`);
    return null;
  }
  try {
    await ensureFolder(host.app, parentFolder(path));
    const file = await vault.create(path, text);
    await workspace.getLeaf(false).openFile(file);
    return file;
  } catch (e) {
    notCreated(e);
    return null;
  }
}
