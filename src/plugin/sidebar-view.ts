/**
 * The follow-up sidebar: the agenda of every interview note, most urgent first.
 *
 * - Deferred-view safe: the constructor only stores its arguments; work starts in `onOpen`.
 * - Re-renders when the index's revision (or the row-action provider) changed since the last
 *   render, and only while the view is on screen; a view that was hidden when the index changed
 *   renders as soon as it is shown again (layout change, active leaf change or resize).
 * - Index updates are coalesced: a burst of changes costs one render.
 * - Nothing keeps a reference to the view: the plugin reaches it, when it must, through
 *   `workspace.getLeavesOfType(SIDEBAR_VIEW_TYPE)`.
 */
import { ItemView, setIcon, type WorkspaceLeaf } from "obsidian";
import type { GroupId } from "../core/agenda";
import { INDEX_EVENT, SIDEBAR_VIEW_TYPE, type FollowUpHost } from "./host";
import { exampleFrontmatter, renderAgenda, type RowActionProvider } from "./render";

/** How long index updates are gathered before the sidebar renders once. */
export const SIDEBAR_REFRESH_MS = 100;

/** The id of the command that creates an interview note (owned by the commands module). */
export const NEW_NOTE_COMMAND_ID = "interview-followup:new-interview-note";

let rowActionProvider: RowActionProvider | null = null;
let rowActionVersion = 0;

/**
 * Sets what each sidebar row offers as buttons (insert next message, open in email app, log,
 * snooze…). The provider is called for every row at every render with the row's status and
 * returns `{label, icon, run}` items; `null` removes the buttons. Open sidebars pick the change
 * up at their next render. Call it from a `register…(host)` function, and clear it on unload:
 * `setRowActionProvider(fn); host.register(() => setRowActionProvider(null));`.
 */
export function setRowActionProvider(provider: RowActionProvider | null): void {
  rowActionProvider = provider;
  rowActionVersion++;
}

/** The provider currently set (for tests and for the plugin's own checks). */
export function getRowActionProvider(): RowActionProvider | null {
  return rowActionProvider;
}

interface CommandRegistry {
  commands?: Record<string, unknown>;
  executeCommandById?: (id: string) => boolean;
}

/** The app's command registry, which Obsidian does not declare in its public types. */
function commandsOf(app: unknown): CommandRegistry | null {
  const registry = (app as { commands?: unknown }).commands;
  return typeof registry === "object" && registry !== null ? registry : null;
}

export class FollowUpView extends ItemView {
  /** The revision and row-action version last rendered, or null before the first render. */
  private renderedKey: string | null = null;
  private readonly expanded = new Set<string>();
  private readonly collapsed = new Set<GroupId>(["closed"]);
  private pending: number | null = null;
  /** How many times the view rendered: for tests and the benchmark. */
  renderCount = 0;

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
    const ws = this.app.workspace;
    this.registerEvent(ws.on(INDEX_EVENT, () => this.schedule()));
    this.registerEvent(ws.on("layout-change", () => this.refresh()));
    this.registerEvent(ws.on("active-leaf-change", () => this.refresh()));
    this.register(() => this.cancelPending());
    this.render();
    await Promise.resolve();
  }

  async onClose(): Promise<void> {
    this.cancelPending();
    this.contentEl.empty();
    await Promise.resolve();
  }

  onResize(): void {
    this.refresh();
  }

  /** Shown on screen: attached, not in a hidden tab, not in a collapsed sidebar. */
  isVisible(): boolean {
    const ws = this.app.workspace;
    // A leaf in a collapsed sidebar keeps its elements but is not seen. (`getRoot` is checked
    // because a leaf that is being torn down, or a test double, may not offer it.)
    const leaf = this.leaf as Partial<Pick<WorkspaceLeaf, "getRoot">>;
    const root = typeof leaf.getRoot === "function" ? leaf.getRoot() : null;
    const split = root === null ? null : root === ws.rightSplit ? ws.rightSplit : root === ws.leftSplit ? ws.leftSplit : null;
    if (split?.collapsed) return false;
    return this.containerEl.isShown();
  }

  /** True when the index or the row actions changed since the last render. */
  isStale(): boolean {
    return this.renderedKey !== this.currentKey();
  }

  /** Renders now if the view is visible and stale; otherwise does nothing. */
  refresh(): void {
    if (this.isStale() && this.isVisible()) this.render();
  }

  /** Renders unconditionally (first open, or when asked to). */
  render(): void {
    this.cancelPending();
    this.renderedKey = this.currentKey();
    this.renderCount++;
    const { host } = this;
    const registry = commandsOf(this.app);
    const canCreate = registry?.commands?.[NEW_NOTE_COMMAND_ID] !== undefined && typeof registry.executeCommandById === "function";
    renderAgenda(this.contentEl, host.index.agenda(), {
      today: host.index.today(),
      onOpen: (path, newTab) => void this.app.workspace.openLinkText(path, "", newTab),
      rowActions: rowActionProvider ?? undefined,
      setIcon,
      expanded: this.expanded,
      collapsed: this.collapsed,
      example: exampleFrontmatter(host.settings.keys, host.settings.detection.type),
      onNewNote: canCreate ? () => void registry.executeCommandById?.(NEW_NOTE_COMMAND_ID) : undefined,
    });
  }

  private currentKey(): string {
    return `${this.host.index.revision}:${rowActionVersion}`;
  }

  /** Gathers a burst of index updates into one refresh. */
  private schedule(): void {
    if (this.pending !== null) return;
    this.pending = window.setTimeout(() => {
      this.pending = null;
      this.refresh();
    }, SIDEBAR_REFRESH_MS);
  }

  private cancelPending(): void {
    if (this.pending === null) return;
    window.clearTimeout(this.pending);
    this.pending = null;
  }
}

/**
 * Registers the sidebar view, its ribbon icon and the "Open follow-up sidebar" command.
 * The view is opened on demand (`host.activateSidebar()`); nothing is created at startup.
 */
export function registerSidebar(host: FollowUpHost): void {
  host.registerView(SIDEBAR_VIEW_TYPE, (leaf) => new FollowUpView(leaf, host));
  host.addRibbonIcon("mail-check", "Open follow-up sidebar", () => {
    void host.activateSidebar();
  });
  host.addCommand({
    id: "open-sidebar",
    name: "Open follow-up sidebar",
    callback: () => {
      void host.activateSidebar();
    },
  });
}
