/**
 * The "Follow-ups" Bases view (Obsidian 1.10+): a base's notes with what is due for each, in
 * the sidebar's colours, most urgent first within each of the base's groups.
 *
 * - Feature-detected: registered only on Obsidian 1.10+ (`requireApiVersion("1.10.0")`, the
 *   guard Obsidian's lint rule knows) where `BasesView` and `Plugin.registerBasesView` are
 *   really there. The class that extends `BasesView` is defined inside a function, behind the
 *   same guard, that runs only then: on an older app `extends undefined` never runs.
 * - Statuses come from the plugin's index by file path, not from the base's columns: the base
 *   decides which notes, the index what is due. A note the index does not hold (not an
 *   interview note by the detection settings) is shown as such.
 * - Keeps up like the sidebar, through a `Refresher`: new results from Bases (`onDataUpdated`)
 *   and an index update naming a note of the base, or everything (a new day, new settings, the
 *   first build), make it stale; Bases and the index both react to the same metadata change,
 *   in an order nobody promises, so both join one draw `BASES_REFRESH_MS` later. It draws only
 *   while on screen, and catches up when shown again. The very first results draw at once.
 */
import { BasesView, Keymap, requireApiVersion, setTooltip, type HoverParent, type HoverPopover, type QueryController } from "obsidian";
import type { FollowUpHost, IndexUpdate } from "../host";
import { renderBasesFollowUps, type BasesRowGroup, type BasesRenderStats } from "../render/bases";
import { isOnScreen, Refresher } from "./refresh";

/** How long new results and index updates are gathered before the view draws once. */
export const BASES_REFRESH_MS = 100;

/** The view type id: what a `.base` file names in `views: - type:`. */
export const BASES_VIEW_TYPE = "interview-followups";

/** The view's name in the base's layout menu (and the view the "Create interviews base" file adds). */
export const BASES_VIEW_NAME = "Follow-ups";

/** Shown for a grouped base's entries that have no value for the grouping property. */
export const NO_VALUE_GROUP = "No value";

/** True when the app has the Bases API (Obsidian 1.10 or later). */
export function hasBasesApi(host: FollowUpHost): boolean {
  const api = { view: BasesView as unknown, register: (host as { registerBasesView?: unknown }).registerBasesView };
  return requireApiVersion("1.10.0") && typeof api.view === "function" && typeof api.register === "function";
}

/** What the registration's factory builds. */
export interface FollowUpBasesView extends BasesView, HoverParent {
  /** Draws the view again from `this.data` and the index. */
  render(): void;
  /** What the last render drew (null before the first): for tests. */
  readonly lastRender: BasesRenderStats | null;
  /** How many times the view drew: for tests. */
  readonly renderCount: number;
}

type FollowUpBasesViewClass = new (controller: QueryController, scrollEl: HTMLElement, host: FollowUpHost) => FollowUpBasesView;

/**
 * Defines the view class, on an app with Bases only (null elsewhere). The class is written
 * inside the guard so that nothing of it is evaluated where `BasesView` is missing. Called once,
 * when the view is registered.
 */
function followUpBasesViewClass(host: FollowUpHost): FollowUpBasesViewClass | null {
  if (requireApiVersion("1.10.0") && hasBasesApi(host)) {
    class View extends BasesView implements FollowUpBasesView {
      readonly type = BASES_VIEW_TYPE;
      hoverPopover: HoverPopover | null = null;
      lastRender: BasesRenderStats | null = null;
      renderCount = 0;
      private readonly el: HTMLElement;
      /** Paths of the entries last drawn, to tell whether an index update concerns this base. */
      private paths = new Set<string>();
      /** New results or an index update concerning the base since the last draw. */
      private stale = true;
      private readonly refresher = new Refresher({ isVisible: () => isOnScreen(this.el), isStale: () => this.stale, draw: () => this.render() }, BASES_REFRESH_MS);

      constructor(
        controller: QueryController,
        scrollEl: HTMLElement,
        private readonly host: FollowUpHost,
      ) {
        super(controller);
        this.el = scrollEl.createDiv({ cls: "ifu-bases-view" });
      }

      onload(): void {
        this.refresher.keepUp(this, this.app.workspace, this.el, (update) => this.concerns(update));
      }

      onunload(): void {
        this.el.remove();
      }

      onDataUpdated(): void {
        this.stale = true;
        if (this.lastRender === null) this.refresher.refresh();
        else this.refresher.schedule();
      }

      render(): void {
        // `data` is replaced with every new result; read it now, keep nothing of it.
        const result = this.data as typeof this.data | undefined;
        if (!result) return;
        const { index } = this.host;
        // today() first: it may bring the statuses up to a new day, and the event that announces
        // it (which marks this view stale) is answered by this very draw.
        const today = index.today();
        this.refresher.cancel();
        this.stale = false;
        this.renderCount++;
        const groups = result.groupedData;
        const grouped = groups.length > 1 || groups.some((g) => g.hasKey());
        const toRows = (entries: typeof result.data): BasesRowGroup["rows"] =>
          entries.map((entry) => ({ path: entry.file.path, status: index.get(entry.file.path) ?? null }));
        const rowGroups: BasesRowGroup[] = grouped
          ? groups.map((g) => ({ title: g.hasKey() && g.key ? g.key.toString() : NO_VALUE_GROUP, rows: toRows(g.entries) }))
          : [{ title: null, rows: toRows(result.data) }];
        this.paths = new Set(rowGroups.flatMap((g) => g.rows.map((r) => r.path)));
        this.lastRender = renderBasesFollowUps(this.el, rowGroups, {
          today,
          days: index.dayFormat,
          ready: index.ready,
          setTooltip,
          onOpen: (path, evt) => this.open(path, evt),
          onHover: (path, evt, targetEl) => {
            this.app.workspace.trigger("hover-link", { event: evt, source: "bases", hoverParent: this, targetEl, linktext: path });
          },
        });
      }

      private open(path: string, evt: MouseEvent | KeyboardEvent): void {
        const middle = evt instanceof MouseEvent && evt.button === 1;
        void this.app.workspace.openLinkText(path, "", middle ? "tab" : Keymap.isModEvent(evt));
      }

      /** Does an index update concern this base? Then it is stale. */
      private concerns(update: IndexUpdate): boolean {
        if (update.changed === null || update.changed.some((p) => this.paths.has(p))) this.stale = true;
        return this.stale;
      }
    }
    return View;
  }
  return null;
}

/**
 * Registers the "Follow-ups" Bases view. Returns false, doing nothing, where the app has no
 * Bases (before 1.10) or Bases is turned off in this vault.
 */
export function registerFollowUpBasesView(host: FollowUpHost): boolean {
  const View = followUpBasesViewClass(host);
  if (requireApiVersion("1.10.0") && View) {
    return host.registerBasesView(BASES_VIEW_TYPE, {
      name: BASES_VIEW_NAME,
      icon: "mail-check",
      factory: (controller, containerEl) => new View(controller, containerEl, host),
    });
  }
  return false;
}
