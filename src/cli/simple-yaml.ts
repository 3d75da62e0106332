/**
 * A fast path for the front matter most notes have: `key: value` lines, lists of plain values
 * (`tags: [a, b]` or `- a` items), lists of small mappings (`follow_ups`), and multi-line text
 * written as a literal (`|`) or folded (`>`) block scalar, with its chomping (`-`, `+`) and
 * indentation (`1`–`9`) indicators. For exactly that subset (comments included) it returns what
 * the `yaml` package returns with the CLI's options (YAML 1.2 core schema, `012` kept as text);
 * for anything else — quotes with escapes, anchors, tags, deeper nesting, duplicate keys, tabs,
 * odd characters, the rare block scalar shapes listed at readBlockScalar — it answers NOT_SIMPLE
 * and the caller parses with gray-matter and `yaml` as usual. test/cli/simple-yaml.test.ts checks
 * the equivalence against `yaml` on generated input.
 *
 * Why: parsing YAML is most of the CLI's time; this subset is parsed in a small fraction of it.
 */

export const NOT_SIMPLE: unique symbol = Symbol("not simple YAML");
export type SimpleResult = Record<string, unknown> | typeof NOT_SIMPLE;

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const RESERVED_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;
const BLANK_OR_COMMENT = /^ *(?:#.*)?$/;
const ITEM = /^( *)-( +)(.*)$/;
// Characters the fast path never handles (control characters, BOM, tabs, noncharacters).
// eslint-disable-next-line no-control-regex -- these are exactly the characters refused
const ODD = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
// The same, over a whole block: everything but the line feed.
// eslint-disable-next-line no-control-regex -- these are exactly the characters refused
const ODD_IN_BLOCK = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
// A block scalar's header: `|` or `>`, a chomping and an indentation indicator in either order
// (each optional), then nothing or a comment.
const BLOCK_HEADER = /^([|>])(?:([-+])([1-9])?|([1-9])([-+])?)?(?: +#.*)?$/;

const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_DEC = /^[-+]?(?:0|[1-9][0-9]*)$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

// Every null, boolean and number of the core schema starts with one of these.
const RESOLVED_START = /^[-+.~0-9nNtTfF]/;

/** The core schema's resolution of a plain scalar, in the schema's tag order. */
function resolvePlain(text: string): unknown {
  if (!RESOLVED_START.test(text)) return text;
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === "t" || text[0] === "T";
  if (INT_OCT.test(text)) return parseInt(text.slice(2), 8);
  if (INT_DEC.test(text)) return parseInt(text, 10);
  if (INT_HEX.test(text)) return parseInt(text.slice(2), 16);
  if (FLOAT_NAN.test(text)) return text.slice(-3).toLowerCase() === "nan" ? NaN : text[0] === "-" ? -Infinity : Infinity;
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text);
  return text;
}

function isNumberLike(text: string): boolean {
  return INT_DEC.test(text) || FLOAT_EXP.test(text) || FLOAT.test(text) || FLOAT_NAN.test(text);
}

/** A whole scalar written on one line (a value after `key: ` or `- `), or NOT_SIMPLE. A trailing ` # comment` is dropped. */
function lineScalar(raw: string): unknown {
  let text = trimSpaces(raw);
  if (text === "" || ODD.test(text)) return NOT_SIMPLE;
  const q = text[0];
  if (q === "'" || q === '"') {
    const end = text.indexOf(q, 1);
    if (end === -1) return NOT_SIMPLE;
    const inner = text.slice(1, end);
    const after = text.slice(end + 1);
    if (inner.includes("\\") || (after !== "" && !/^ +#/.test(after))) return NOT_SIMPLE;
    return inner;
  }
  // In a plain scalar " #" always starts a comment.
  const hash = text.indexOf(" #");
  if (hash !== -1) text = trimSpaces(text.slice(0, hash));
  if (text.includes(": ") || text.endsWith(":")) return NOT_SIMPLE;
  if (INDICATOR_START.test(text) && !isNumberLike(text)) return NOT_SIMPLE;
  return resolvePlain(text);
}

/** A scalar inside `[…]` or `{…}`: stricter (no flow indicators, `:` only before a digit). */
function flowScalar(raw: string): unknown {
  const text = trimSpaces(raw);
  if (text === "" || ODD.test(text) || /[[\]{}#"'\\]/.test(text) || /:(?![0-9])/.test(text)) return NOT_SIMPLE;
  if (INDICATOR_START.test(text) && !isNumberLike(text)) return NOT_SIMPLE;
  return resolvePlain(text);
}

function flowSequence(text: string): unknown[] | typeof NOT_SIMPLE {
  const inner = trimSpaces(text.slice(1, -1));
  if (inner === "") return [];
  const out: unknown[] = [];
  for (const part of inner.split(",")) {
    const v = flowScalar(part);
    if (v === NOT_SIMPLE) return NOT_SIMPLE;
    out.push(v);
  }
  return out;
}

function flowMapping(text: string): Record<string, unknown> | typeof NOT_SIMPLE {
  const inner = trimSpaces(text.slice(1, -1));
  const out: Record<string, unknown> = {};
  if (inner === "") return out;
  for (const part of inner.split(",")) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_-]*): +(.+)$/.exec(part);
    if (!m || RESERVED_KEY.test(m[1]) || Object.prototype.hasOwnProperty.call(out, m[1])) return NOT_SIMPLE;
    const v = flowScalar(m[2]);
    if (v === NOT_SIMPLE) return NOT_SIMPLE;
    out[m[1]] = v;
  }
  return out;
}

/** A flow collection with any trailing ` # comment` removed (its items may not contain `#`). */
function withoutComment(text: string): string {
  const hash = text.indexOf(" #");
  return hash === -1 ? text : trimSpaces(text.slice(0, hash));
}

/** A value after `key: ` or `- ` on the same line. */
function inlineValue(raw: string): unknown {
  const text = trimSpaces(raw);
  if (text.startsWith("[")) {
    const flow = withoutComment(text);
    return flow.endsWith("]") ? flowSequence(flow) : NOT_SIMPLE;
  }
  if (text.startsWith("{")) {
    const flow = withoutComment(text);
    return flow.endsWith("}") ? flowMapping(flow) : NOT_SIMPLE;
  }
  return lineScalar(text);
}

/** YAML's own whitespace here is the space (tabs are refused): String#trim would also eat U+00A0 and friends. */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(start, end);
}

function indentOf(line: string): number {
  let n = 0;
  while (n < line.length && line.charCodeAt(n) === 32) n++;
  return n;
}

/**
 * Parses `block` (LF line endings) when it is in the simple subset; NOT_SIMPLE otherwise.
 * An empty or comment-only block is `{}`, as gray-matter gives it.
 */
export function parseSimpleYaml(block: string): SimpleResult {
  if (ODD_IN_BLOCK.test(block)) return NOT_SIMPLE;
  const lines = block.split("\n");
  const out: Record<string, unknown> = {};
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (BLANK_OR_COMMENT.test(line)) {
      i++;
      continue;
    }
    const m = KEY.exec(line);
    if (!m || RESERVED_KEY.test(m[1]) || Object.prototype.hasOwnProperty.call(out, m[1])) return NOT_SIMPLE;
    const key = m[1];
    const rest = m[2] ?? "";
    i++;
    if (startsBlockScalar(rest)) {
      const block = readBlockScalar(rest, lines, i, 0);
      if (block === NOT_SIMPLE) return NOT_SIMPLE;
      out[key] = block.value;
      i = block.next;
      continue;
    }
    if (trimSpaces(rest) !== "" && !trimSpaces(rest).startsWith("#")) {
      const v = inlineValue(rest);
      if (v === NOT_SIMPLE) return NOT_SIMPLE;
      out[key] = v;
      continue;
    }
    // `key:` alone: null, or a block sequence on the following lines.
    let j = i;
    while (j < lines.length && BLANK_OR_COMMENT.test(lines[j])) j++;
    const first = j < lines.length ? ITEM.exec(lines[j]) : null;
    if (!first) {
      if (j < lines.length && indentOf(lines[j]) > 0) return NOT_SIMPLE;
      out[key] = null;
      continue;
    }
    const seq = readSequence(lines, j, first[1].length);
    if (seq === NOT_SIMPLE) return NOT_SIMPLE;
    out[key] = seq.items;
    i = seq.next;
  }
  return out;
}

/** Items `- …` at exactly `indent`, each a scalar, a flow mapping or a block mapping of scalars. */
function readSequence(lines: string[], start: number, indent: number): { items: unknown[]; next: number } | typeof NOT_SIMPLE {
  const items: unknown[] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i];
    if (BLANK_OR_COMMENT.test(line)) {
      i++;
      continue;
    }
    const item = ITEM.exec(line);
    if (!item || item[1].length !== indent) {
      // The sequence ends at the next top-level key; anything else is not simple.
      if (indentOf(line) === 0 && !line.startsWith("-")) break;
      return NOT_SIMPLE;
    }
    const content = item[3];
    // The column where the item's content starts: a mapping continues at exactly that column.
    const column = indent + 1 + item[2].length;
    i++;
    const pair = KEY.exec(content);
    if (pair) {
      // A block mapping: this pair, then `key: value` lines indented under the dash.
      const map: Record<string, unknown> = {};
      let pairKey = pair[1];
      let pairValue = pair[2] ?? "";
      for (;;) {
        if (RESERVED_KEY.test(pairKey) || Object.prototype.hasOwnProperty.call(map, pairKey) || trimSpaces(pairValue) === "") return NOT_SIMPLE;
        if (startsBlockScalar(pairValue)) {
          // The pair's key sits at `column`: the scalar's text is indented further.
          const block = readBlockScalar(pairValue, lines, i, column);
          if (block === NOT_SIMPLE) return NOT_SIMPLE;
          map[pairKey] = block.value;
          i = block.next;
        } else {
          const v = lineScalar(pairValue);
          if (v === NOT_SIMPLE) return NOT_SIMPLE;
          map[pairKey] = v;
        }
        while (i < lines.length && BLANK_OR_COMMENT.test(lines[i])) i++;
        if (i >= lines.length || indentOf(lines[i]) !== column) break;
        const next = KEY.exec(lines[i].slice(column));
        if (!next) return NOT_SIMPLE;
        pairKey = next[1];
        pairValue = next[2] ?? "";
        i++;
      }
      items.push(map);
      continue;
    }
    const text = trimSpaces(content);
    let v: unknown;
    if (startsBlockScalar(text)) {
      // The dash sits at `indent`: the scalar's text is indented further.
      const block = readBlockScalar(text, lines, i, indent);
      if (block === NOT_SIMPLE) return NOT_SIMPLE;
      v = block.value;
      i = block.next;
    } else {
      v = text.startsWith("[") ? NOT_SIMPLE : inlineValue(text);
    }
    if (v === NOT_SIMPLE) return NOT_SIMPLE;
    // A continuation line (a plain scalar folded over lines) is not simple.
    let k = i;
    while (k < lines.length && BLANK_OR_COMMENT.test(lines[k])) k++;
    if (k < lines.length && indentOf(lines[k]) > indent) return NOT_SIMPLE;
    items.push(v);
  }
  return { items, next: i };
}

/** A value that opens a block scalar: it starts with `|` or `>` (after any spaces). */
function startsBlockScalar(value: string): boolean {
  const c = value.charCodeAt(indentOf(value));
  return c === 0x7c || c === 0x3e;
}

function isBlank(line: string): boolean {
  return indentOf(line) === line.length;
}

/**
 * A literal (`|`) or folded (`>`) block scalar: `header` is the text after `key: ` or `- `, its
 * lines start at lines[start], and `parent` is the column of the key or dash it belongs to (its
 * text is indented further). Returns the text and the index of the first line after the scalar.
 *
 * The text is what the `yaml` package reads, including where that differs from the letter of
 * the spec: a clipped scalar that ends the block without a line break still ends with one. Shapes
 * it reads in a way not worth copying are refused (NOT_SIMPLE), and the full parser has them:
 * - a header with more than `|`/`>`, one chomping indicator, one indentation indicator (1–9)
 *   and a ` # comment`;
 * - a line of spaces longer than the text's indentation before the first line of text (an
 *   error) or after the last one (a line of text made of spaces);
 * - keep chomping (`|+`) with no text at all;
 * - a first line of text indented less than an indentation indicator asks for.
 */
function readBlockScalar(header: string, lines: string[], start: number, parent: number): { value: string; next: number } | typeof NOT_SIMPLE {
  const h = BLOCK_HEADER.exec(trimSpaces(header));
  if (!h) return NOT_SIMPLE;
  const folded = h[1] === ">";
  const chomp = h[2] ?? h[5] ?? "";
  const indicator = h[3] ?? h[4];

  let first = start;
  while (first < lines.length && isBlank(lines[first])) first++;
  if (first === lines.length || indentOf(lines[first]) <= parent) {
    // No text: the empty string, whatever blank lines follow (kept ones are left to the full parser).
    return chomp === "+" ? NOT_SIMPLE : { value: "", next: first };
  }
  const indent = indicator === undefined ? indentOf(lines[first]) : parent + Number(indicator);
  if (indentOf(lines[first]) < indent) return NOT_SIMPLE;

  // The scalar runs over blank lines and lines indented at least `indent`.
  let end = first + 1;
  let last = first;
  while (end < lines.length) {
    const line = lines[end];
    if (!isBlank(line)) {
      if (indentOf(line) < indent) break;
      last = end;
    }
    end++;
  }
  for (let k = start; k < first; k++) if (lines[k].length > indent) return NOT_SIMPLE;
  for (let k = last + 1; k < end; k++) if (lines[k].length > indent) return NOT_SIMPLE;

  // Each blank line before the text is a line break.
  let value = "\n".repeat(first - start);
  if (!folded) {
    value += lines[first].slice(indent);
    for (let k = first + 1; k <= last; k++) value += `\n${lines[k].slice(indent)}`;
  } else {
    // Folding: a line break between two lines of text becomes a space; blank lines are line
    // breaks; lines indented further (spaces only included) keep their line breaks.
    let sep = "";
    let moreIndented = false;
    for (let k = first; k <= last; k++) {
      const line = lines[k];
      if (line.length > indent && line.charCodeAt(indent) === 0x20) {
        if (sep === " ") sep = "\n";
        else if (sep === "\n" && !moreIndented) sep = "\n\n";
        value += sep + line.slice(indent);
        sep = "\n";
        moreIndented = true;
      } else if (isBlank(line)) {
        if (sep === "\n") value += "\n";
        else sep = "\n";
      } else {
        value += sep + line.slice(indent);
        sep = " ";
        moreIndented = false;
      }
    }
  }

  if (chomp === "") {
    value += "\n";
  } else if (chomp === "+") {
    // Keep: every line break after the last line of text (the block's last line has none).
    value += "\n".repeat(Math.min(end, lines.length - 1) - last);
    if (!value.endsWith("\n")) value += "\n";
  }
  return { value, next: end };
}
