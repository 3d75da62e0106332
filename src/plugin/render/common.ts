/**
 * What every surface's render functions share: the state colour class, Obsidian's drawing
 * helpers (handed in, never imported, so this folder runs without Obsidian: in happy-dom tests
 * and in the browser test's page), the "Reading your vault…" line, and how a click asks for a
 * new tab.
 *
 * Every file in `render/` builds DOM with Obsidian's createEl/createDiv/createSpan/setText only
 * — never innerHTML — so frontmatter values always land as text. Click listeners are attached to
 * elements these functions create and live and die with them.
 */
import { groupOf } from "../../core/agenda";
import type { FollowUpStatus } from "../../core/types";

/** Draws an icon into an element (Obsidian's `setIcon`). */
export type IconSetter = (el: HTMLElement, icon: string) => void;

/** Gives an element its hover text (Obsidian's `setTooltip`). */
export type TooltipSetter = (el: HTMLElement, text: string) => void;

/**
 * Obsidian's drawing helpers, as the plugin hands them to the render functions. Without them
 * (tests, the browser page) a button shows its label instead of an icon, and hover text is the
 * `aria-label` alone, which is what `setTooltip` sets. Each element gets ONE hover mechanism —
 * never a `title` beside an `aria-label`, which would show two tooltips at once.
 */
export interface UiHelpers {
  setIcon?: IconSetter;
  setTooltip?: TooltipSetter;
}

/** Gives `el` its hover text with the helper handed in, else as an `aria-label`. */
export function tooltip(el: HTMLElement, text: string, ui: UiHelpers | undefined): void {
  if (ui?.setTooltip) ui.setTooltip(el, text);
  else el.setAttr("aria-label", text);
}

/** `ifu-state-overdue`, `ifu-state-due`, … — one colour per agenda group. */
export function stateClass(status: FollowUpStatus): string {
  return `ifu-state-${groupOf(status.state)}`;
}

/** Cmd/Ctrl-click or a middle click: open in a new tab. */
export function isNewTabClick(evt: MouseEvent): boolean {
  return evt.ctrlKey || evt.metaKey || evt.button === 1;
}

/** What the sidebar and the `followup` blocks show while the first look at the vault runs. */
export function renderReading(el: HTMLElement): HTMLElement {
  return el.createDiv({ cls: "ifu-reading", text: "Reading your vault…", attr: { role: "status" } });
}
