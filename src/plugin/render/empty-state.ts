/**
 * What the sidebar shows when no note is an interview note: how notes are found (from the
 * detection settings as they are), an example of the properties, and a button to create a note.
 */
import { detectionHint, exampleFrontmatter } from "../../core/new-note";
import type { DetectionSettings } from "../../core/settings";

export interface EmptyStateOptions {
  /** What the empty state offers; omitted → no button. */
  onNewNote?: () => void;
  /** The frontmatter example (see `exampleFrontmatter`); omitted → the example for `detection`. */
  example?: string;
  /** The detection settings described (see `detectionHint`); omitted → the defaults. */
  detection?: DetectionSettings;
}

/** What an empty vault shows: how notes are found, the note format and, when available, a button to create a note. */
export function renderEmptyState(el: HTMLElement, opts: EmptyStateOptions): HTMLElement {
  const box = el.createDiv({ cls: "ifu-empty" });
  box.createDiv({ cls: "ifu-empty-title", text: "No interview notes yet" });
  box.createDiv({ cls: ["ifu-empty-text", "ifu-empty-detection"], text: detectionHint(opts.detection) });
  box.createEl("pre", { cls: "ifu-example" }).createEl("code", { text: opts.example ?? exampleFrontmatter(undefined, opts.detection) });
  box.createDiv({
    cls: "ifu-empty-text",
    text: "Follow-ups appear here as they fall due: thank-you first, then follow-ups by email, phone or LinkedIn.",
  });
  const onNewNote = opts.onNewNote;
  if (onNewNote) {
    const button = box.createEl("button", { cls: ["ifu-new-note", "mod-cta"], text: "New interview note", attr: { type: "button" } });
    button.addEventListener("click", () => onNewNote());
  }
  return box;
}
