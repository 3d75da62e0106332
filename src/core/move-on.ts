/**
 * R9, the rule that says when to stop following up: how long to wait after the last unanswered
 * attempt, and whether a status is that wait. The engine (rules.ts), the wording, the calendar
 * and the commands share these; kept apart from rule-book.ts, whose worked examples and sources
 * are for the tests and docs/rules.md, not for main.js.
 */
import type { FollowUpStatus } from "./types";

/** R9: days to wait after the last unanswered attempt before moving on (the engine's and the wording's one number). */
export const R9_WAIT_DAYS = 14;

/** R9 before the two weeks are over: no more follow-ups, nothing to snooze or send; only waiting. */
export function isWaitingToMoveOn(status: Pick<FollowUpStatus, "rule" | "action">): boolean {
  return status.rule === "R9" && status.action === "wait";
}
