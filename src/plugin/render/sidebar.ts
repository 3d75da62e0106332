/**
 * The sidebar agenda: a line with today's date and what is due, then each non-empty group in
 * its fixed order as a <details> (Closed folded by default) with its rows, or the empty state.
 * `AgendaRenderer` draws it once and then keeps it up to date row by row.
 */
import { isActionable, type AgendaGroup, type GroupId } from "../../core/agenda";
import type { Day } from "../../core/types";
import { dueCountText, todayHeading } from "../../core/wording";
import { renderEmptyState, type EmptyStateOptions } from "./empty-state";
import { renderRow, type RowRenderOptions } from "./sidebar-row";

export interface AgendaRenderOptions extends RowRenderOptions, EmptyStateOptions {
  /** Groups the user folded. Kept by the caller across renders; updated on toggle. Default: closed. */
  collapsed?: Set<GroupId>;
}

/**
 * The sidebar's content: a line with today's date, then each non-empty group in its fixed order
 * as a <details> (Closed folded by default), or the empty state when there are no notes at all.
 * Builds everything from scratch; the sidebar view keeps an `AgendaRenderer` instead, which
 * draws the same DOM and then updates only the rows of the notes that changed.
 */
export function renderAgenda(el: HTMLElement, groups: readonly AgendaGroup[], opts: AgendaRenderOptions): void {
  new AgendaRenderer(el).render(groups, opts);
}

/** What one render or update did to the rows: for tests and the benchmark. */
export interface AgendaRenderStats {
  /** True when everything was built again (first render, `changed` unknown, new day, …). */
  full: boolean;
  /** Row elements created. */
  rowsCreated: number;
  /** Row elements taken out of the DOM (notes gone, or rows replaced by a new one). */
  rowsRemoved: number;
}

interface RenderedGroup {
  section: HTMLDetailsElement;
  count: HTMLElement;
  rows: HTMLElement;
}

interface RenderedRow {
  el: HTMLElement;
  group: GroupId;
}

function actionableText(groups: readonly AgendaGroup[]): string {
  return dueCountText(groups.flatMap((g) => g.items.filter(isActionable)));
}

/**
 * The sidebar agenda, drawn once and then kept up to date row by row. Rows are keyed by note
 * path: `update` re-creates only the rows of the paths it is told changed, moves them to their
 * sorted place (in their group, or into another one), removes the rows of notes that are gone,
 * updates the group counts and the "n due" line, and shows or hides groups as they fill or
 * empty. Every other row keeps its element (and its expanded details). The result is the same
 * DOM a full `render` of the same groups gives.
 *
 * It falls back to a full render when the caller does not know what changed (`changed` null),
 * when the day changed (every row's "in 2 days" would be stale), when the agenda goes from or to
 * empty, or when its elements are no longer in `el` (someone emptied it).
 */
export class AgendaRenderer {
  private root: HTMLElement | null = null;
  private today: Day | null = null;
  private showingEmpty = false;
  private todayCount: HTMLElement | null = null;
  private readonly groups = new Map<GroupId, RenderedGroup>();
  private readonly rows = new Map<string, RenderedRow>();

  constructor(private readonly el: HTMLElement) {}

  /** The row element of `path`, if it is on screen. */
  rowOf(path: string): HTMLElement | undefined {
    return this.rows.get(path)?.el;
  }

  /** Empties the element and draws every group and row. */
  render(groups: readonly AgendaGroup[], opts: AgendaRenderOptions): AgendaRenderStats {
    const removed = this.rows.size;
    this.el.empty();
    this.groups.clear();
    this.rows.clear();
    this.todayCount = null;
    this.today = opts.today;
    const root = this.el.createDiv({ cls: "ifu-sidebar" });
    this.root = root;
    const total = groups.reduce((n, g) => n + g.items.length, 0);
    this.showingEmpty = total === 0;
    if (total === 0) {
      renderEmptyState(root, opts);
      return { full: true, rowsCreated: 0, rowsRemoved: removed };
    }
    const head = root.createDiv({ cls: "ifu-today" });
    head.createSpan({ text: todayHeading(opts.today, opts.days) });
    this.todayCount = head.createSpan({ cls: "ifu-today-count", text: actionableText(groups) });
    for (const group of groups) {
      if (group.items.length === 0) continue;
      const g = this.createGroup(group, opts, null);
      for (const status of group.items) this.rows.set(status.path, { el: renderRow(g.rows, status, opts), group: group.id });
    }
    return { full: true, rowsCreated: this.rows.size, rowsRemoved: removed };
  }

  /**
   * Brings the DOM up to `groups`, re-creating only the rows of `changed` (null: unknown, so
   * everything). A path in `changed` may be new, gone, or changed in place.
   */
  update(groups: readonly AgendaGroup[], changed: ReadonlySet<string> | null, opts: AgendaRenderOptions): AgendaRenderStats {
    const root = this.root;
    const total = groups.reduce((n, g) => n + g.items.length, 0);
    if (changed === null || root === null || root.parentElement !== this.el || opts.today !== this.today || this.showingEmpty || total === 0) {
      return this.render(groups, opts);
    }

    // Where every note now belongs. Rows that appeared, vanished or changed group without being
    // named in `changed` are redone too, so a short list cannot leave a row in the wrong place.
    const next = new Map<string, GroupId>();
    const redo = new Set(changed);
    for (const group of groups) {
      for (const status of group.items) {
        next.set(status.path, group.id);
        if (this.rows.get(status.path)?.group !== group.id) redo.add(status.path);
      }
    }
    for (const path of this.rows.keys()) if (!next.has(path)) redo.add(path);

    // Take out the rows that go, and note which groups lose or gain rows.
    const touched = new Set<GroupId>();
    let removed = 0;
    for (const path of redo) {
      const old = this.rows.get(path);
      if (!old) continue;
      old.el.detach();
      this.rows.delete(path);
      touched.add(old.group);
      removed++;
    }
    for (const path of redo) {
      const group = next.get(path);
      if (group) touched.add(group);
    }

    // Groups: drop the ones left empty (or no longer given), add the ones that filled, in order.
    const given = new Set(groups.map((g) => g.id));
    for (const [id, g] of this.groups) {
      if (given.has(id)) continue;
      g.section.detach();
      this.groups.delete(id);
    }
    let before: RenderedGroup | null = null;
    for (let i = groups.length - 1; i >= 0; i--) {
      const group = groups[i];
      const have = this.groups.get(group.id);
      if (group.items.length === 0) {
        if (have) {
          have.section.detach();
          this.groups.delete(group.id);
        }
        continue;
      }
      const g: RenderedGroup = have ?? this.createGroup(group, opts, before);
      before = g;
    }

    // New rows, then each touched group's rows in sorted order. Rows that stayed keep their
    // relative order (the sort depends on the status alone), so only the new ones move.
    // A new row is built off screen and inserted once, in its place.
    let created = 0;
    let holder: DocumentFragment | null = null;
    for (const group of groups) {
      if (!touched.has(group.id) || group.items.length === 0) continue;
      const g = this.groups.get(group.id)!;
      let cursor = g.rows.firstElementChild;
      for (const status of group.items) {
        let row = this.rows.get(status.path);
        if (!row) {
          // The sidebar's own window (it may be a pop-out): Obsidian defines createFragment on each.
          holder ??= (this.el.win as typeof window).createFragment();
          row = { el: renderRow(holder, status, opts), group: group.id };
          this.rows.set(status.path, row);
          created++;
        }
        if (row.el === cursor) cursor = cursor.nextElementSibling;
        else g.rows.insertBefore(row.el, cursor);
      }
      g.count.setText(String(group.items.length));
    }
    this.todayCount?.setText(actionableText(groups));
    return { full: false, rowsCreated: created, rowsRemoved: removed };
  }

  /** A group's <details>, placed before `before`'s section (or last), with a fold listener. */
  private createGroup(group: AgendaGroup, opts: AgendaRenderOptions, before: RenderedGroup | null): RenderedGroup {
    const root = this.root!;
    const collapsed = opts.collapsed ?? new Set<GroupId>(["closed"]);
    const section = root.createEl("details", { cls: ["ifu-group", `ifu-group-${group.id}`], attr: { "data-group": group.id } });
    if (before) root.insertBefore(section, before.section);
    section.open = !collapsed.has(group.id);
    const summary = section.createEl("summary", { cls: "ifu-group-title" });
    summary.createSpan({ cls: "ifu-group-name", text: group.title });
    const count = summary.createSpan({ cls: "ifu-group-count", text: String(group.items.length) });
    const rows = section.createDiv({ cls: "ifu-rows" });
    section.addEventListener("toggle", () => {
      if (section.open) collapsed.delete(group.id);
      else collapsed.add(group.id);
    });
    const g = { section, count, rows };
    this.groups.set(group.id, g);
    return g;
  }
}
