/**
 * `interview-followup agenda [folder]`: what is due, as a readable agenda or as JSON.
 */
import { buildAgenda, describeAction, describeWhen, groupOf, isActionable, type GroupId } from "../core/agenda";
import { formatShort } from "../core/dates";
import type { Day, FollowUpStatus } from "../core/types";
import { parseArgs, type FlagSpec } from "./args";
import type { CliCommand, CliIo } from "./command";
import { commandHelp } from "./help";
import { readVaultArgs, scanForCommand, VAULT_FLAGS } from "./read-vault";
import { SETTINGS_PATH } from "./scan";
import { cleanForTerminal, useColor } from "./terminal";

export const AGENDA_FLAGS = {
  ...VAULT_FLAGS,
  json: { type: "boolean", help: "print JSON: {today, notes: [...]}, every interview note, most urgent first" },
  all: { type: "boolean", help: "also list closed interviews" },
  "fail-on-due": { type: "boolean", help: "exit with code 3 when something is due or overdue (for cron)" },
  help: { type: "boolean", short: "h", help: "show this help" },
} as const satisfies FlagSpec;

/** One note in `--json` output: exactly these keys, in this order; dates `YYYY-MM-DD`, absent values null. */
export interface AgendaJsonNote {
  path: string;
  company: string | null;
  role: string | null;
  interviewer: string | null;
  state: FollowUpStatus["state"];
  action: FollowUpStatus["action"];
  channel: FollowUpStatus["channel"];
  alternatives: FollowUpStatus["alternatives"];
  attempt: number | null;
  opens: Day | null;
  dueBy: Day | null;
  template: FollowUpStatus["template"];
  thankYouPending: boolean;
  rule: FollowUpStatus["rule"];
  reason: string;
  problems: { key: string; value: string; message: string }[];
}

export function toJsonNote(s: FollowUpStatus): AgendaJsonNote {
  return {
    path: s.path,
    company: s.company,
    role: s.role,
    interviewer: s.interviewer,
    state: s.state,
    action: s.action,
    channel: s.channel,
    alternatives: [...s.alternatives],
    attempt: s.attempt,
    opens: s.opens,
    dueBy: s.dueBy,
    template: s.template,
    thankYouPending: s.thankYouPending,
    rule: s.rule,
    reason: s.reason,
    problems: s.problems.map((p) => ({ key: p.key, value: p.value, message: p.message })),
  };
}

/** `statuses` must already be sorted most urgent first. */
export function renderAgendaJson(statuses: readonly FollowUpStatus[], today: Day): string {
  return `${JSON.stringify({ today, notes: statuses.map(toJsonNote) }, null, 2)}\n`;
}

// ── Text ────────────────────────────────────────────────────────────────────────────────

const ANSI = {
  bold: ["\u001b[1m", "\u001b[22m"],
  dim: ["\u001b[2m", "\u001b[22m"],
  red: ["\u001b[31m", "\u001b[39m"],
  yellow: ["\u001b[33m", "\u001b[39m"],
  blue: ["\u001b[34m", "\u001b[39m"],
  magenta: ["\u001b[35m", "\u001b[39m"],
  cyan: ["\u001b[36m", "\u001b[39m"],
  gray: ["\u001b[90m", "\u001b[39m"],
} as const;
type Style = keyof typeof ANSI;

const GROUP_STYLE: Record<GroupId, Style> = {
  overdue: "red",
  due: "yellow",
  waiting: "cyan",
  upcoming: "blue",
  "move-on": "magenta",
  attention: "red",
  closed: "gray",
};

const SUMMARY_WORDS: Record<GroupId, string> = {
  overdue: "overdue",
  due: "due",
  waiting: "waiting",
  upcoming: "upcoming",
  "move-on": "to move on",
  attention: "need attention",
  closed: "closed",
};

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
}

function width(text: string): number {
  return Array.from(text).length;
}

function pad(text: string, w: number): string {
  return text + " ".repeat(Math.max(0, w - width(text)));
}

function baseName(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return name.replace(/\.md$/i, "");
}

/** "Acme — Data Analyst", or whichever is known, or the note's name. */
export function noteTitle(s: FollowUpStatus): string {
  if (s.company && s.role) return `${s.company} — ${s.role}`;
  return s.company ?? s.role ?? baseName(s.path);
}

/** A day as the agenda shows it: "Thu 26 Nov", with the year when it is not this year's. */
export function dayLabel(day: Day, today: Day): string {
  return day.slice(0, 4) === today.slice(0, 4) ? formatShort(day) : `${formatShort(day)} ${day.slice(0, 4)}`;
}

/** "Thu 26 Nov, by tomorrow", "Tue 24 Nov, 1 day overdue", "" when the state has no date. */
export function whenLabel(s: FollowUpStatus, today: Day): string {
  const g = groupOf(s.state);
  const day = g === "overdue" || g === "due" ? (s.dueBy ?? s.opens) : g === "attention" || g === "closed" ? null : s.opens;
  if (!day) return "";
  const rel = describeWhen(s, today);
  return rel ? `${dayLabel(day, today)}, ${rel}` : dayLabel(day, today);
}

/** describeAction plus the alternative channel: "Follow-up 1 by email (or call)". */
export function actionLabel(s: FollowUpStatus): string {
  let text = describeAction(s);
  if (s.alternatives.includes("phone")) text += " (or call)";
  else if (s.alternatives.includes("email")) text += " (or email)";
  else if (s.alternatives.includes("linkedin")) text += " (or LinkedIn)";
  if (s.template === "rejection-reply") text += ": reply graciously";
  return text;
}

export interface TextOptions {
  /** List closed interviews too. */
  all: boolean;
  color: boolean;
  /** The folder as the user typed it, for the empty-folder sentence. */
  folder: string;
}

const NAME_MAX = 48;

/** The readable agenda. `statuses` in any order; they are grouped and sorted here. */
export function renderAgendaText(statuses: readonly FollowUpStatus[], today: Day, options: TextOptions): string {
  const paint = (style: Style, text: string): string => (options.color && text !== "" ? `${ANSI[style][0]}${text}${ANSI[style][1]}` : text);
  const lines: string[] = [];
  if (statuses.length === 0) {
    lines.push(
      `No interview notes in ${cleanForTerminal(options.folder)}: an interview note is a Markdown note with "type: interview" ` +
        `(or the tag #interview, or kept in an Interviews/ folder) and "interview_date: 2026-11-18" in its front matter.`,
    );
    return `${lines.join("\n")}\n`;
  }

  lines.push(paint("bold", `Follow-ups as of ${formatShort(today)} ${today.slice(0, 4)}`));
  const groups = buildAgenda(statuses).filter((g) => g.items.length > 0 && (options.all || g.id !== "closed"));
  const shown = groups.flatMap((g) => g.items);
  const whenWidth = Math.max(0, ...shown.map((s) => width(whenLabel(s, today))));
  const nameWidth = Math.max(0, ...shown.map((s) => width(truncate(cleanForTerminal(noteTitle(s)), NAME_MAX))));
  const actionWidth = Math.max(0, ...shown.map((s) => width(actionLabel(s))));

  for (const group of groups) {
    const style = GROUP_STYLE[group.id];
    lines.push("");
    lines.push(paint("bold", paint(style, `${group.title} (${group.items.length})`)));
    for (const s of group.items) {
      const when = pad(whenLabel(s, today), whenWidth);
      const name = pad(truncate(cleanForTerminal(noteTitle(s)), NAME_MAX), nameWidth);
      const action = pad(actionLabel(s), actionWidth);
      lines.push(`  ${paint(style, when)}  ${paint("bold", name)}  ${action}  ${paint("dim", s.rule)}`.trimEnd());
      lines.push(`      ${paint("dim", cleanForTerminal(s.reason))}`);
      if (s.state === "invalid" || s.problems.length > 0) {
        lines.push(`      ${paint("dim", `in ${cleanForTerminal(s.path)}`)}`);
      }
      for (const p of s.problems) {
        const value = p.value === "" ? "" : ` "${cleanForTerminal(p.value)}"`;
        lines.push(`      ${paint("yellow", "!")} ${cleanForTerminal(p.key)}${value}: ${cleanForTerminal(p.message)}`);
      }
    }
  }

  lines.push("");
  lines.push(summaryLine(statuses, options.all));
  return `${lines.join("\n")}\n`;
}

/** "2 overdue, 3 due, 4 waiting, 1 closed (--all lists them)". */
export function summaryLine(statuses: readonly FollowUpStatus[], all: boolean): string {
  const counts = new Map<GroupId, number>();
  for (const s of statuses) counts.set(groupOf(s.state), (counts.get(groupOf(s.state)) ?? 0) + 1);
  const parts: string[] = [];
  for (const g of buildAgenda([])) {
    const n = counts.get(g.id) ?? 0;
    if (n === 0) continue;
    let word = SUMMARY_WORDS[g.id];
    if (g.id === "attention" && n === 1) word = "needs attention";
    parts.push(`${n} ${word}${g.id === "closed" && !all ? " (--all lists them)" : ""}`);
  }
  const actionable = statuses.filter(isActionable).length;
  const lead = actionable === 0 ? "Nothing to send today" : actionable === 1 ? "1 thing to do" : `${actionable} things to do`;
  return `${lead}: ${parts.join(", ")}.`;
}

const HELP_NOTES = [
  "The folder is a vault or any folder of notes; it defaults to the current folder. Settings saved by the",
  `plugin in <folder>/${SETTINGS_PATH} are used (holidays, attempts, detection,`,
  "key names); --holidays and --max-attempts replace them.",
];

export const agendaCommand: CliCommand = {
  name: "agenda",
  summary: "What is due after each interview: thank-yous, follow-ups, calls, when to move on",
  usage: "agenda [folder] [options]",
  flags: AGENDA_FLAGS,
  notes: HELP_NOTES,
  run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseArgs(args, AGENDA_FLAGS);
    if (parsed.flags.help) {
      io.stdout.write(commandHelp(agendaCommand));
      return Promise.resolve(0);
    }
    const vault = readVaultArgs(parsed, io, "agenda");
    const result = scanForCommand(vault, io);
    const statuses = result.notes.map((n) => n.status);
    const today = vault.now.day;
    if (parsed.flags.json) io.stdout.write(renderAgendaJson(statuses, today));
    else io.stdout.write(renderAgendaText(statuses, today, { all: parsed.flags.all === true, color: useColor(io), folder: vault.folder }));
    const due = parsed.flags["fail-on-due"] === true && statuses.some(isActionable);
    return Promise.resolve(due ? 3 : 0);
  },
};
