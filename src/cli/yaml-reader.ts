/**
 * The YAML reader behind the CLI's front matter: js-yaml with a schema of our own, set up to read
 * values the way Obsidian's Properties do (spec §1, "Datetime"; §2):
 * - YAML 1.2 core schema: `yes`/`no`/`on` stay text, only `true`/`false` are booleans;
 * - dates and timestamps stay the text they are written as (there is no timestamp type);
 * - a whole number written with a leading zero (`012`, a phone number or a postcode) stays text
 *   instead of losing its zero (`0o17` and `0x1F` are still numbers, `012.5` is still 12.5);
 * - a tag never runs code or builds an object: `!!js/function`, `!!python/…`, `!foo` and every
 *   other tag this schema does not define reads the node as if it had no tag, as text, a list or
 *   a mapping (`!!binary` and `!!timestamp` included);
 * - no merge keys (`<<` is an ordinary key in YAML 1.2), duplicate keys are an error;
 * - aliases may not make the data much larger than the text (billion laughs) nor contain
 *   themselves, and nesting stops at MAX_DEPTH levels: both are errors, never a hang or a crash.
 */
import { FAILSAFE_SCHEMA, load, Type, YAMLException, type LoadOptions } from "js-yaml";

/** How deep collections may nest (js-yaml's own guard; its default of 100 is below real notes). */
export const MAX_DEPTH = 1000;
/** How many values aliases may add to the data beyond what is written out. */
export const MAX_ALIASED_VALUES = 10_000;

// YAML 1.2 core schema (§10.3.2), except that a decimal integer may not start with a zero.
const INT_DECIMAL = /^[-+]?(?:0|[1-9][0-9]*)$/;
const INT_OCTAL = /^0o[0-7]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
// A float needs a dot or an exponent here, so that `012` is not read as the float 12 either.
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*|(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+)$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

const NULL = /^(?:~|null|Null|NULL)$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;

// Every plain scalar (keys included) is offered to each implicit type in turn, and most are
// words, dates or names: a look at the first character turns them away before any pattern runs.
function startsNumber(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e; // 0-9 + - .
}

const nullType = new Type("tag:yaml.org,2002:null", {
  kind: "scalar",
  resolve: (text: string | null) => text === null || ("~nN".includes(text[0]) && NULL.test(text)),
  construct: () => null,
});

const boolType = new Type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  resolve: (text: string | null) => text !== null && "tTfF".includes(text[0]) && BOOL.test(text),
  construct: (text: string) => text[0] === "t" || text[0] === "T",
});

const intType = new Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (text: string | null) => text !== null && startsNumber(text) && (INT_DECIMAL.test(text) || INT_OCTAL.test(text) || INT_HEX.test(text)),
  construct: (text: string) => (text[1] === "o" ? parseInt(text.slice(2), 8) : text[1] === "x" ? parseInt(text.slice(2), 16) : parseInt(text, 10)),
});

const floatType = new Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (text: string | null) => text !== null && startsNumber(text) && (FLOAT.test(text) || FLOAT_SPECIAL.test(text)),
  construct: (text: string) => {
    if (!FLOAT_SPECIAL.test(text)) return parseFloat(text);
    if (text.endsWith("nan") || text.endsWith("NaN") || text.endsWith("NAN")) return NaN;
    return text.startsWith("-") ? -Infinity : Infinity;
  },
});

// Every tag the schema does not define (an empty prefix matches them all) reads the node as it is written.
const untaggedScalar = new Type("", { kind: "scalar", multi: true, construct: (data: string | null) => data ?? "" });
const untaggedList = new Type("", { kind: "sequence", multi: true, construct: (data: unknown[] | null) => data ?? [] });
const untaggedMapping = new Type("", { kind: "mapping", multi: true, construct: (data: object | null) => data ?? {} });

/** str, seq and map (the failsafe schema), the core schema's null, bool, int and float, and the catch-alls. */
export const FRONT_MATTER_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [nullType, boolType, intType, floatType],
  explicit: [untaggedScalar, untaggedList, untaggedMapping],
});

// `maxDepth` is read by js-yaml 4.3 and later; @types/js-yaml does not list it yet.
const LOAD_OPTIONS = { schema: FRONT_MATTER_SCHEMA, maxDepth: MAX_DEPTH } as LoadOptions;

/** Why a block is refused: a YAML error or one of the limits above, with where it is when known. */
export class YamlReadError extends Error {
  /** What is wrong, without the place. */
  readonly reason: string;
  /** The 1-based line and column in the text that was parsed, when known. */
  readonly line: number | null;
  readonly column: number | null;

  constructor(reason: string, line: number | null = null, column: number | null = null) {
    super(line === null ? reason : `${reason} at line ${line}, column ${column ?? 1}`);
    this.name = "YamlReadError";
    this.reason = reason;
    this.line = line;
    this.column = column;
  }
}

/** js-yaml's reasons, said for people who write notes. */
const PLAIN_REASONS: [RegExp, string][] = [
  [/^duplicated mapping key$/, "a key is written twice; keys must be unique"],
  [/^nesting exceeded maxDepth/, `values nested more than ${MAX_DEPTH} levels deep`],
  [/^end of the stream or a document separator is expected$/, "unexpected text after the value"],
];

function plainReason(reason: string): string {
  for (const [pattern, text] of PLAIN_REASONS) if (pattern.test(reason)) return text;
  return reason;
}

/**
 * Parses one YAML document with FRONT_MATTER_SCHEMA. Throws a YamlReadError naming the reason
 * and the place (`… at line 3, column 1`) when the text is not valid YAML or breaks a limit.
 */
export function parseYaml(text: string): unknown {
  let data: unknown;
  try {
    data = load(text, LOAD_OPTIONS);
  } catch (error) {
    if (error instanceof YAMLException) {
      const mark = error.mark as YAMLException["mark"] | undefined;
      throw new YamlReadError(plainReason(error.reason), mark ? mark.line + 1 : null, mark ? mark.column + 1 : null);
    }
    if (error instanceof RangeError) throw new YamlReadError("nested too deeply to read");
    throw error;
  }
  // An alias needs an anchor (`&name`) and a `*name`: without both characters there is none.
  if (text.includes("&") && text.includes("*")) checkAliases(data);
  // An empty document is null, as in the `yaml` package (js-yaml says undefined).
  return data === undefined ? null : data;
}

/**
 * Refuses data whose aliases repeat more than MAX_ALIASED_VALUES values, or that contains itself.
 * js-yaml shares one object between an anchor and its aliases, so parsing is cheap, but anything
 * that walks the result would pay for every repeat. A value counts 1, a list or mapping 1 plus
 * its contents; an alias to a list or mapping repeats all of it but its own node.
 */
function checkAliases(data: unknown): void {
  const sizes = new Map<object, number>();
  const open = new Set<object>();
  let repeated = 0;
  const size = (value: unknown): number => {
    if (typeof value !== "object" || value === null) return 1;
    const known = sizes.get(value);
    if (known !== undefined) {
      // Seen before: only an alias shares an object.
      repeated += known - 1;
      if (repeated > MAX_ALIASED_VALUES) {
        throw new YamlReadError(`aliases (*name) that repeat more than ${MAX_ALIASED_VALUES.toLocaleString("en")} values`);
      }
      return known;
    }
    if (open.has(value)) throw new YamlReadError("an alias (*name) inside the value it names, which would never end");
    open.add(value);
    let total = 1;
    for (const child of Array.isArray(value) ? value : Object.values(value)) total += size(child);
    open.delete(value);
    sizes.set(value, total);
    return total;
  };
  size(data);
}
