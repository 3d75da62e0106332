/**
 * Reads a note's front matter the way the plugin sees it inside Obsidian, from the file's text:
 * gray-matter finds the block, the `yaml` package reads it. Safe by construction:
 * - only YAML is read. `---js`, `---javascript`, `---json`, `---coffee`… are never handed to
 *   gray-matter (whose built-in `javascript` engine would evaluate them); they become a problem;
 *   and the engines given to gray-matter refuse every other language anyway;
 * - YAML 1.2 core schema: timestamps stay the strings they are written as (spec §1), `yes`
 *   stays text, duplicate keys are an error, aliases are capped, and a number written with a
 *   leading zero (`012`, a phone or postcode) stays text instead of losing its zero;
 * - a BOM, CRLF line endings, an unclosed fence or broken YAML never throw: the result names
 *   the problem and the scan goes on.
 */
import matter from "gray-matter";
import { parse as parseYaml, type CollectionTag, type ScalarTag, type Tags } from "yaml";
import { displayValue } from "../core/note";
import type { Problem } from "../core/types";
import { NOT_SIMPLE, parseSimpleYaml } from "./simple-yaml";

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

const INT_TAG = "tag:yaml.org,2002:int";
const DECIMAL_WITHOUT_LEADING_ZERO = /^[-+]?(?:0|[1-9][0-9]*)$/;

/** The core schema, except that `012` is not the number 12: it stays the text "012". */
function keepLeadingZeros(tags: Tags): Tags {
  return tags.map((t) => {
    if (typeof t !== "object" || t.tag !== INT_TAG || t.format || !isScalarTag(t)) return t;
    const decimal: ScalarTag = { ...t, test: DECIMAL_WITHOUT_LEADING_ZERO };
    return decimal;
  });
}

function isScalarTag(tag: ScalarTag | CollectionTag): tag is ScalarTag {
  return !("collection" in tag && tag.collection);
}

const YAML_OPTIONS = {
  schema: "core",
  uniqueKeys: true,
  // Warnings (unknown tags…) are not printed; errors throw and become a problem.
  logLevel: "error",
  maxAliasCount: 100,
  customTags: keepLeadingZeros,
} as const;

/** Parses YAML text with the options above. Throws on invalid YAML. */
export function parseYamlBlock(text: string): unknown {
  return parseYaml(text, YAML_OPTIONS);
}

function refuse(language: string) {
  return {
    parse(): object {
      throw new Error(`front matter in ${language} is not read`);
    },
  };
}

/** gray-matter merges these over its defaults, so every built-in engine is replaced. */
const ENGINES = {
  yaml: { parse: (text: string): object => parseYamlBlock(text) as object },
  javascript: refuse("javascript"),
  js: refuse("js"),
  json: refuse("json"),
  coffee: refuse("coffee"),
  cson: refuse("cson"),
  toml: refuse("toml"),
};

const GRAY_MATTER_OPTIONS = { language: "yaml", engines: ENGINES };

const CLOSING_FENCE = /\r?\n---[ \t]*(?:\r?\n|$)/g;

function none(): FrontMatterRead {
  return { present: false, data: undefined, raw: "", bodyStart: 0, problem: null };
}

/** Removes a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Reads the front matter at the top of `text` (which must already be BOM-free). Never throws.
 * Like Obsidian, the block must open on the first line with `---` and close with a line that is
 * exactly `---`.
 */
export function readFrontMatter(text: string): FrontMatterRead {
  if (!text.startsWith("---")) return none();
  const lineEnd = text.indexOf("\n");
  const firstLine = (lineEnd === -1 ? text : text.slice(0, lineEnd)).replace(/\r$/, "");
  if (firstLine.startsWith("----")) return none(); // a thematic break, not a fence
  const language = firstLine.slice(3).trim();
  if (lineEnd === -1) {
    return {
      present: true,
      data: undefined,
      raw: "",
      bodyStart: text.length,
      problem: { key: "frontmatter", value: "---", message: "the front matter has no closing --- line, so it is not read" },
    };
  }

  CLOSING_FENCE.lastIndex = lineEnd - (text[lineEnd - 1] === "\r" ? 1 : 0);
  const close = CLOSING_FENCE.exec(text);
  if (!close) {
    return {
      present: true,
      data: undefined,
      raw: text.slice(lineEnd + 1),
      bodyStart: lineEnd + 1,
      problem: { key: "frontmatter", value: "---", message: "the front matter has no closing --- line, so it is not read" },
    };
  }
  const raw = text.slice(lineEnd + 1, close.index);
  const bodyStart = close.index + close[0].length;

  const lang = language.toLowerCase();
  if (lang !== "" && lang !== "yaml" && lang !== "yml") {
    return {
      present: true,
      data: undefined,
      raw,
      bodyStart,
      problem: {
        key: "frontmatter",
        value: displayValue(firstLine),
        message: `front matter in ${displayValue(language)} is not read; write it in YAML (a plain --- line)`,
      },
    };
  }

  try {
    const block = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
    let data: unknown = parseSimpleYaml(block);
    if (data !== NOT_SIMPLE) {
      // The common case, read by the verified fast path (same result as below).
    } else if (block.startsWith("---") || block.includes("\n---")) {
      // gray-matter would close the block at this line (it looks for any "\n---"); keep the
      // block as found above and let YAML judge the line.
      data = parseYamlBlock(`\n${block}`);
    } else {
      // Only the block and plain fences go to gray-matter, never the body.
      data = matter(`---\n${block}\n---`, GRAY_MATTER_OPTIONS).data;
    }
    return { present: true, data, raw, bodyStart, problem: null };
  } catch (error) {
    return { present: true, data: undefined, raw, bodyStart, problem: yamlProblem(error, raw) };
  }
}

/** A YAML error as a problem: the offending line as the value, the first line of the message, lines counted in the note. */
function yamlProblem(error: unknown, raw: string): Problem {
  const message = error instanceof Error ? error.message : String(error);
  // gray-matter hands over the block with the opening fence's line break first, so the
  // error's line numbers are already the note's own.
  let first = message.split("\n", 1)[0].replace(/:\s*$/, "").trim();
  if (first.length > 120) first = `${first.slice(0, 117)}...`;
  let value = "";
  const pos = (error as { linePos?: { line: number }[] } | null)?.linePos;
  if (Array.isArray(pos) && pos.length > 0 && typeof pos[0]?.line === "number") {
    value = raw.split(/\r?\n/)[pos[0].line - 2] ?? "";
  }
  return { key: "frontmatter", value: displayValue(value.trim()), message: `the front matter is not valid YAML (${first}), so nothing in it is read` };
}
