/**
 * Pure render functions for everything the user sees: the sidebar agenda, the badge on a note,
 * the `followup` agenda block and the status bar text. Each takes an element, data and
 * callbacks, and builds DOM with Obsidian's createEl/createDiv/createSpan/setText only — never
 * innerHTML — so frontmatter values always land as text. Nothing here imports `obsidian`: the
 * same code runs in Obsidian, in happy-dom tests and in the Chromium page of the browser tests.
 *
 * Click listeners are attached to elements these functions create; they live and die with those
 * elements (a full render empties the container; a keyed update removes the rows it replaces),
 * so no listener outlives what it belongs to.
 */
import { GROUPS, groupOf, isActionable, type AgendaGroup, type GroupId } from "../core/agenda";
import type { DayFormat } from "../core/day-format";
import type { DetectionSettings, KeyMap } from "../core/settings";
import type { Day, FollowUpStatus, Problem } from "../core/types";
import {
  dueCountText,
  headline,
  headlineParts,
  noteLines,
  noteTitle,
  problemCountText,
  reasonWithRule,
  todayHeading,
  windowText,
} from "../core/wording";

/** A button a row offers beside the note (insert next message, log, snooze…). */
export interface RowAction {
  /** Sentence-case label, shown as the tooltip and read by screen readers. */
  label: string;
  /** A Lucide icon id (Obsidian's `setIcon`); the label is shown instead when icons are unavailable. */
  icon: string;
  run: (evt: MouseEvent) => unknown;
}

/** Gives the actions for one row; called at every render. */
export type RowActionProvider = (status: FollowUpStatus) => RowAction[];

/** Draws an icon into an element (Obsidian's `setIcon`). */
export type IconSetter = (el: HTMLElement, icon: string) => void;

/** Gives an element its hover text (Obsidian's `setTooltip`). */
export type TooltipSetter = (el: HTMLElement, text: string) => void;

/** Without Obsidian (tests, the browser page): the label alone, which is what `setTooltip` sets. */
const ariaLabelOnly: TooltipSetter = (el, text) => {
  el.setAttr("aria-label", text);
};
let tooltipSetter: TooltipSetter = ariaLabelOnly;

/**
 * Uses Obsidian's `setTooltip` for every hover text these functions draw (the plugin sets it on
 * load, and `null` on unload). Each element gets ONE hover mechanism — never a `title` beside an
 * `aria-label`, which would show two tooltips at once.
 */
export function setTooltipSetter(setter: TooltipSetter | null): void {
  tooltipSetter = setter ?? ariaLabelOnly;
}

function tooltip(el: HTMLElement, text: string): void {
  tooltipSetter(el, text);
}

export interface AgendaRenderOptions {
  today: Day;
  /** How days are written: the locale of the index that worded the statuses (`index.dayFormat`). */
  days: DayFormat;
  /** Opens a note; `newTab` when Cmd/Ctrl or the middle button was used. */
  onOpen: (path: string, newTab: boolean) => void;
  rowActions?: RowActionProvider;
  setIcon?: IconSetter;
  /** Paths whose details are open. Kept by the caller across renders; updated on toggle. */
  expanded?: Set<string>;
  /** Groups the user folded. Kept by the caller across renders; updated on toggle. Default: closed. */
  collapsed?: Set<GroupId>;
  /** What the empty state offers; omitted → no button. */
  onNewNote?: () => void;
  /** The frontmatter example of the empty state (see `exampleFrontmatter`). */
  example?: string;
  /** The detection settings the empty state describes (see `detectionHint`); omitted → the defaults. */
  detection?: DetectionSettings;
}

/** `ifu-state-overdue`, `ifu-state-due`, … — one colour per agenda group. */
export function stateClass(status: FollowUpStatus): string {
  return `ifu-state-${groupOf(status.state)}`;
}

/** The badge's text: the status's headline ("Email follow-up due by Wed, Dec 2"), as every surface shows it. */
export function badgeText(status: FollowUpStatus, today: Day, days: DayFormat): string {
  return headline(status, today, days);
}

/** Adds the badge for `status` to `parent` and returns it. */
export function renderBadge(parent: HTMLElement, status: FollowUpStatus, today: Day, days: DayFormat): HTMLElement {
  const text = badgeText(status, today, days);
  const badge = parent.createSpan({
    cls: ["ifu-badge", stateClass(status)],
    attr: { "data-state": status.state, "data-rule": status.rule },
  });
  tooltip(badge, reasonWithRule(status));
  badge.createSpan({ cls: "ifu-badge-dot", attr: { "aria-hidden": "true" } });
  badge.createSpan({ cls: "ifu-badge-text", text });
  return badge;
}

function isNewTabClick(evt: MouseEvent): boolean {
  return evt.ctrlKey || evt.metaKey || evt.button === 1;
}

function renderProblems(parent: HTMLElement, problems: readonly Problem[]): void {
  const list = parent.createEl("ul", { cls: "ifu-problems" });
  for (const p of problems) {
    const item = list.createEl("li", { cls: "ifu-problem" });
    item.createSpan({ cls: "ifu-problem-key", text: p.key });
    item.appendText(": ");
    item.createSpan({ cls: "ifu-problem-value", text: p.value });
    item.appendText(" — ");
    item.createSpan({ cls: "ifu-problem-message", text: p.message });
  }
}

function renderDetails(parent: HTMLElement, status: FollowUpStatus, today: Day, days: DayFormat): void {
  const details = parent.createDiv({ cls: "ifu-row-details" });
  const reason = details.createDiv({ cls: "ifu-reason" });
  reason.createSpan({ text: status.reason });
  reason.appendText(" ");
  tooltip(reason.createSpan({ cls: "ifu-rule", text: status.rule }), "Rule id in the follow-up rules");
  const window = windowText(status, today, days);
  if (window !== "") details.createDiv({ cls: "ifu-window", text: window });
  for (const line of noteLines(status)) {
    details.createDiv({ cls: line.kind === "alternatives" ? "ifu-alternatives" : "ifu-thanks-pending", text: line.text });
  }
  // An invalid note lists its problems in the row itself already.
  if (status.problems.length > 0 && status.state !== "invalid") renderProblems(details, status.problems);
}

function renderRowActions(parent: HTMLElement, status: FollowUpStatus, opts: AgendaRenderOptions): void {
  const actions = opts.rowActions ? opts.rowActions(status) : [];
  if (actions.length === 0) return;
  const box = parent.createDiv({ cls: "ifu-row-actions" });
  for (const action of actions) {
    const button = box.createEl("button", { cls: ["ifu-row-action", "clickable-icon"], attr: { type: "button" } });
    tooltip(button, action.label);
    if (opts.setIcon) opts.setIcon(button, action.icon);
    else button.setText(action.label);
    button.addEventListener("click", (evt) => {
      evt.stopPropagation();
      evt.preventDefault();
      const result = action.run(evt);
      if (result instanceof Promise) result.catch((err: unknown) => console.error("Interview follow-up: row action failed", err));
    });
  }
}

/** One row of the sidebar: title, what to do, when, and a disclosure with the reason and problems. */
export function renderRow(parent: HTMLElement | DocumentFragment, status: FollowUpStatus, opts: AgendaRenderOptions): HTMLElement {
  const expanded = opts.expanded?.has(status.path) ?? false;
  const row = parent.createDiv({
    cls: ["ifu-row", stateClass(status)],
    attr: { "data-path": status.path, "data-state": status.state },
  });
  row.toggleClass("is-expanded", expanded);
  const main = row.createDiv({ cls: "ifu-row-main" });
  const disclosure = main.createEl("button", {
    cls: ["ifu-disclosure", "clickable-icon"],
    attr: { "aria-expanded": String(expanded), "aria-label": expanded ? "Hide details" : "Show details", type: "button" },
  });
  if (opts.setIcon) opts.setIcon(disclosure, "chevron-right");
  else disclosure.setText("›");

  // The reason is the hover text of the part that opens the note, not of the whole row, so it
  // never stacks on the tooltips of the row's buttons.
  const body = main.createDiv({ cls: "ifu-row-body", attr: { role: "link", tabindex: "0" } });
  tooltip(body, reasonWithRule(status));
  body.createDiv({ cls: "ifu-row-title", text: noteTitle(status) });
  const meta = body.createDiv({ cls: "ifu-row-meta" });
  // The headline, its two parts styled apart: "Email follow-up" "due by Wed, Dec 2".
  const { what, when, sep } = headlineParts(status, opts.today, opts.days);
  meta.createSpan({ cls: "ifu-row-what", text: what });
  if (when !== "") {
    meta.appendText(sep);
    meta.createSpan({ cls: "ifu-row-when", text: when });
  }
  if (status.problems.length > 0 && status.state !== "invalid") {
    meta.createSpan({ cls: "ifu-sep", text: " · " });
    meta.createSpan({ cls: "ifu-problem-count", text: problemCountText(status.problems.length) });
  }
  // A note that cannot be read shows what is wrong without a click.
  if (status.state === "invalid" && status.problems.length > 0) renderProblems(body, status.problems);
  renderRowActions(main, status, opts);
  if (expanded) renderDetails(row, status, opts.today, opts.days);

  body.addEventListener("click", (evt) => opts.onOpen(status.path, isNewTabClick(evt)));
  body.addEventListener("auxclick", (evt) => {
    if (evt.button === 1) opts.onOpen(status.path, true);
  });
  body.addEventListener("keydown", (evt) => {
    if (evt.key === "Enter") opts.onOpen(status.path, evt.ctrlKey || evt.metaKey);
  });
  disclosure.addEventListener("click", (evt) => {
    evt.stopPropagation();
    const open = !row.hasClass("is-expanded");
    row.toggleClass("is-expanded", open);
    disclosure.setAttr("aria-expanded", String(open));
    disclosure.setAttr("aria-label", open ? "Hide details" : "Show details");
    if (open) {
      opts.expanded?.add(status.path);
      renderDetails(row, status, opts.today, opts.days);
    } else {
      opts.expanded?.delete(status.path);
      row.querySelector(".ifu-row-details")?.detach();
    }
  });
  return row;
}

const DEFAULT_DETECTION: DetectionSettings = { type: "interview", tag: "interview", folder: "Interviews" };

/** "a", "a or b", "a, b or c". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/**
 * How the plugin finds interview notes, in words, from the detection settings as they are now
 * (not the defaults): the type, the tag and the folder that are set, or that finding is off.
 */
export function detectionHint(detection: DetectionSettings): string {
  const type = detection.type.trim();
  const tag = detection.tag.trim().replace(/^#/, "");
  const folder = detection.folder.trim().replace(/^\/+|\/+$/g, "");
  const ways: string[] = [];
  if (type !== "") ways.push(`has the property type: ${type}`);
  if (tag !== "") ways.push(`has the tag #${tag}`);
  if (folder !== "") ways.push(`is in the folder ${folder} (or a folder inside it)`);
  if (ways.length === 0) {
    return "Finding interview notes is off: no type, tag or folder is set. Choose one under Settings → Interview Follow-up → Finding interview notes.";
  }
  return `A note is an interview note when it ${orList(ways)}. Keep one note per interview, with properties like these:`;
}

/**
 * A frontmatter example for the empty state, with the user's own key names and the first way
 * of finding notes that is set (`type`, else the tag; a folder needs nothing in the note), and
 * values written as the Properties view writes them (`2026-11-18T14:00`).
 */
export function exampleFrontmatter(keys?: Partial<KeyMap>, detection: Pick<DetectionSettings, "type" | "tag"> = DEFAULT_DETECTION): string {
  const k = (name: keyof KeyMap): string => keys?.[name] ?? name;
  const type = detection.type.trim();
  const tag = detection.tag.trim().replace(/^#/, "");
  const lines = ["---"];
  if (type !== "") lines.push(`type: ${type}`);
  else if (tag !== "") lines.push("tags:", `  - ${tag}`);
  lines.push(
    `${k("company")}: Acme`,
    `${k("role")}: Product designer`,
    `${k("interviewer")}: Dana Reyes`,
    `${k("interviewer_email")}: dana@acme.example`,
    `${k("interview_date")}: 2026-11-18T14:00`,
    `${k("decision_timeline")}: 2 weeks`,
    "---",
  );
  return lines.join("\n");
}

/** What an empty vault shows: how notes are found, the note format and, when available, a button to create a note. */
export function renderEmptyState(el: HTMLElement, opts: Pick<AgendaRenderOptions, "onNewNote" | "example" | "detection">): HTMLElement {
  const box = el.createDiv({ cls: "ifu-empty" });
  box.createDiv({ cls: "ifu-empty-title", text: "No interview notes yet" });
  box.createDiv({ cls: ["ifu-empty-text", "ifu-empty-detection"], text: detectionHint(opts.detection ?? DEFAULT_DETECTION) });
  box.createEl("pre", { cls: "ifu-example" }).createEl("code", { text: opts.example ?? exampleFrontmatter(undefined, opts.detection) });
  box.createDiv({
    cls: "ifu-empty-text",
    text: "Follow-ups appear here as they fall due: thank-you first, then follow-ups by email or phone.",
  });
  const onNewNote = opts.onNewNote;
  if (onNewNote) {
    const button = box.createEl("button", { cls: ["ifu-new-note", "mod-cta"], text: "New interview note", attr: { type: "button" } });
    button.addEventListener("click", () => onNewNote());
  }
  return box;
}

/** What the sidebar and the `followup` blocks show while the first look at the vault runs. */
export function renderReading(el: HTMLElement): HTMLElement {
  return el.createDiv({ cls: "ifu-reading", text: "Reading your vault…", attr: { role: "status" } });
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

// ---------------------------------------------------------------------------------------------
// The `followup` code block

export interface AgendaOptions {
  /** Groups to show, in the agenda's order; null → every group but Closed. */
  show: GroupId[] | null;
  folder: string | null;
  limit: number | null;
  /** One message per line that could not be read, naming the line. */
  errors: string[];
}

export const DEFAULT_BLOCK_GROUPS: readonly GroupId[] = ["overdue", "due", "waiting", "upcoming", "move-on", "attention"];

function normalizeGroupName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_]+/g, "-");
}

const GROUP_NAMES: ReadonlyMap<string, GroupId> = new Map<string, GroupId>([
  ...GROUPS.map((g) => [g.id, g.id] as const),
  ...GROUPS.map((g) => [normalizeGroupName(g.title), g.id] as const),
]);

/**
 * Reads the block's options, one `key: value` per line: `show: overdue, due`, `folder:
 * Interviews/2026`, `limit: 10`. Blank lines and lines starting with `#` are skipped. Never
 * throws: a line it cannot read becomes an error naming the line, and the rest still applies.
 */
export function parseAgendaOptions(source: string): AgendaOptions {
  const out: AgendaOptions = { show: null, folder: null, limit: null, errors: [] };
  source.split(/\r?\n/).forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const colon = line.indexOf(":");
    if (colon < 0) {
      out.errors.push(`Line ${n} is not an option: ${line} (write it as key: value)`);
      return;
    }
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    switch (key) {
      case "show": {
        const ids: GroupId[] = [];
        for (const name of value.split(",")) {
          if (name.trim() === "") continue;
          const id = GROUP_NAMES.get(normalizeGroupName(name));
          if (id) {
            if (!ids.includes(id)) ids.push(id);
          } else {
            out.errors.push(`Unknown group on line ${n}: ${name.trim()} (use ${GROUPS.map((g) => g.id).join(", ")})`);
          }
        }
        if (ids.length === 0 && value === "") out.errors.push(`Empty show on line ${n} (use ${GROUPS.map((g) => g.id).join(", ")})`);
        if (ids.length > 0) out.show = GROUPS.map((g) => g.id).filter((id) => ids.includes(id));
        return;
      }
      case "folder":
        out.folder = value.replace(/^\/+|\/+$/g, "") || null;
        return;
      case "limit": {
        if (!/^\d+$/.test(value) || Number(value) < 1) {
          out.errors.push(`Bad limit on line ${n}: ${value === "" ? "(empty)" : value} (use a whole number, 1 or more)`);
          return;
        }
        out.limit = Number(value);
        return;
      }
      default:
        out.errors.push(`Unknown option on line ${n}: ${line.slice(0, colon).trim()} (use show, folder or limit)`);
    }
  });
  return out;
}

/** One line of the agenda block: a link to the note, then what to do and when. */
function renderBlockItem(list: HTMLElement, status: FollowUpStatus, today: Day, days: DayFormat, onOpen: AgendaRenderOptions["onOpen"]): void {
  const item = list.createEl("li", { cls: ["ifu-agenda-item", stateClass(status)], attr: { "data-state": status.state } });
  item.createSpan({ cls: "ifu-badge-dot", attr: { "aria-hidden": "true" } });
  const link = item.createEl("a", {
    cls: "internal-link",
    text: noteTitle(status),
    href: status.path,
    attr: { "data-href": status.path, target: "_blank", rel: "noopener" },
  });
  // No tooltip: hovering an internal link shows Obsidian's page preview (agenda-block.ts).
  link.addEventListener("click", (evt) => {
    // Handled here, so Obsidian's own link handling (where present) does not open it twice.
    evt.preventDefault();
    evt.stopPropagation();
    onOpen(status.path, isNewTabClick(evt));
  });
  item.createSpan({ cls: "ifu-agenda-detail", text: ` — ${headline(status, today, days)}` });
}

/** The `followup` block: errors first (if any), then the chosen groups, or "Nothing due.". */
export function renderAgendaBlock(
  el: HTMLElement,
  groups: readonly AgendaGroup[],
  options: AgendaOptions,
  opts: { today: Day; days: DayFormat; onOpen: AgendaRenderOptions["onOpen"] },
): void {
  el.empty();
  const root = el.createDiv({ cls: "ifu-agenda" });
  for (const error of options.errors) root.createDiv({ cls: "ifu-agenda-error", text: error });
  const show = options.show ?? DEFAULT_BLOCK_GROUPS;
  let left = options.limit ?? Number.POSITIVE_INFINITY;
  let shown = 0;
  for (const group of groups) {
    if (!show.includes(group.id) || group.items.length === 0 || left <= 0) continue;
    const items = group.items.slice(0, left);
    left -= items.length;
    shown += items.length;
    const section = root.createDiv({ cls: ["ifu-agenda-group", `ifu-group-${group.id}`], attr: { "data-group": group.id } });
    section.createDiv({ cls: "ifu-agenda-heading", text: group.title });
    const list = section.createEl("ul", { cls: "ifu-agenda-list" });
    for (const status of items) renderBlockItem(list, status, opts.today, opts.days, opts.onOpen);
  }
  if (shown === 0) {
    const onlyDue = show.every((id) => id === "overdue" || id === "due");
    root.createDiv({ cls: "ifu-agenda-empty", text: onlyDue ? "Nothing due." : "Nothing to show." });
  }
}

// ---------------------------------------------------------------------------------------------
// Status bar

/** What is due now ("1 thank-you and 2 follow-ups due"); empty when nothing is. */
export function statusBarText(due: readonly FollowUpStatus[]): string {
  return due.length === 0 ? "" : dueCountText(due);
}

/** Overdue and due statuses: what the status bar counts. */
export function actionableStatuses(statuses: readonly FollowUpStatus[]): FollowUpStatus[] {
  return statuses.filter(isActionable);
}

/** Fills the status bar item with what is due, hidden (`ifu-hidden`) when nothing is. */
export function renderStatusBar(el: HTMLElement, statuses: readonly FollowUpStatus[]): void {
  const text = statusBarText(actionableStatuses(statuses));
  el.setText(text);
  el.toggleClass("ifu-hidden", text === "");
  el.setAttr("aria-label", text === "" ? null : `${text}: open the follow-up sidebar`);
}
