/**
 * A fast path for the front matter most notes have: `key: value` lines, lists of plain values
 * (`tags: [a, b]` or `- a` items), and lists of small mappings (`follow_ups`). For exactly that
 * subset (comments included) it returns what the `yaml` package returns with the CLI's options
 * (YAML 1.2 core schema, `012` kept as text); for anything else — quotes with escapes, anchors,
 * tags, block scalars, deeper nesting, duplicate keys, odd characters — it answers NOT_SIMPLE and the
 * caller parses with gray-matter and `yaml` as usual. test/cli/simple-yaml.test.ts checks the
 * equivalence against `yaml` on generated input.
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

const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_DEC = /^[-+]?(?:0|[1-9][0-9]*)$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** The core schema's resolution of a plain scalar, in the schema's tag order. */
function resolvePlain(text: string): unknown {
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

/** A whole scalar written in block context (a value after `key: ` or `- `), or NOT_SIMPLE. A trailing ` # comment` is dropped. */
function blockScalar(raw: string): unknown {
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
  return blockScalar(text);
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
        const v = blockScalar(pairValue);
        if (v === NOT_SIMPLE) return NOT_SIMPLE;
        map[pairKey] = v;
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
    const v = text.startsWith("[") ? NOT_SIMPLE : inlineValue(text);
    if (v === NOT_SIMPLE) return NOT_SIMPLE;
    // A continuation line (a plain scalar folded over lines) is not simple.
    let k = i;
    while (k < lines.length && BLANK_OR_COMMENT.test(lines[k])) k++;
    if (k < lines.length && indentOf(lines[k]) > indent) return NOT_SIMPLE;
    items.push(v);
  }
  return { items, next: i };
}
