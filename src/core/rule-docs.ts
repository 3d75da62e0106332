/**
 * docs/rules.md from the rule book: the table of rules and every rule's worked examples, as the
 * engine computes them. `npm run docs:rules` writes them between their markers in the page, and
 * a test fails while the page says anything else, so the page, the examples and the engine
 * cannot drift apart. Days are worded in en-US, as in the rest of the docs.
 */
import { makeDayFormat, type DayFormat } from "./day-format";
import { parseInterviewNote } from "./note";
import { EXAMPLE_NOTE, RULE_BOOK, type RuleEntry, type RuleExample } from "./rule-book";
import { computeStatus } from "./rules";
import type { FollowUpStatus, Problem } from "./types";
import { dayText, headline, reasonWithRule } from "./wording";

/** The five articles the advice comes from, by the numbers the rule book cites. */
export const SOURCES: Readonly<Record<string, string>> = {
  "000": "When To Follow Up After Interview",
  "001": "How To Follow Up After A Job Interview",
  "002": "How and When to Follow Up After a Job Interview",
  "003": "How and when to follow up after an interview",
  "004": "How to Follow Up After the Interview",
};

/** The status the engine computes for an example, with the example's day, time and settings. */
export function evaluateExample(ex: RuleExample, days: DayFormat): FollowUpStatus {
  const note = parseInterviewNote(ex.note, "Interviews/example.md");
  const minutes = ex.time ? Number(ex.time.slice(0, 2)) * 60 + Number(ex.time.slice(3, 5)) : 0;
  return computeStatus(note, { day: ex.today, minutes }, { holidays: ex.holidays ?? [], maxAttempts: ex.maxAttempts ?? 3, dayFormat: days });
}

/** The table of rules: id, name, what it says, sources, how many examples. */
export function ruleTableMarkdown(): string {
  const rows = RULE_BOOK.map(
    (r) => `| [${r.id}](#${anchor(r)}) | ${r.title} | ${cell(r.description)} | ${r.sources.join(", ") || "—"} | ${r.examples.length} |`,
  );
  return ["| Rule | Name | What it says | Sources | Examples |", "|---|---|---|---|---|", ...rows].join("\n");
}

/** One section per rule: what it says, its sources by title, and each example with what the plugin shows. */
export function ruleExamplesMarkdown(days: DayFormat = makeDayFormat("en-US")): string {
  const day = EXAMPLE_NOTE.interview_date;
  const start = `Every example starts from this note, an interview on ${typeof day === "string" ? days.long(day, true) : "the day below"}, and shows only what it changes:`;
  const note = `\`\`\`yaml\n${frontmatterYaml(EXAMPLE_NOTE)}\n\`\`\``;
  return [start, note, ...RULE_BOOK.map((rule) => ruleSection(rule, days))].join("\n\n");
}

const MARKED: readonly { name: string; render: () => string }[] = [
  { name: "rules", render: () => ruleTableMarkdown() },
  { name: "rule-examples", render: () => ruleExamplesMarkdown() },
];

/**
 * `page` with every generated part (between `<!-- name:start -->` and `<!-- name:end -->`)
 * written afresh. Throws when a marker is missing, so a page cannot lose a part silently.
 */
export function regenerateRulesPage(page: string): string {
  let out = page;
  for (const { name, render } of MARKED) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const i = out.indexOf(start);
    const j = out.indexOf(end);
    if (i < 0 || j < i) throw new Error(`the page has no ${start} … ${end} markers`);
    out = `${out.slice(0, i + start.length)}\n${render()}\n${out.slice(j)}`;
  }
  return out;
}

// ── One rule ─────────────────────────────────────────────────────────────────────────────────

function anchor(rule: RuleEntry): string {
  // GitHub's heading anchors: lower case, spaces to "-", punctuation other than "-" dropped.
  return `${rule.id} ${rule.title}`
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, "")
    .replace(/ /g, "-");
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

function ruleSection(rule: RuleEntry, days: DayFormat): string {
  const sources =
    rule.sources.length === 0
      ? "Sources: none; this rule is how the plugin itself works."
      : `Sources: ${rule.sources.map((n) => `${n} "${SOURCES[n] ?? n}"`).join("; ")}.`;
  const examples = rule.examples.map((ex) => exampleMarkdown(ex, days));
  return [`### ${rule.id} ${rule.title}`, rule.description, sources, examples.join("\n")].join("\n\n");
}

function exampleMarkdown(ex: RuleExample, days: DayFormat): string {
  const status = evaluateExample(ex, days);
  const when = [`on ${dayText(ex.today, days, "")}${ex.time ? ` at ${ex.time}` : ""}`];
  if (ex.holidays?.length) when.push(`holidays ${ex.holidays.map((d) => dayText(d, days)).join(" and ")}`);
  if (ex.maxAttempts !== undefined) when.push(`${ex.maxAttempts} follow-ups before moving on`);
  const title = ex.title.charAt(0).toUpperCase() + ex.title.slice(1);
  const tested = Object.entries(ex.expect).map(([key, value]) => `\`${key}: ${expectedValue(value)}\``);
  const { inline, block } = noteMarkdown(ex.note);
  const lines = [`- **${title}** — ${when.join(", ")}, ${inline}`];
  if (block !== null) lines.push("", indent(block), "");
  lines.push(`  Shows "${headline(status, ex.today, days)}" — ${reasonWithRule(status)}`, `  *Tested:* ${tested.join(", ")}.`);
  return lines.join("\n");
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}

function expectedValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.length > 0 && value.every(isProblem)) return value.map((p) => `${p.key} "${p.value}" ${p.message}`).join("; ");
  return JSON.stringify(value);
}

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && "key" in value && "value" in value && "message" in value;
}

/**
 * The example's note: only what it changes in the example note, or the whole note when it
 * leaves one of the example note's properties out. One plain property is said in the sentence;
 * more, or a list, come as a YAML block.
 */
function noteMarkdown(note: Record<string, unknown>): { inline: string; block: string | null } {
  const whole = Object.keys(EXAMPLE_NOTE).some((k) => !(k in note));
  const changed = Object.entries(note).filter(([k, v]) => whole || JSON.stringify(v) !== JSON.stringify(EXAMPLE_NOTE[k]));
  if (changed.length === 0) return { inline: "the example note as it is:", block: null };
  const lines = changed.flatMap(([k, v]) => yamlLines(k, v));
  if (!whole && lines.length === 1) return { inline: `with \`${lines[0]}\`:`, block: null };
  return { inline: whole ? "the whole note:" : "with:", block: `\`\`\`yaml\n${lines.join("\n")}\n\`\`\`` };
}

/** Front matter as a user writes it: one property a line, lists one item a line. */
export function frontmatterYaml(note: Readonly<Record<string, unknown>>): string {
  return Object.entries(note)
    .flatMap(([k, v]) => yamlLines(k, v))
    .join("\n");
}

/** A property as a user writes it in the front matter: lists one item a line, entries as `{…}`. */
function yamlLines(key: string, value: unknown): string[] {
  if (Array.isArray(value)) return [`${key}:`, ...value.map((item) => `  - ${yamlValue(item)}`)];
  const text = yamlValue(value);
  return [text === "" ? `${key}:` : `${key}: ${text}`];
}

function yamlValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean" || typeof value === "number") return String(value);
  if (typeof value === "string") return plainScalar(value) ? value : JSON.stringify(value);
  if (typeof value === "object") {
    const pairs = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${yamlValue(v)}`);
    return `{${pairs.join(", ")}}`;
  }
  return JSON.stringify(value);
}

/** Text YAML reads back as the same text without quotes. */
function plainScalar(text: string): boolean {
  if (text === "" || text !== text.trim()) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) && !/^-[^\s-]/.test(text)) return false;
  if (/: |\s#|[{}[\],]/.test(text)) return false;
  return !/^(true|false|null|~|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$/i.test(text);
}
