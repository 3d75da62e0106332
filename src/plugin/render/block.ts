/**
 * The `followup` code block: errors first (if any), then the chosen groups as lists of links,
 * each with what to do and when, or "Nothing due.".
 */
import type { AgendaGroup } from "../../core/agenda";
import { DEFAULT_BLOCK_GROUPS, type BlockOptions } from "../../core/block-options";
import type { DayFormat } from "../../core/day-format";
import type { Day, FollowUpStatus } from "../../core/types";
import { headline, noteTitle } from "../../core/wording";
import { isNewTabClick, stateClass } from "./common";

/** Opens a note; `newTab` when Cmd/Ctrl or the middle button was used. */
type OpenNote = (path: string, newTab: boolean) => void;

/** One line of the agenda block: a link to the note, then what to do and when. */
function renderBlockItem(list: HTMLElement, status: FollowUpStatus, today: Day, days: DayFormat, onOpen: OpenNote): void {
  const item = list.createEl("li", { cls: ["ifu-agenda-item", stateClass(status)], attr: { "data-state": status.state } });
  item.createSpan({ cls: "ifu-badge-dot", attr: { "aria-hidden": "true" } });
  const link = item.createEl("a", {
    cls: "internal-link",
    text: noteTitle(status),
    href: status.path,
    attr: { "data-href": status.path, target: "_blank", rel: "noopener" },
  });
  // No tooltip: hovering an internal link shows Obsidian's page preview (views/agenda-block.ts).
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
  options: BlockOptions,
  opts: { today: Day; days: DayFormat; onOpen: OpenNote },
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
