/**
 * "Create interviews base": writes `Interviews.base` — a base whose filter selects the notes the
 * detection settings select (type, tag, folder; never the templates folder), with a table of
 * company, role, interview date, stage and outcome (under the user's own key names, and the
 * default names beside mapped ones, which notes may still use) and the
 * "Follow-ups" view — then opens it. An existing file is never overwritten.
 *
 * The `.base` format (Obsidian help, "Bases syntax" and "Functions"): YAML with `filters`
 * (a statement, or `and` / `or` / `not` lists of them), `properties` (display names) and
 * `views` (`type`, `name`, `order`, `sort`). Statements used here: `file.ext == "md"`,
 * `file.hasTag(...)` (nested tags included), `file.inFolder(...)` (subfolders included) and
 * `list(note.type).map(value.toString().trim().lower()).contains(...)`, which compares `type`
 * trimmed and case-insensitively, as a single value or a list, like the detection does.
 *
 * The text is written by hand (main.js bundles no YAML library); every value from the settings
 * is quoted twice over: as a string literal of the Bases expression, then as a YAML scalar.
 */
import { normalizePath, type TFile } from "obsidian";
import { trimFolder } from "../../core/paths";
import type { FollowUpSettings, NoteKey } from "../../core/settings";
import type { FollowUpHost } from "../host";
import { BASES_VIEW_NAME, BASES_VIEW_TYPE } from "../views/bases-view";
import { createAndOpen } from "../vault-files";

export const BASE_FILE_NAME = "Interviews.base";

/** The columns of the table view, by canonical key, with the header each gets. */
export const BASE_COLUMNS: readonly { key: NoteKey; title: string }[] = [
  { key: "company", title: "Company" },
  { key: "role", title: "Role" },
  { key: "interview_date", title: "Interview date" },
  { key: "stage", title: "Stage" },
  { key: "outcome", title: "Outcome" },
];

/** Where the base goes: in the interview folder (the "New interview note" setting), else the vault root. */
export function interviewsBasePath(settings: Pick<FollowUpSettings, "interviewFolder">): string {
  const folder = trimFolder(settings.interviewFolder);
  return normalizePath(folder === "" ? BASE_FILE_NAME : `${folder}/${BASE_FILE_NAME}`);
}

/**
 * A string literal of the Bases expression language: in double quotes, or in single quotes
 * when the text holds a double quote and no single one, so that a backslash escape is needed
 * only for text holding both. Refuses line breaks and other control characters, which no
 * folder, tag or type name holds.
 */
export function basesString(text: string, what: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(text)) throw new Error(`The ${what} "${text}" holds a line break or a control character.`);
  const quote = text.includes('"') && !text.includes("'") ? "'" : '"';
  const escaped = text.replace(/\\/g, "\\\\").replaceAll(quote, `\\${quote}`);
  return `${quote}${escaped}${quote}`;
}

/** A YAML scalar: plain when that is unambiguous, else single-quoted (`'` doubled). */
export function yamlScalar(text: string): string {
  const plain = /^[A-Za-z_][\w.-]*$/.test(text) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(text);
  return plain ? text : `'${text.replaceAll("'", "''")}'`;
}

/**
 * The table's columns under the names notes may use. A mapped key is read in addition to its
 * default name (the mapped one wins when a note has both), so a mapped column is followed by a
 * column for the default name, titled with it: a note written either way shows its value.
 */
export function baseColumns(keys: Pick<FollowUpSettings, "keys">["keys"]): { key: string; title: string }[] {
  const out: { key: string; title: string }[] = [];
  for (const c of BASE_COLUMNS) {
    const mapped = keys[c.key];
    out.push({ key: mapped, title: c.title });
    if (mapped !== c.key) out.push({ key: c.key, title: `${c.title} (${c.key})` });
  }
  return out;
}

/** The interview-date keys to sort by, newest first: the mapped name, then the default one. */
function dateKeys(keys: Pick<FollowUpSettings, "keys">["keys"]): string[] {
  const mapped = keys.interview_date;
  return mapped === "interview_date" ? [mapped] : [mapped, "interview_date"];
}

/** The filter statements the detection settings stand for, in the order the settings list them. */
export function detectionStatements(settings: Pick<FollowUpSettings, "detection">): string[] {
  const { detection } = settings;
  const out: string[] = [];
  const type = detection.type.trim().toLowerCase();
  if (type !== "") out.push(`list(note.type).map(value.toString().trim().lower()).contains(${basesString(type, "detection type")})`);
  const tag = detection.tag.trim().replace(/^#/, "");
  if (tag !== "") out.push(`file.hasTag(${basesString(tag, "detection tag")})`);
  const folder = trimFolder(detection.folder);
  if (folder !== "") out.push(`file.inFolder(${basesString(folder, "detection folder")})`);
  return out;
}

/**
 * The text of `Interviews.base` for these settings. Throws, with a message for the user, when
 * the detection settings select nothing (all three empty) or hold a value a base cannot say.
 */
export function buildInterviewsBase(settings: Pick<FollowUpSettings, "detection" | "templatesFolder" | "keys">): string {
  const statements = detectionStatements(settings);
  if (statements.length === 0) {
    throw new Error("The detection settings select no notes: set a type, a tag or a folder for interview notes first.");
  }
  const lines = ["filters:", "  and:", `    - ${yamlScalar('file.ext == "md"')}`, "    - or:"];
  for (const s of statements) lines.push(`        - ${yamlScalar(s)}`);
  const templates = trimFolder(settings.templatesFolder);
  if (templates !== "") lines.push("    - not:", `        - ${yamlScalar(`file.inFolder(${basesString(templates, "templates folder")})`)}`);

  const columns = baseColumns(settings.keys);
  lines.push("properties:");
  for (const c of columns) lines.push(`  ${yamlScalar(c.key)}:`, `    displayName: ${yamlScalar(c.title)}`);

  lines.push("views:", "  - type: table", "    name: Interviews", "    order:", "      - file.name");
  for (const c of columns) lines.push(`      - ${yamlScalar(`note.${c.key}`)}`);
  lines.push("    sort:");
  for (const key of dateKeys(settings.keys)) lines.push(`      - property: ${yamlScalar(`note.${key}`)}`, "        direction: DESC");
  lines.push(`  - type: ${yamlScalar(BASES_VIEW_TYPE)}`, `    name: ${yamlScalar(BASES_VIEW_NAME)}`);
  return `${lines.join("\n")}\n`;
}

/**
 * Writes `Interviews.base` and opens it. Refuses, with a notice, when the file exists (it is
 * never overwritten) or the settings select no notes. Returns the new file, or null.
 */
export function createInterviewsBase(host: FollowUpHost): Promise<TFile | null> {
  return createAndOpen(host, () => ({ path: interviewsBasePath(host.settings), text: buildInterviewsBase(host.settings) }), "Rename or move it to create a new one.");
}
