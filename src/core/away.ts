/**
 * "While you were away": what fell due since the last day the plugin ran. Pure: the last-run
 * day and today are arguments, the statuses are today's.
 *
 * A status counts when it is actionable today (due or overdue, see `isActionable`) and, since
 * `lastRunDay`, at least one of these happened:
 * - **it came due**: its window opened after `lastRunDay` (`opens > lastRunDay`; for a thank-you
 *   `opens` is the interview day), so the plugin never showed it as due;
 * - **it became overdue**: it is overdue today and its last day was on or after `lastRunDay`
 *   (`dueBy >= lastRunDay`), so it was still on time the last time the plugin ran.
 * Something already due (and not since overdue) or already overdue on `lastRunDay` was shown
 * then and does not count again. No digest on the first run (`lastRunDay` null), on the same
 * day, or when the clock went back (`lastRunDay >= today`).
 */
import { groupOf, isActionable, sortStatuses } from "./agenda";
import type { Day, FollowUpStatus } from "./types";
import { countPhrase, noteTitle } from "./wording";

export type AwayReason = "came-due" | "became-overdue";

export interface AwayItem {
  status: FollowUpStatus;
  reason: AwayReason;
}

export interface AwayDigest {
  items: AwayItem[];
  /** One sentence: "2 follow-ups came due while you were away: Acme — Analyst, Globex — Designer". */
  message: string;
}

/** How many labels the message lists before "and N more". */
export const AWAY_LIST_LIMIT = 5;

/** Why a status belongs in the digest, or null when it does not. */
export function awayReason(status: FollowUpStatus, lastRunDay: Day): AwayReason | null {
  if (!isActionable(status) || !status.opens) return null;
  if (status.opens > lastRunDay) return "came-due";
  if (groupOf(status.state) === "overdue" && status.dueBy !== null && status.dueBy >= lastRunDay) return "became-overdue";
  return null;
}

export function awayMessage(items: readonly AwayItem[], limit = AWAY_LIST_LIMIT): string {
  const names = items.slice(0, limit).map((i) => {
    const label = noteTitle(i.status);
    return groupOf(i.status.state) === "overdue" ? `${label} (overdue)` : label;
  });
  const more = items.length - names.length;
  const list = more > 0 ? `${names.join(", ")} and ${more} more` : names.join(", ");
  return `${countPhrase(items.map((i) => i.status))} came due while you were away: ${list}`;
}

/** The digest to show when the plugin starts, or null when there is nothing to say. */
export function awayDigest(statuses: readonly FollowUpStatus[], lastRunDay: Day | null, today: Day): AwayDigest | null {
  if (lastRunDay === null || lastRunDay >= today) return null;
  const items: AwayItem[] = [];
  for (const status of sortStatuses(statuses)) {
    const reason = awayReason(status, lastRunDay);
    if (reason) items.push({ status, reason });
  }
  if (items.length === 0) return null;
  return { items, message: awayMessage(items) };
}
