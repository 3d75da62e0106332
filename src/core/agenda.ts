/** The agenda: statuses sorted most urgent first and grouped (overdue, due, waiting, upcoming, move on, needs attention, closed). */
import type { Day, FollowUpStatus, State } from "./types";
import { GROUP_TITLES } from "./wording";

export type GroupId = "overdue" | "due" | "waiting" | "upcoming" | "move-on" | "attention" | "closed";

export interface AgendaGroup {
  id: GroupId;
  title: string;
  items: FollowUpStatus[];
}

const GROUP_ORDER: readonly GroupId[] = ["overdue", "due", "waiting", "upcoming", "move-on", "attention", "closed"];

export const GROUPS: readonly { id: GroupId; title: string }[] = GROUP_ORDER.map((id) => ({ id, title: GROUP_TITLES[id] }));

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
