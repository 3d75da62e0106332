/**
 * What the "Follow-ups" Bases view draws, as a render function (element + data in), like the
 * other surfaces in this folder: the base's notes in a table — note, state, next step (with its channel), when —
 * in the sidebar's state colours, most urgent first within each of the base's groups. Built
 * with createEl/createDiv/setText only, so frontmatter values and file names land as text.
 * Nothing here imports `obsidian`: the same code runs in the view, in happy-dom tests and in
 * the Chromium page of the browser test.
 */
import { compareStatuses, groupOf, type GroupId } from "../../core/agenda";
import type { DayFormat } from "../../core/day-format";
import type { Day, FollowUpStatus } from "../../core/types";
import { fileName, GROUP_TITLES, headlineParts, noteTitle, reasonWithRule } from "../../core/wording";
import { renderReading, stateClass, tooltip, type UiHelpers } from "./common";

/** One entry of the base: its file path and, for an interview note, its status from the index. */
export interface BasesRow {
  path: string;
  status: FollowUpStatus | null;
}

/** A group of the base (its `groupBy`), or the whole base when it is not grouped (`title` null). */
export interface BasesRowGroup {
  title: string | null;
  rows: BasesRow[];
}

export interface BasesRenderOptions extends UiHelpers {
  today: Day;
  /** How days are written (`index.dayFormat`). */
  days: DayFormat;
  /** False while the index is still reading the vault: statuses are not known yet. */
  ready: boolean;
  /** Opens a note; the event says whether a modifier or the middle button asked for a new tab. */
  onOpen: (path: string, evt: MouseEvent | KeyboardEvent) => void;
  /** Hovering a note's name (Obsidian's page preview). */
  onHover?: (path: string, evt: MouseEvent, targetEl: HTMLElement) => void;
}

/** What one render drew: for tests. */
export interface BasesRenderStats {
  interviewRows: number;
  otherRows: number;
  /** Entries that are not interview notes, counted but not drawn (past `OTHER_ROWS_SHOWN`). */
  hiddenOthers: number;
}

/**
 * Entries that are not interview notes drawn per group. A base without a filter holds every
 * file of the vault; past this many, the rest are counted in one line instead of a row each.
 */
export const OTHER_ROWS_SHOWN = 50;

export const COLUMN_TITLES = ["Note", "State", "Next step", "When"] as const;

/** One note's state, in the words of the sidebar's group titles, for one note ("Upcoming", not "Upcoming interviews"). */
const STATE_LABELS: Readonly<Record<GroupId, string>> = { ...GROUP_TITLES, upcoming: "Upcoming" };

/** The state of one note: "Overdue", "Due", "Waiting", "Upcoming", "Move on", "Needs attention", "Closed". */
export function stateLabel(status: FollowUpStatus): string {
  return STATE_LABELS[groupOf(status.state)];
}

/**
 * The "Next step" and "When" cells: the headline every surface shows, in two parts, except where
 * its first part only names the state the State column already shows (Move on, Closed): there
 * the next step itself (R9: an inside contact or a reference; R1: a kind reply to a rejection).
 */
export function nextStep(status: FollowUpStatus, today: Day, days: DayFormat): { what: string; when: string } {
  const { what, when } = headlineParts(status, today, days);
  if (status.state === "no-response") return { what: "Try an inside contact or a reference", when };
  if (status.state === "closed") return { what: status.template === "rejection-reply" ? "A kind reply, if not sent yet" : "Nothing to send", when };
  return { what: what === stateLabel(status) ? "" : what, when };
}

/** Interview notes most urgent first (the sidebar's order), then the other notes in the base's order. */
export function sortRows(rows: readonly BasesRow[]): BasesRow[] {
  const interviews = rows.filter((r): r is BasesRow & { status: FollowUpStatus } => r.status !== null);
  interviews.sort((a, b) => compareStatuses(a.status, b.status));
  return [...interviews, ...rows.filter((r) => r.status === null)];
}

function noteLink(cell: HTMLElement, path: string, text: string, opts: BasesRenderOptions): void {
  const link = cell.createSpan({ cls: "ifu-bases-link", text, attr: { role: "link", tabindex: "0", "data-href": path } });
  link.addEventListener("click", (evt) => {
    evt.preventDefault();
    opts.onOpen(path, evt);
  });
  link.addEventListener("auxclick", (evt) => {
    if (evt.button !== 1) return;
    evt.preventDefault();
    opts.onOpen(path, evt);
  });
  link.addEventListener("keydown", (evt) => {
    if (evt.key !== "Enter") return;
    evt.preventDefault();
    opts.onOpen(path, evt);
  });
  const onHover = opts.onHover;
  if (onHover) link.addEventListener("mouseover", (evt) => onHover(path, evt, link));
}

function renderInterviewRow(body: HTMLElement, path: string, status: FollowUpStatus, opts: BasesRenderOptions): void {
  const row = body.createEl("tr", {
    cls: ["ifu-bases-row", stateClass(status)],
    attr: { "data-path": path, "data-state": status.state, "data-channel": status.channel ?? "" },
  });
  noteLink(row.createEl("td", { cls: "ifu-bases-note" }), path, noteTitle(status), opts);
  const state = row.createEl("td", { cls: "ifu-bases-state" });
  // Why, with the rule: the one hover text of the row (setTooltip; never a `title` beside it).
  tooltip(state, reasonWithRule(status), opts);
  state.createSpan({ cls: "ifu-badge-dot", attr: { "aria-hidden": "true" } });
  state.createSpan({ cls: "ifu-bases-state-name", text: stateLabel(status) });
  // The headline every surface shows, in two columns: "Phone follow-up 2" | "due by Wed, Dec 2".
  const { what, when } = nextStep(status, opts.today, opts.days);
  row.createEl("td", { cls: "ifu-bases-action", text: what });
  row.createEl("td", { cls: "ifu-bases-when", text: when });
}

function renderOtherRow(body: HTMLElement, path: string, opts: BasesRenderOptions): void {
  const row = body.createEl("tr", { cls: ["ifu-bases-row", "ifu-bases-other"], attr: { "data-path": path } });
  noteLink(row.createEl("td", { cls: "ifu-bases-note" }), path, fileName(path), opts);
  row.createEl("td", { cls: "ifu-bases-state", text: "Not an interview note", attr: { colspan: "3" } });
}

/**
 * Fills `el` with the table: one header row, then per group a heading row (when the base is
 * grouped) and its rows, interview notes most urgent first. Empties `el` first.
 */
export function renderBasesFollowUps(el: HTMLElement, groups: readonly BasesRowGroup[], opts: BasesRenderOptions): BasesRenderStats {
  el.empty();
  const stats: BasesRenderStats = { interviewRows: 0, otherRows: 0, hiddenOthers: 0 };
  const root = el.createDiv({ cls: "ifu-bases" });
  if (!opts.ready) {
    renderReading(root);
    return stats;
  }
  if (groups.every((g) => g.rows.length === 0)) {
    root.createDiv({ cls: "ifu-bases-message", text: "No notes match this base's filters." });
    return stats;
  }
  const table = root.createEl("table", { cls: "ifu-bases-table" });
  const head = table.createEl("thead").createEl("tr");
  for (const title of COLUMN_TITLES) head.createEl("th", { text: title, attr: { scope: "col" } });
  for (const group of groups) {
    if (group.rows.length === 0) continue;
    const body = table.createEl("tbody", { cls: "ifu-bases-group" });
    if (group.title !== null) {
      const heading = body.createEl("tr", { cls: "ifu-bases-group-row" }).createEl("th", { cls: "ifu-bases-group-title", attr: { colspan: "4", scope: "rowgroup" } });
      heading.createSpan({ cls: "ifu-bases-group-name", text: group.title });
      heading.createSpan({ cls: "ifu-group-count", text: String(group.rows.length) });
    }
    let others = 0;
    for (const row of sortRows(group.rows)) {
      if (row.status !== null) {
        renderInterviewRow(body, row.path, row.status, opts);
        stats.interviewRows++;
      } else if (others < OTHER_ROWS_SHOWN) {
        renderOtherRow(body, row.path, opts);
        others++;
        stats.otherRows++;
      } else {
        stats.hiddenOthers++;
      }
    }
    const hidden = group.rows.filter((r) => r.status === null).length - others;
    if (hidden > 0) {
      body.createEl("tr", { cls: "ifu-bases-more" }).createEl("td", {
        text: hidden === 1 ? "1 more note that is not an interview note" : `${hidden} more notes that are not interview notes`,
        attr: { colspan: "4" },
      });
    }
  }
  return stats;
}
