/**
 * One row of the sidebar agenda: the note's title, what to do and when, its buttons (row
 * actions), and a disclosure with the reason, the window and any problems.
 */
import type { DayFormat } from "../../core/day-format";
import type { Day, FollowUpStatus, Problem } from "../../core/types";
import { headlineParts, noteLines, noteTitle, problemCountText, problemPieces, reasonWithRule, windowText } from "../../core/wording";
import { isNewTabClick, stateClass, tooltip, type UiHelpers } from "./common";

/** A button a row offers beside the note (insert next message, log, snooze…). */
export interface RowAction<Id extends string = string> {
  /** Stable id, for tests and for telling actions apart. */
  id: Id;
  /** Sentence-case label, shown as the tooltip and read by screen readers. */
  label: string;
  /** A Lucide icon id (Obsidian's `setIcon`); the label is shown instead when icons are unavailable. */
  icon: string;
  run: () => unknown;
}

/** Gives the actions for one row; called at every render. */
export type RowActionProvider = (status: FollowUpStatus) => RowAction[];

export interface RowRenderOptions extends UiHelpers {
  today: Day;
  /** How days are written: the locale of the index that worded the statuses (`index.dayFormat`). */
  days: DayFormat;
  /** Opens a note; `newTab` when Cmd/Ctrl or the middle button was used. */
  onOpen: (path: string, newTab: boolean) => void;
  rowActions?: RowActionProvider;
  /** Paths whose details are open. Kept by the caller across renders; updated on toggle. */
  expanded?: Set<string>;
}

function renderProblems(parent: HTMLElement, problems: readonly Problem[]): void {
  const list = parent.createEl("ul", { cls: "ifu-problems" });
  for (const p of problems) {
    const item = list.createEl("li", { cls: "ifu-problem" });
    for (const piece of problemPieces(p)) {
      if (piece.part) item.createSpan({ cls: `ifu-problem-${piece.part}`, text: piece.text });
      else item.appendText(piece.text);
    }
  }
}

function renderDetails(parent: HTMLElement, status: FollowUpStatus, opts: RowRenderOptions): void {
  const { today, days } = opts;
  const details = parent.createDiv({ cls: "ifu-row-details" });
  const reason = details.createDiv({ cls: "ifu-reason" });
  reason.createSpan({ text: status.reason });
  reason.appendText(" ");
  tooltip(reason.createSpan({ cls: "ifu-rule", text: status.rule }), "Rule id in the follow-up rules", opts);
  const window = windowText(status, today, days);
  if (window !== "") details.createDiv({ cls: "ifu-window", text: window });
  for (const line of noteLines(status)) {
    details.createDiv({ cls: line.kind === "alternatives" ? "ifu-alternatives" : "ifu-thanks-pending", text: line.text });
  }
  // An invalid note lists its problems in the row itself already.
  if (status.problems.length > 0 && status.state !== "invalid") renderProblems(details, status.problems);
}

function renderRowActions(parent: HTMLElement, status: FollowUpStatus, opts: RowRenderOptions): void {
  const actions = opts.rowActions ? opts.rowActions(status) : [];
  if (actions.length === 0) return;
  const box = parent.createDiv({ cls: "ifu-row-actions" });
  for (const action of actions) {
    const button = box.createEl("button", { cls: ["ifu-row-action", "clickable-icon"], attr: { type: "button" } });
    tooltip(button, action.label, opts);
    if (opts.setIcon) opts.setIcon(button, action.icon);
    else button.setText(action.label);
    button.addEventListener("click", (evt) => {
      evt.stopPropagation();
      evt.preventDefault();
      const result = action.run();
      if (result instanceof Promise) result.catch((err: unknown) => console.error("Interview follow-up: row action failed", err));
    });
  }
}

/** One row of the sidebar: title, what to do, when, and a disclosure with the reason and problems. */
export function renderRow(parent: HTMLElement | DocumentFragment, status: FollowUpStatus, opts: RowRenderOptions): HTMLElement {
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
  tooltip(body, reasonWithRule(status), opts);
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
  if (expanded) renderDetails(row, status, opts);

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
      renderDetails(row, status, opts);
    } else {
      opts.expanded?.delete(status.path);
      row.querySelector(".ifu-row-details")?.detach();
    }
  });
  return row;
}
