/**
 * The follow-up sidebar: the agenda of every interview note, most urgent first.
 *
 * - Deferred-view safe: the constructor only stores its arguments; work starts in `onOpen`.
 * - Keeps up like every live view (`Refresher`, refresh.ts): re-renders when the index's revision
 *   (or the host's row-action provider) changed since the last render, and only while the view
 *   is on screen; a view that was hidden when the index changed renders as soon as it is shown
 *   again (layout change, active leaf change, resize, window shown). A burst of index updates
 *   costs one render.
 * - Renders are keyed: the view gathers the paths the index events name (`IndexUpdate.changed`)
 *   since its last render and re-creates only those rows (`AgendaRenderer.update`). It draws
 *   everything again when an event says "everything changed" (`changed: null`), when it missed
 *   an event, when the row actions or the day changed, and when asked to (`render()`).
 * - Nothing keeps a reference to the view: the plugin reaches it, when it must, through
 *   `workspace.getLeavesOfType(SIDEBAR_VIEW_TYPE)`.
 * - While the index's first build runs it says so ("Reading your vault…"), never "No interview
 *   notes yet"; a new day redraws it (the index's event says `changed: null`), including the
 *   "Today, …" line, also when the window was hidden over midnight (it catches up when shown).
 * - A click on a row shows the tab that already has the note (a deferred one is loaded), or
 *   opens it in the current tab (a new tab with Cmd/Ctrl).
 */
import { ItemView, setIcon, setTooltip, TFile, type WorkspaceLeaf } from "obsidian";
import type { GroupId } from "../../core/agenda";
import type { Day } from "../../core/types";
import { exampleFrontmatter } from "../../core/new-note";
import { openNewInterview } from "../commands/new-note";
import { SIDEBAR_VIEW_TYPE, type FollowUpHost, type IndexUpdate } from "../host";
import { openNote } from "../leaves";
import { renderReading } from "../render/common";
import { AgendaRenderer, type AgendaRenderOptions, type AgendaRenderStats } from "../render/sidebar";
import type { RowActionProvider } from "../render/sidebar-row";
import { isOnScreen, Refresher } from "./refresh";

/** How long index updates are gathered before the sidebar renders once. */
export const SIDEBAR_REFRESH_MS = 100;

export class FollowUpView extends ItemView {
  /** The index revision last rendered; -1 before the first render. */
  private renderedRevision = -1;
  /** The row-action provider last rendered with; undefined before the first render. */
  private renderedActions: RowActionProvider | null | undefined = undefined;
  /** The revision of the last index event seen (or rendered). */
  private seenRevision = -1;
  /** Paths named by the index events since the last render; null when a full render is due. */
  private changedSince: Set<string> | null = null;
  private renderer: AgendaRenderer | null = null;
  private readonly expanded = new Set<string>();
  private readonly collapsed = new Set<GroupId>(["closed"]);
  private readonly refresher = new Refresher({ isVisible: () => this.isVisible(), isStale: () => this.isStale(), draw: () => this.drawStale() }, SIDEBAR_REFRESH_MS);
  /** How many times the view rendered (fully or row by row): for tests and the benchmark. */
  renderCount = 0;
  /** What the last render did (full or not, rows created and removed): for tests and the benchmark. */
  lastRender: AgendaRenderStats | null = null;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: FollowUpHost,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return SIDEBAR_VIEW_TYPE;
  }

  getDisplayText(): string {
    return "Follow-ups";
  }

  getIcon(): string {
    return "mail-check";
  }

  async onOpen(): Promise<void> {
    this.contentEl.addClass("ifu-view");
    this.refresher.keepUp(this, this.app.workspace, this.containerEl, (update) => this.onIndexUpdate(update));
    this.render();
    await Promise.resolve();
  }

  async onClose(): Promise<void> {
    this.refresher.cancel();
    this.contentEl.empty();
    this.renderer = null;
    this.renderedRevision = -1;
    this.changedSince = null;
    await Promise.resolve();
  }

  onResize(): void {
    this.refresh();
  }

  /** Shown on screen: attached, not in a hidden tab, not in a collapsed sidebar. */
  isVisible(): boolean {
    // A leaf in a collapsed sidebar keeps its elements but is not seen.
    const { leftSplit, rightSplit } = this.app.workspace;
    const root = this.leaf.getRoot();
    const split = root === rightSplit ? rightSplit : root === leftSplit ? leftSplit : null;
    if (split?.collapsed) return false;
    return isOnScreen(this.containerEl);
  }

  /** True when the index or the row actions changed since the last render. */
  isStale(): boolean {
    return this.renderedRevision !== this.host.index.revision || this.renderedActions !== this.rowActions();
  }

  /**
   * Renders now if the view is visible and stale; otherwise does nothing. Only the rows of the
   * notes that changed since the last render are drawn again, when the view knows which.
   */
  refresh(): void {
    this.refresher.refresh();
  }

  /** Renders every group and row again, unconditionally (first open, or when asked to). */
  render(): void {
    this.refresher.cancel();
    this.draw(null);
  }

  /** The host's row actions (none when no provider is set). */
  private rowActions(): RowActionProvider | null {
    return this.host.rowActions ?? null;
  }

  /** A stale view on screen: row by row when the view knows what changed, else everything. */
  private drawStale(): void {
    const changed = this.changedSince;
    const rowByRow = changed !== null && this.renderer !== null && this.seenRevision === this.host.index.revision && this.renderedActions === this.rowActions();
    this.draw(rowByRow ? changed : null);
  }

  /** Renders with the renderer: row by row for `changed`, or everything when it is null. */
  private draw(changed: ReadonlySet<string> | null): void {
    const { index } = this.host;
    // today() first: it may bring the statuses up to a new day (a new revision).
    const today = index.today();
    this.renderedRevision = index.revision;
    this.seenRevision = index.revision;
    this.renderedActions = this.rowActions();
    this.changedSince = new Set();
    this.renderCount++;
    if (!index.ready) {
      // The first build is still running: say so (its end fires an event that draws the agenda).
      this.contentEl.empty();
      renderReading(this.contentEl.createDiv({ cls: "ifu-sidebar" }));
      this.lastRender = { full: true, rowsCreated: 0, rowsRemoved: 0 };
      return;
    }
    if (!this.renderer) this.renderer = new AgendaRenderer(this.contentEl);
    const groups = index.agenda();
    const opts = this.renderOptions(today);
    this.lastRender = changed === null ? this.renderer.render(groups, opts) : this.renderer.update(groups, changed, opts);
  }

  private renderOptions(today: Day): AgendaRenderOptions {
    const { host } = this;
    return {
      today,
      days: host.index.dayFormat,
      onOpen: (path, newTab) => {
        const file = this.app.vault.getAbstractFileByPath(path);
        if (file instanceof TFile) void openNote(this.app, file, newTab);
      },
      rowActions: this.rowActions() ?? undefined,
      setIcon,
      setTooltip,
      expanded: this.expanded,
      collapsed: this.collapsed,
      example: exampleFrontmatter(host.settings.keys, host.settings.detection),
      detection: host.settings.detection,
      onNewNote: () => {
        openNewInterview(host);
      },
    };
  }

  /**
   * Adds an index event's paths to those to draw again (null wins: everything); false for an
   * event the view has already rendered. A gap in the revisions (an event it did not see) means
   * it cannot know what changed, so the next render draws everything.
   */
  private onIndexUpdate(update: IndexUpdate): boolean {
    if (update.revision <= this.renderedRevision) return false;
    if (this.changedSince !== null) {
      if (update.changed === null || update.revision !== this.seenRevision + 1) this.changedSince = null;
      else for (const path of update.changed) this.changedSince.add(path);
    }
    this.seenRevision = Math.max(this.seenRevision, update.revision);
    return true;
  }
}

/**
 * Registers the sidebar view and its ribbon icon (its command is in commands/index.ts). The view
 * is opened on demand (`host.activateSidebar()`); nothing is created at startup.
 */
export function registerSidebar(host: FollowUpHost): void {
  host.registerView(SIDEBAR_VIEW_TYPE, (leaf) => new FollowUpView(leaf, host));
  host.addRibbonIcon("mail-check", "Open follow-up sidebar", () => {
    void host.activateSidebar();
  });
}
