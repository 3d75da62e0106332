/**
 * The status bar item: what is due now ("1 thank-you and 2 follow-ups due"), hidden when
 * nothing is.
 */
import { isActionable } from "../../core/agenda";
import type { FollowUpStatus } from "../../core/types";
import { dueCountText } from "../../core/wording";

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
