/**
 * Finding the tab that already shows a note, deferred or not, instead of opening a second copy.
 *
 * Since Obsidian 1.7.2 a background tab starts as a `DeferredView`: `leaf.view` is not a
 * `MarkdownView` until the tab is shown, but `getLeavesOfType("markdown")` lists it and
 * `leaf.getViewState().state.file` names its note (docs: "Understanding deferred views").
 * `loadIfDeferred()` and `revealLeaf` (which "ensure[s] your view has been fully loaded and is
 * not deferred") turn it into the real view.
 */
import { MarkdownView, type App, type TFile, type WorkspaceLeaf } from "obsidian";

/** The path a leaf shows, whether its view is loaded or deferred. */
export function leafPath(leaf: WorkspaceLeaf): string | null {
  const view = leaf.view;
  if (view instanceof MarkdownView) return view.file?.path ?? null;
  const file: unknown = leaf.getViewState().state?.file;
  return typeof file === "string" ? file : null;
}

/** A Markdown leaf showing `path`, the active one first; null when no tab shows it. */
export function leafShowing(app: App, path: string): WorkspaceLeaf | null {
  const leaves = app.workspace.getLeavesOfType("markdown").filter((leaf) => leafPath(leaf) === path);
  const active = app.workspace.getActiveViewOfType(MarkdownView)?.leaf;
  return leaves.find((leaf) => leaf === active) ?? leaves[0] ?? null;
}

/** Brings a leaf to the front, loaded (not deferred), and focuses it. */
export async function showLeaf(app: App, leaf: WorkspaceLeaf): Promise<void> {
  await leaf.loadIfDeferred();
  await app.workspace.revealLeaf(leaf);
  app.workspace.setActiveLeaf(leaf, { focus: true });
}

/**
 * Shows `file`: in the tab that already has it (loading a deferred one), else in the current
 * tab, or a new tab when `newTab`. Returns the leaf.
 */
export async function openNote(app: App, file: TFile, newTab = false): Promise<WorkspaceLeaf> {
  const existing = newTab ? null : leafShowing(app, file.path);
  if (existing) {
    await showLeaf(app, existing);
    return existing;
  }
  const leaf = app.workspace.getLeaf(newTab ? "tab" : false);
  await leaf.openFile(file, { active: true });
  return leaf;
}

/**
 * Writes every open editor of `file` that holds unsaved text. Obsidian's editor saves about 2 s
 * after the last keystroke (d.ts `TextFileView.requestSave`); a front matter write in between
 * would race it — the editor's later save would drop the write, or the write the typed text.
 * Saving first (d.ts `save(clear?: boolean): Promise<void>`) lets the editor reload the result.
 */
export async function saveOpenEditors(app: App, file: TFile): Promise<void> {
  const saves: Promise<void>[] = [];
  app.workspace.iterateAllLeaves((leaf) => {
    const view = leaf.view;
    if (view instanceof MarkdownView && view.file?.path === file.path) saves.push(view.save());
  });
  await Promise.all(saves);
}
