/** The agenda: statuses sorted most urgent first and grouped (overdue, due, waiting, upcoming, move on, needs attention, closed). */
import { daysBetween, relativeDays } from "./dates";
import type { Day, FollowUpStatus, State } from "./types";

export type GroupId = "overdue" | "due" | "waiting" | "upcoming" | "move-on" | "attention" | "closed";

export interface AgendaGroup {
  id: GroupId;
  title: string;
  items: FollowUpStatus[];
}

export const GROUPS: readonly { id: GroupId; title: string }[] = [
  { id: "overdue", title: "Overdue" },
  { id: "due", title: "Due" },
  { id: "waiting", title: "Waiting" },
  { id: "upcoming", title: "Upcoming interviews" },
  { id: "move-on", title: "Move on" },
  { id: "attention", title: "Needs attention" },
  { id: "closed", title: "Closed" },
];

const GROUP_OF: Record<State, GroupId> = {
  "thank-you-overdue": "overdue",
  "follow-up-overdue": "overdue",
  "thank-you-due": "due",
  "follow-up-due": "due",
  waiting: "waiting",
  upcoming: "upcoming",
  "no-response": "move-on",
  invalid: "attention",
  closed: "closed",
};

export function groupOf(state: State): GroupId {
  return GROUP_OF[state];
}

/** Overdue or due: the user has something to do today. */
export function isActionable(status: FollowUpStatus): boolean {
  const g = GROUP_OF[status.state];
  return g === "overdue" || g === "due";
}

const GROUP_RANK: Record<GroupId, number> = Object.fromEntries(GROUPS.map((g, i) => [g.id, i])) as Record<GroupId, number>;

/** The day a status is sorted by: the deadline when there is one, else the day it opens. */
function keyDay(s: FollowUpStatus): Day {
  return s.dueBy ?? s.opens ?? "9999-12-31";
}

/** Most urgent first: by group, then by deadline (or opening day), then by path. */
export function compareStatuses(a: FollowUpStatus, b: FollowUpStatus): number {
  const g = GROUP_RANK[GROUP_OF[a.state]] - GROUP_RANK[GROUP_OF[b.state]];
  if (g !== 0) return g;
  const ga = GROUP_OF[a.state];
  const da = ga === "waiting" || ga === "upcoming" || ga === "move-on" ? (a.opens ?? "9999-12-31") : keyDay(a);
  const db = ga === "waiting" || ga === "upcoming" || ga === "move-on" ? (b.opens ?? "9999-12-31") : keyDay(b);
  if (da !== db) return da < db ? -1 : 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export function sortStatuses(statuses: readonly FollowUpStatus[]): FollowUpStatus[] {
  return [...statuses].sort(compareStatuses);
}

/** Groups in their fixed order; empty groups are kept so views can choose what to show. */
export function buildAgenda(statuses: readonly FollowUpStatus[]): AgendaGroup[] {
  const groups = GROUPS.map((g) => ({ id: g.id, title: g.title, items: [] as FollowUpStatus[] }));
  const byId = new Map(groups.map((g) => [g.id, g]));
  for (const s of sortStatuses(statuses)) byId.get(GROUP_OF[s.state])!.items.push(s);
  return groups;
}

/** "in 2 days", "due today", "3 days overdue": how the status's date stands from today. */
export function describeWhen(status: FollowUpStatus, today: Day): string {
  const g = GROUP_OF[status.state];
  if (g === "overdue" && status.dueBy) {
    const n = daysBetween(status.dueBy, today);
    return n === 1 ? "1 day overdue" : `${n} days overdue`;
  }
  if (g === "due" && status.dueBy) {
    const n = daysBetween(today, status.dueBy);
    return n === 0 ? "last day today" : n === 1 ? "by tomorrow" : `within ${n} days`;
  }
  return status.opens ? relativeDays(today, status.opens) : "";
}

/** A short label for what to do: "Thank-you", "Follow-up 2 by email", "Call", "Move on". */
export function describeAction(status: FollowUpStatus): string {
  switch (status.action) {
    case "send-thank-you":
      return "Send a thank-you";
    case "follow-up":
    case "wait":
      if (status.rule === "R9") return "Wait for an answer";
      if (status.channel === "phone") return `Follow-up ${status.attempt ?? 1}: call`;
      if (status.channel === "linkedin") return `Follow-up ${status.attempt ?? 1} on LinkedIn`;
      return `Follow-up ${status.attempt ?? 1} by email`;
    case "move-on":
      return "Move on";
    case "prepare":
      return "Prepare";
    default:
      return status.state === "invalid" ? "Fix the note" : "Closed";
  }
}
