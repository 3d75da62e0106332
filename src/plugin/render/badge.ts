/**
 * The badge on an interview note (reading view, Live Preview): what is due, in the state's
 * colour, with the reason and rule id on hover.
 */
import type { DayFormat } from "../../core/day-format";
import type { Day, FollowUpStatus } from "../../core/types";
import { headline, reasonWithRule } from "../../core/wording";
import { stateClass, tooltip, type UiHelpers } from "./common";

/** The badge's text: the status's headline ("Email follow-up due by Wed, Dec 2"), as every surface shows it. */
export function badgeText(status: FollowUpStatus, today: Day, days: DayFormat): string {
  return headline(status, today, days);
}

/** Adds the badge for `status` to `parent` and returns it. */
export function renderBadge(parent: HTMLElement, status: FollowUpStatus, today: Day, days: DayFormat, ui?: UiHelpers): HTMLElement {
  const text = badgeText(status, today, days);
  const badge = parent.createSpan({
    cls: ["ifu-badge", stateClass(status)],
    attr: { "data-state": status.state, "data-rule": status.rule },
  });
  tooltip(badge, reasonWithRule(status), ui);
  badge.createSpan({ cls: "ifu-badge-dot", attr: { "aria-hidden": "true" } });
  badge.createSpan({ cls: "ifu-badge-text", text });
  return badge;
}
