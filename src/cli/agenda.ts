/**
 * `interview-followup agenda [folder]`: what is due, as a readable agenda or as JSON.
 */
import { buildAgenda, groupOf, isActionable, type GroupId } from "../core/agenda";
import type { DayFormat } from "../core/day-format";
import { detectionHint, exampleFrontmatter } from "../core/new-note";
import type { DetectionSettings, KeyMap } from "../core/settings";
import type { Day, FollowUpStatus } from "../core/types";
import { asOfHeading, dueCountText, groupCountText, headline, noteLines, noteTitle, problemText } from "../core/wording";
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

export interface TextOptions {
  /** List closed interviews too. */
  all: boolean;
  color: boolean;
  /** The folder as the user typed it, for the empty-folder sentence. */
  folder: string;
  /** How days are written (`--locale`, else the process locale). */
  days: DayFormat;
  /** The vault's detection settings, which the empty-folder text describes; omitted → the defaults. */
  detection?: DetectionSettings;
  /** The vault's key names, which the empty-folder example uses; omitted → the spec's names. */
  keys?: Partial<KeyMap>;
}

/**
 * What an empty folder prints, as the plugin's empty sidebar says it: the folder ("this folder"
 * for `.`), how this vault's settings find interview notes, and an example front matter with
 * this vault's key names. Settings are user text too, so every line is cleaned.
 */
function emptyFolderText(options: TextOptions): string {
  const where = options.folder === "." ? "this folder" : cleanForTerminal(options.folder);
  const lines = [
    `No interview notes in ${where}.`,
    detectionHint(options.detection),
    ...exampleFrontmatter(options.keys, options.detection).split("\n"),
  ];
  return `${lines.map(cleanForTerminal).join("\n")}\n`;
}

const NAME_MAX = 48;

/** The readable agenda. `statuses` in any order; they are grouped and sorted here. */
export function renderAgendaText(statuses: readonly FollowUpStatus[], today: Day, options: TextOptions): string {
  const paint = (style: Style, text: string): string => (options.color && text !== "" ? `${ANSI[style][0]}${text}${ANSI[style][1]}` : text);
  if (statuses.length === 0) return emptyFolderText(options);

  const lines: string[] = [];
  lines.push(paint("bold", asOfHeading(today, options.days)));
  const groups = buildAgenda(statuses).filter((g) => g.items.length > 0 && (options.all || g.id !== "closed"));
  const shown = groups.flatMap((g) => g.items);
  const title = (s: FollowUpStatus): string => truncate(cleanForTerminal(noteTitle(s)), NAME_MAX);
  // An invalid note's headline quotes the value it could not read: user text, cleaned too.
  const what = (s: FollowUpStatus): string => cleanForTerminal(headline(s, today, options.days));
  const nameWidth = Math.max(0, ...shown.map((s) => width(title(s))));
  const headlineWidth = Math.max(0, ...shown.map((s) => width(what(s))));

  for (const group of groups) {
    const style = GROUP_STYLE[group.id];
    lines.push("");
    lines.push(paint("bold", paint(style, `${group.title} (${group.items.length})`)));
    for (const s of group.items) {
      const name = pad(title(s), nameWidth);
      lines.push(`  ${paint("bold", name)}  ${paint(style, pad(what(s), headlineWidth))}  ${paint("dim", s.rule)}`.trimEnd());
      lines.push(`      ${paint("dim", cleanForTerminal(s.reason))}`);
      for (const line of noteLines(s)) lines.push(`      ${paint("dim", line.text)}`);
      if (s.state === "invalid" || s.problems.length > 0) {
        lines.push(`      ${paint("dim", `in ${cleanForTerminal(s.path)}`)}`);
      }
      for (const p of s.problems) lines.push(`      ${paint("yellow", "!")} ${cleanForTerminal(problemText(p))}`);
    }
  }

  lines.push("");
  lines.push(summaryLine(statuses, options.all));
  return `${lines.join("\n")}\n`;
}

/** "1 thank-you and 6 follow-ups due. In all: 3 overdue, 4 due, 4 waiting, 1 closed (--all lists them)." */
export function summaryLine(statuses: readonly FollowUpStatus[], all: boolean): string {
  const counts = new Map<GroupId, number>();
  for (const s of statuses) counts.set(groupOf(s.state), (counts.get(groupOf(s.state)) ?? 0) + 1);
  const parts: string[] = [];
  for (const g of buildAgenda([])) {
    const n = counts.get(g.id) ?? 0;
    if (n === 0) continue;
    parts.push(`${groupCountText(g.id, n)}${g.id === "closed" && !all ? " (--all lists them)" : ""}`);
  }
  return `${dueCountText(statuses.filter(isActionable))}. In all: ${parts.join(", ")}.`;
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
    else io.stdout.write(renderAgendaText(statuses, today, { all: parsed.flags.all === true, color: useColor(io), folder: vault.folder, days: vault.days, detection: result.settings.detection, keys: result.settings.keys }));
    const due = parsed.flags["fail-on-due"] === true && statuses.some(isActionable);
    return Promise.resolve(due ? 3 : 0);
  },
};
