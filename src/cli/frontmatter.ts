/**
 * Reads a note's front matter the way the plugin sees it inside Obsidian, from the file's text:
 * the fences are found here (as Obsidian finds them), gray-matter hands the block to its YAML
 * engine, and that engine is ./yaml-reader (js-yaml with Obsidian's reading of values). Safe by
 * construction:
 * - only YAML is read. `---js`, `---javascript`, `---json`, `---coffee`… are never handed to
 *   gray-matter (whose built-in `javascript` engine would evaluate them); they become a problem;
 *   and every engine gray-matter has built in is replaced anyway (SAFE_ENGINES), so no path
 *   through it runs code;
 * - values as Obsidian reads them (see yaml-reader.ts): timestamps stay text (spec §1), `yes`
 *   stays text, `012` stays text, duplicate keys are an error, aliases and nesting are capped;
 * - a BOM, CRLF line endings, an unclosed fence or broken YAML never throw: the result names
 *   the problem and the scan goes on.
 */
import matter from "gray-matter";
import { displayValue } from "../core/note";
import type { Problem } from "../core/types";
import { parseYaml, YamlReadError } from "./yaml-reader";

export interface FrontMatterRead {
  /** The text starts with a `---` fence. */
  present: boolean;
  /** The parsed value (normally a mapping); undefined when absent or unreadable. */
  data: unknown;
  /** The text between the fences, as written ("" when none). */
  raw: string;
  /** Index in the text (after any BOM) where the body starts. */
  bodyStart: number;
  /** Why the front matter could not be read, or null when it was read (or there is none). */
  problem: Problem | null;
}

function refuse(language: string) {
  return {
    parse(): object {
      throw new Error(`front matter in ${language} is not read`);
    },
  };
}

/**
 * gray-matter merges these over its own engines (yaml, json, javascript) and looks a language up
 * by its name before its alias, so every built-in engine and every alias is replaced: YAML goes
 * to ./yaml-reader, anything else throws.
 */
export const SAFE_ENGINES = {
  yaml: { parse: (text: string): object => parseYaml(text) as object },
  yml: { parse: (text: string): object => parseYaml(text) as object },
  javascript: refuse("javascript"),
  js: refuse("js"),
  json: refuse("json"),
  coffee: refuse("coffee"),
  coffeescript: refuse("coffeescript"),
  cson: refuse("cson"),
  toml: refuse("toml"),
};

/** Options given to gray-matter on every call (options also turn its result cache off). */
export const GRAY_MATTER_OPTIONS = { language: "yaml", engines: SAFE_ENGINES };

const CLOSING_FENCE = /\r?\n---[ \t]*(?:\r?\n|$)/g;

function none(): FrontMatterRead {
  return { present: false, data: undefined, raw: "", bodyStart: 0, problem: null };
}

/** Removes a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The block at the top of a note, found but not parsed yet (see findFrontMatter). */
export interface FrontMatterFound extends Omit<FrontMatterRead, "data"> {
  /** A YAML block to parse: present, closed, and in YAML. */
  isYaml: boolean;
}

/**
 * Finds the front matter at the top of `text` (which must already be BOM-free) without parsing
 * it. Like Obsidian, the block must open on the first line with `---` and close with a line that
 * is exactly `---`; an unclosed block or one in another language already carries its problem.
 */
export function findFrontMatter(text: string): FrontMatterFound {
  if (!text.startsWith("---")) return { ...none(), isYaml: false };
  const lineEnd = text.indexOf("\n");
  const firstLine = (lineEnd === -1 ? text : text.slice(0, lineEnd)).replace(/\r$/, "");
  if (firstLine.startsWith("----")) return { ...none(), isYaml: false }; // a thematic break, not a fence
  const language = firstLine.slice(3).trim();
  const unclosed = { key: "frontmatter", value: "---", message: "the front matter has no closing --- line, so it is not read" };
  if (lineEnd === -1) return { present: true, raw: "", bodyStart: text.length, problem: unclosed, isYaml: false };

  CLOSING_FENCE.lastIndex = lineEnd - (text[lineEnd - 1] === "\r" ? 1 : 0);
  const close = CLOSING_FENCE.exec(text);
  if (!close) return { present: true, raw: text.slice(lineEnd + 1), bodyStart: lineEnd + 1, problem: unclosed, isYaml: false };
  const raw = text.slice(lineEnd + 1, close.index);
  const bodyStart = close.index + close[0].length;

  const lang = language.toLowerCase();
  if (lang !== "" && lang !== "yaml" && lang !== "yml") {
    const problem = {
      key: "frontmatter",
      value: displayValue(firstLine),
      message: `front matter in ${displayValue(language)} is not read; write it in YAML (a plain --- line)`,
    };
    return { present: true, raw, bodyStart, problem, isYaml: false };
  }
  return { present: true, raw, bodyStart, problem: null, isYaml: true };
}

/** Parses a block findFrontMatter found. Never throws: invalid YAML is a problem. */
export function parseFrontMatter(found: FrontMatterFound): FrontMatterRead {
  const { present, raw, bodyStart, problem } = found;
  if (!found.isYaml) return { present, data: undefined, raw, bodyStart, problem };
  try {
    const block = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
    let data: unknown;
    if (block.startsWith("---") || block.includes("\n---")) {
      // gray-matter would close the block at this line (it looks for any "\n---"); keep the
      // block as found above and let YAML judge the line. The leading line break stands for
      // the opening fence, as in what gray-matter hands its engine, so lines count from it.
      data = parseYaml(`\n${block}`);
    } else {
      // Only the block and plain fences go to gray-matter, never the body.
      data = matter(`---\n${block}\n---`, GRAY_MATTER_OPTIONS).data;
    }
    return { present, data, raw, bodyStart, problem: null };
  } catch (error) {
    return { present, data: undefined, raw, bodyStart, problem: yamlProblem(error, raw) };
  }
}

/** Finds and parses the front matter at the top of `text` (BOM-free). Never throws. */
export function readFrontMatter(text: string): FrontMatterRead {
  return parseFrontMatter(findFrontMatter(text));
}

/**
 * A YAML error as a problem: the reason and its place counted in the note's lines, and the
 * offending line as the value. An error found at the end of the block (a key that never got its
 * value, a list never closed) is placed on the block's last line of text, where it was written.
 */
function yamlProblem(error: unknown, raw: string): Problem {
  let reason: string;
  let value = "";
  if (error instanceof YamlReadError) {
    reason = error.message;
    if (error.line !== null) {
      // The parsed text starts with the opening fence's line break, so its line numbers are
      // the note's own, and the block's first line is the note's line 2.
      const lines = raw.split(/\r?\n/);
      let lastText = lines.length - 1;
      while (lastText > 0 && lines[lastText].trim() === "") lastText--;
      let index = error.line - 2;
      let column = error.column ?? 1;
      if (index > lastText) {
        index = lastText;
        column = 1;
      }
      value = lines[index] ?? "";
      reason = `${error.reason} at line ${index + 2}, column ${column}`;
    }
  } else {
    reason = error instanceof Error ? error.message.split("\n", 1)[0] : String(error);
  }
  if (reason.length > 120) reason = `${reason.slice(0, 117)}...`;
  return { key: "frontmatter", value: displayValue(value.trim()), message: `the front matter is not valid YAML (${reason}), so nothing in it is read` };
}
