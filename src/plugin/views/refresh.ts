/**
 * One way for a view to keep up with the index (after Dataview's refreshable view): index
 * updates are gathered for a moment and cost one draw; a draw happens only when what the view
 * shows is stale and the view is on screen; a view that was hidden when the index changed
 * catches up as soon as it is shown again (a layout change, another active tab, the window
 * shown again). The sidebar and the `followup` blocks both keep up this way.
 */
import type { Component, Workspace } from "obsidian";
import type { Day } from "../../core/types";
import { INDEX_EVENT, type IndexUpdate } from "../host";

/** What a view tells its `Refresher`. */
export interface Refreshable {
  /** Is it on screen now? */
  isVisible(): boolean;
  /** Has what it would draw changed since it last drew? */
  isStale(): boolean;
  /** Draws; called only when stale and visible. */
  draw(): void;
}

/** On screen: in a window that is shown, attached, and not in a hidden tab. */
export function isOnScreen(el: HTMLElement): boolean {
  return el.doc.visibilityState !== "hidden" && el.isShown();
}

export class Refresher {
  private pending: number | null = null;

  constructor(
    private readonly view: Refreshable,
    /** How long index updates are gathered before one draw. */
    private readonly delayMs: number,
  ) {}

  /**
   * Registers on `owner` what keeps the view current, for as long as `owner` is loaded. `onUpdate`
   * sees each index update first (to note which paths changed); returning false skips it.
   */
  keepUp(owner: Component, workspace: Workspace, el: HTMLElement, onUpdate?: (update: IndexUpdate) => boolean): void {
    owner.registerEvent(
      workspace.on(INDEX_EVENT, (update: IndexUpdate) => {
        if (onUpdate?.(update) !== false) this.schedule();
      }),
    );
    owner.registerEvent(workspace.on("layout-change", () => this.refresh()));
    owner.registerEvent(workspace.on("active-leaf-change", () => this.refresh()));
    // The window shown again (after sleep, or minimized over midnight): catch up.
    owner.registerDomEvent(el.doc, "visibilitychange", () => this.refresh());
    owner.register(() => this.cancel());
  }

  /** Draws now if the view is stale and on screen; otherwise does nothing. */
  refresh(): void {
    if (!this.view.isStale() || !this.view.isVisible()) return;
    this.cancel();
    this.view.draw();
  }

  /** A refresh `delayMs` from the first call; calls meanwhile join it. */
  schedule(): void {
    if (this.pending !== null) return;
    this.pending = window.setTimeout(() => {
      this.pending = null;
      this.refresh();
    }, this.delayMs);
  }

  /** Drops a scheduled refresh. */
  cancel(): void {
    if (this.pending === null) return;
    window.clearTimeout(this.pending);
    this.pending = null;
  }
}

/**
 * For a part drawn once per index revision (an agenda block, a reading-view badge): the day to
 * word the statuses against, or null when the part already shows the index's revision. The day
 * is asked for first: it may bring the statuses up to a new day, and that day's event draws the
 * part already, inside this call — then there is nothing left to draw.
 */
export function dayToDraw(index: { today(): Day; readonly revision: number }, shown: () => number | null): Day | null {
  const today = index.today();
  // Read after today(): a nested draw may have just moved it.
  return index.revision === shown() ? null : today;
}
