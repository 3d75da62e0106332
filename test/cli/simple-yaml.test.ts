/**
 * The fast path must give exactly what the full parser gives (gray-matter + `yaml` with the CLI's
 * options) for everything it accepts, and must refuse what it cannot read exactly.
 */
import { readdirSync, readFileSync } from "node:fs";
import process from "node:process";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseYamlBlock, readFrontMatter } from "../../src/cli/frontmatter";
import { NOT_SIMPLE, parseSimpleYaml } from "../../src/cli/simple-yaml";

/** FC_RUNS=50000 npx vitest run test/cli/simple-yaml.test.ts for a long run. */
const RUNS = Number(process.env.FC_RUNS ?? 3000);
/** A guard against a hang, scaled with the run count (not a speed assertion). */
const TIMEOUT = Math.max(30_000, RUNS * 5);

/** What the full path gives for a block: `yaml`, with gray-matter's `{}` for an empty block. */
function reference(block: string): unknown {
  const data = parseYamlBlock(`\n${block}`);
  return data === null || data === undefined ? {} : data;
}

function expectSame(block: string): void {
  const fast = parseSimpleYaml(block);
  if (fast === NOT_SIMPLE) return;
  let full: unknown;
  try {
    full = reference(block);
  } catch (error) {
    throw new Error(`fast path accepted YAML the parser rejects: ${JSON.stringify(block)}: ${String(error)}`);
  }
  expect(fast, JSON.stringify(block)).toEqual(full);
  // Same key order too.
  expect(JSON.stringify(fast)).toBe(JSON.stringify(full));
}

describe("parseSimpleYaml: known cases", () => {
  it("reads the usual interview front matter", () => {
    const block = [
      "type: interview",
      "company: Northwind Analytics",
      "interview_date: 2026-11-18 10:00",
      "email: dana@northwind.example",
      "phone: +1 555 0142",
      "zip: 012",
      "count: 12",
      "ratio: 1.50",
      "call_ok: yes",
      "sent: true",
      "empty:",
      "tags: [interview, job/search]",
      "follow_ups:",
      "  - date: 2026-11-16",
      "    channel: email",
      "  - {date: 2026-11-24 09:30, channel: voicemail}",
      "  - 2026-11-25",
      "aliases:",
      "- one",
      "- 'two words'",
      "# a comment",
      "",
      "highlight: \"the plan: dbt by spring\"",
      "stage: final # the last round",
      "links: [a, b] # two",
      "note: 'quoted # not a comment' # a comment",
      "list: # below",
      "  - x # first",
    ].join("\n");
    const fast = parseSimpleYaml(block);
    expect(fast).toEqual({
      type: "interview",
      company: "Northwind Analytics",
      interview_date: "2026-11-18 10:00",
      email: "dana@northwind.example",
      phone: "+1 555 0142",
      zip: "012",
      count: 12,
      ratio: 1.5,
      call_ok: "yes",
      sent: true,
      empty: null,
      tags: ["interview", "job/search"],
      follow_ups: [{ date: "2026-11-16", channel: "email" }, { date: "2026-11-24 09:30", channel: "voicemail" }, "2026-11-25"],
      aliases: ["one", "two words"],
      highlight: "the plan: dbt by spring",
      stage: "final",
      links: ["a", "b"],
      note: "quoted # not a comment",
      list: ["x"],
    });
    expectSame(block);
  });

  it.each([
    ["a duplicate key", "a: 1\na: 2"],
    ["an anchor", "a: &x 1"],
    ["an alias", "a: *x"],
    ["a tag", "a: !!str 1"],
    ["a block scalar header with two chomping indicators", "a: |+-\n  text"],
    ["a block scalar header with a zero indicator", "a: |0\n  text"],
    ["a block scalar header with a comment and no space", "a: |#c\n  text"],
    ["a block scalar header with text after it", "a: | text\n  more"],
    ["a block scalar with a longer blank line before its text", "a: |\n    \n  text"],
    ["a block scalar with a longer blank line after its text", "a: |\n  text\n    \nb: 1"],
    ["a kept empty block scalar", "a: |+\n\nb: 1"],
    ["a block scalar less indented than its indicator", "a: |3\n  text"],
    ["a block scalar with a tab", "a: |\n  one\ttwo"],
    ["a block scalar with a less indented line", "a: |\n    one\n  two"],
    ["a folded plain scalar", "a: one\n  two"],
    ["an escape in double quotes", 'a: "x\\ty"'],
    ["a quote inside single quotes", "a: 'it''s'"],
    ["text after a quoted value", "a: 'x' y"],
    ["a comment without a space after a quote", "a: 'x'# y"],
    ["a nested mapping", "a:\n  b: 1"],
    ["a nested sequence", "a:\n  - - 1"],
    ["a tab", "a:\t1"],
    ["a document marker", "a: 1\n---\nb: 2"],
    ["a key that is a value word", "true: 1"],
    ["__proto__", "__proto__: 1"],
    ["a quoted key", '"a": 1'],
    ["a sequence at the top", "- a\n- b"],
    ["a plain scalar with ': '", "a: b: c"],
    ["a flow collection over lines", "a: [1,\n  2]"],
    ["an empty flow item", "a: [1, , 2]"],
    ["a control character", "a: x\u0007y"],
    ["an item whose mapping is misaligned", "a:\n-  b: 1\n  c: 2"],
  ])("refuses %s", (_name, block) => {
    expect(parseSimpleYaml(block)).toBe(NOT_SIMPLE);
  });

  it("an empty or comment-only block is {}", () => {
    expect(parseSimpleYaml("")).toEqual({});
    expect(parseSimpleYaml("# nothing\n\n  # here")).toEqual({});
  });

  it.each<[string, string, unknown]>([
    ["literal, clipped", "a: |\n  one\n   two\n\n  three\nb: 1", { a: "one\n two\n\nthree\n", b: 1 }],
    ["literal, clipped, at the end of the block (still one line break)", "a: |\n  one", { a: "one\n" }],
    ["literal, stripped", "a: |-\n  one\n  two\n\n", { a: "one\ntwo" }],
    ["literal, kept, blank lines counted", "a: |+\n  one\n\n\nb: 1", { a: "one\n\n\n", b: 1 }],
    ["literal, kept, at the end of the block", "a: |+\n  one\n\n", { a: "one\n\n" }],
    ["folded", "a: >\n  one\n  two\n\n  three\n    indented\n  four", { a: "one two\nthree\n  indented\nfour\n" }],
    ["folded, stripped, with a comment on the header", "a: >- # why\n  one\n  two", { a: "one two" }],
    ["an indentation indicator", "a: |2\n    one\n  two", { a: "  one\ntwo\n" }],
    ["indicators in either order", "a: |-1\n  x\nb: >2+\n   y", { a: " x", b: " y\n" }],
    ["# inside the text", "a: |\n  # not a comment\n  x # nor this\n# but this is", { a: "# not a comment\nx # nor this\n" }],
    ["an empty block scalar", "a: |\nb: >-\n\nc: 1", { a: "", b: "", c: 1 }],
    ["a list item", "a:\n  - |\n    one\n    two\n  - x", { a: ["one\ntwo\n", "x"] }],
    ["a list item at the key's column", "a:\n- >-\n  one\n  two\n- x", { a: ["one two", "x"] }],
    [
      "values in a follow_ups mapping",
      "follow_ups:\n  - note: |\n      one\n      two\n    date: 2026-11-20\n  - date: 2026-11-27\n    note: >-\n      three\n      four",
      { follow_ups: [{ note: "one\ntwo\n", date: "2026-11-20" }, { date: "2026-11-27", note: "three four" }] },
    ],
  ])("reads a block scalar: %s", (_name, block, expected) => {
    expect(parseSimpleYaml(block)).toEqual(expected);
    expectSame(block);
  });

  it("every note of the example vault takes the fast path and reads the same", () => {
    const dir = fileURLToPath(new URL("../../examples/vault/Interviews/", import.meta.url));
    const files = readdirSync(dir).filter((f) => f.endsWith(".md"));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const fm = readFrontMatter(readFileSync(`${dir}${f}`, "utf8"));
      expect(parseSimpleYaml(fm.raw), f).not.toBe(NOT_SIMPLE);
      expectSame(fm.raw);
    }
  });
});

describe("parseSimpleYaml: generated input", () => {
  const key = fc.constantFrom("a", "b", "company", "interview_date", "follow_ups", "x-y", "_k", "date", "channel", "True", "null", "__proto__", "yes", "on");
  const piece = fc.constantFrom(
    "2026-11-18", "2026-11-18 14:00", "2026-11-18T23:30:00Z", "012", "0", "-0", "+5", "-7", "12", "1.50", "1.", ".5", "-.5", "1e3", "1E-2",
    "0x1F", "0o17", "0b101", "1_000", ".inf", "-.Inf", ".NaN", ".nan", "true", "True", "TRUE", "tRUE", "false", "yes", "no", "on", "~",
    "null", "Null", "NULL", "nULL", "Acme", "Café Zürich", "名前", "🙂", "a b", "a:b", "a: b", "a #b", "a#b", "C#", "x,y", "[x]", "{x}",
    "'q'", "\"q\"", "'it''s'", "\"a\\\"b\"", "- x", "-x", "?x", ":x", "&a", "*a", "!t", "|", ">", "%x", "@x", "`x`", "http://x.example/a?b=c",
    "+1 555 0100", "a\u0007b", "a\u2028b", "a\u00a0b", "\u00a0", "\u3000x", "x\u2003", "\u000b", " padded ", "trailing:", "\\", "#", "-", "14:00",
  );
  const scalar = fc.oneof(
    { weight: 6, arbitrary: piece },
    { weight: 2, arbitrary: fc.tuple(piece, piece).map(([a, b]) => `${a} ${b}`) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
  );
  const flowSeq = fc.array(scalar, { maxLength: 4 }).map((xs) => `[${xs.join(", ")}]`);
  const flowMap = fc.array(fc.tuple(key, scalar), { maxLength: 3 }).map((ps) => `{${ps.map(([k, v]) => `${k}: ${v}`).join(", ")}}`);
  const spaces = fc.constantFrom("", " ", "  ", "   ");
  const item = (indent: string) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.tuple(spaces, scalar).map(([s, v]) => `${indent}-${s || " "}${v}`) },
      { weight: 1, arbitrary: flowMap.map((m) => `${indent}- ${m}`) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.array(fc.tuple(key, scalar), { minLength: 1, maxLength: 3 }), fc.constantFrom(0, 1, 2, 3))
          .map(([pairs, shift]) => pairs.map(([k, v], i) => (i === 0 ? `${indent}- ${k}: ${v}` : `${indent}${" ".repeat(shift)}${k}: ${v}`)).join("\n")),
      },
    );
  const entry = fc.oneof(
    { weight: 5, arbitrary: fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`) },
    { weight: 1, arbitrary: fc.tuple(key, flowSeq).map(([k, v]) => `${k}: ${v}`) },
    { weight: 1, arbitrary: fc.tuple(key, flowMap).map(([k, v]) => `${k}: ${v}`) },
    { weight: 1, arbitrary: key.map((k) => `${k}:`) },
    { weight: 1, arbitrary: fc.tuple(key, fc.oneof(scalar, flowSeq, flowMap), fc.constantFrom(" # note", "  #x", "#y", " # a: b")).map(([k, v, c]) => `${k}: ${v}${c}`) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(key, fc.constantFrom("", "  ", "    "))
        .chain(([k, indent]) => fc.array(item(indent), { minLength: 1, maxLength: 3 }).map((items) => `${k}:\n${items.join("\n")}`)),
    },
    { weight: 1, arbitrary: fc.constantFrom("", "# comment", "  # indented comment", "  stray", "---", "...", "- loose") },
  );
  const block = fc.array(entry, { maxLength: 8 }).map((lines) => lines.join("\n"));

  it("whatever it accepts equals the full parser's result", () => {
    let accepted = 0;
    fc.assert(
      fc.property(block, (b) => {
        if (parseSimpleYaml(b) !== NOT_SIMPLE) accepted++;
        expectSame(b);
      }),
      { numRuns: RUNS },
    );
    // The property is not vacuous: a fair share of the generated blocks take the fast path.
    expect(accepted).toBeGreaterThan(RUNS / 10);
  }, TIMEOUT);

  it("the usual shapes (dates, words, numbers, lists of attempts) are accepted", () => {
    const plainWord = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .@/]{0,20}[A-Za-z0-9]$/);
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-11-${String(d).padStart(2, "0")}`);
    const fm = fc
      .record({ company: plainWord, role: plainWord, date: day, attempts: fc.array(fc.tuple(day, fc.constantFrom("email", "phone", "voicemail")), { maxLength: 4 }) })
      .map(({ company, role, date, attempts }) =>
        [`company: ${company}`, `role: ${role}`, `interview_date: ${date}`, "follow_ups:", ...attempts.map(([d, c]) => `  - date: ${d}\n    channel: ${c}`)].join("\n"),
      );
    fc.assert(
      fc.property(fm, (b) => {
        expect(parseSimpleYaml(b)).not.toBe(NOT_SIMPLE);
        expectSame(b);
      }),
      { numRuns: 500 },
    );
  });
});

describe("parseSimpleYaml: generated block scalars", () => {
  /** One generated piece of front matter (after its top-level key when `keyed`) and the block scalar features it uses. */
  interface Part {
    text: string;
    features: string[];
    keyed?: boolean;
  }

  const word = fc.constantFrom(
    "Call back", "word", "two  spaces", "trailing  ", "# not a comment", "a #b", "x # y", "key: value", "key:", "- item", "-", "|", ">", "|-", ">+2",
    "---", "...", "[a, b]", "{a: 1}", "'q'", '"q"', "&a *b !t", "%x @x `x`", "?", ":", "Café Zürich", "名前 🙂", "\u00a0x", "http://x.example/a?b=c",
    "\\", "2026-11-18", "012", "true", "~",
  );
  // Characters the fast path refuses anywhere: tabs, control characters, line separators.
  const refused = fc.constantFrom("a\tb", "\tx", "x\t", "\t", "a\u0007b", "a\u2028b", "\r");
  const text = fc.oneof({ weight: 60, arbitrary: word }, { weight: 1, arbitrary: refused }, { weight: 4, arbitrary: fc.string({ maxLength: 6 }) });
  const mode = fc.constantFrom("|", ">");
  const chomp = fc.constantFrom("", "", "-", "+");
  const headerEnd = fc.oneof(
    { weight: 40, arbitrary: fc.constantFrom("", "", "", " ", "  # why", " #", " # a: b |") },
    { weight: 1, arbitrary: fc.constantFrom("#x", "\t# c", "\t", " x", "-", "+", "0", "9", "++", "12") },
  );
  /** Indentation of a line of text relative to the scalar's: mostly the same, sometimes further, rarely less. */
  const delta = fc.oneof({ weight: 24, arbitrary: fc.constant(0) }, { weight: 6, arbitrary: fc.constantFrom(1, 2) }, { weight: 1, arbitrary: fc.constantFrom(-1, -2, -9) });
  /** Spaces on a blank line relative to the scalar's indentation (-99: an empty line). */
  const blank = fc.oneof({ weight: 15, arbitrary: fc.constantFrom(-99, -99, -1, 0) }, { weight: 1, arbitrary: fc.constantFrom(1, 2) });

  /**
   * A block scalar whose key or dash sits at `parent`: the header (any order of the indicators,
   * sometimes broken), then lines indented around `parent + step`: text, blank lines of any
   * length, lines indented further or less, trailing blank lines.
   */
  function blockScalar(parent: number): fc.Arbitrary<{ header: string; body: string[]; features: string[] }> {
    return fc
      .tuple(
        mode,
        chomp,
        fc.integer({ min: 1, max: 4 }),
        fc.oneof({ weight: 20, arbitrary: fc.constantFrom("none", "none", "exact", "first") }, { weight: 1, arbitrary: fc.constantFrom("less", "more") }),
        headerEnd,
        fc.array(
          fc.oneof(
            { weight: 4, arbitrary: fc.tuple(delta, text).map(([d, t]) => ({ delta: d, text: t })) },
            { weight: 1, arbitrary: blank.map((d) => ({ delta: d, text: "" })) },
          ),
          { maxLength: 6 },
        ),
        fc.array(blank, { maxLength: 3 }),
      )
      .map(([m, c, step, ind, end, lines, trailing]) => {
        const indent = parent + step;
        const indicator = ind === "none" ? "" : String(ind === "exact" ? step : ind === "less" ? step - 1 : ind === "more" ? step + 1 : 1);
        const header = ind === "first" ? `${m}${indicator}${c}${end}` : `${m}${c}${indicator}${end}`;
        const pad = (delta: number): string => " ".repeat(Math.max(0, indent + delta));
        const body = [...lines.map((l) => pad(l.delta) + l.text), ...trailing.map((d) => pad(d))];
        const features = [m === "|" ? "literal" : "folded", c === "-" ? "strip" : c === "+" ? "keep" : "clip"];
        if (indicator !== "" && indicator !== "0") features.push("indicator");
        if (end.includes("#")) features.push("header comment");
        if (lines.every((l) => l.text === "" || l.delta <= -step)) features.push("empty");
        if (trailing.length > 0) features.push("trailing blank lines");
        if (lines.some((l) => l.delta > 0)) features.push("indented further");
        if (lines.some((l) => l.text.includes("#"))) features.push("# inside");
        return { header, body, features };
      });
  }

  const plain = fc.constantFrom("x", "2026-11-20", "email", "12", "Acme # c", "'q'");
  const comment = fc.constantFrom("", "# comment", "  # indented comment", "    # deeper comment", "      # deepest");

  /** `key: |…` at the top. */
  const topLevel: fc.Arbitrary<Part> = blockScalar(0).map((b) => ({ text: [`: ${b.header}`, ...b.body].join("\n"), features: [...b.features, "top level"], keyed: true }));

  /** A list whose items are block scalars, plain values and mappings holding block scalars. */
  const list: fc.Arbitrary<Part> = fc
    .tuple(fc.constantFrom(0, 2, 4), fc.constantFrom(1, 1, 2))
    .chain(([dash, gap]) => {
      const column = dash + 1 + gap;
      const at = (n: number): string => " ".repeat(n);
      const item = fc.oneof(
        // - |
        blockScalar(dash).map((b) => ({ text: [`${at(dash)}-${at(gap)}${b.header}`, ...b.body].join("\n"), features: [...b.features, "list item"] })),
        // - note: |
        fc.tuple(blockScalar(column), fc.option(plain)).map(([b, more]) => ({
          text: [`${at(dash)}-${at(gap)}note: ${b.header}`, ...b.body, ...(more !== null ? [`${at(column)}date: ${more}`] : [])].join("\n"),
          features: [...b.features, "first pair of a mapping item"],
        })),
        // - date: x
        //   note: |
        fc.tuple(plain, blockScalar(column)).map(([v1, b]) => ({
          text: [`${at(dash)}-${at(gap)}date: ${v1}`, `${at(column)}note: ${b.header}`, ...b.body].join("\n"),
          features: [...b.features, "later pair of a mapping item"],
        })),
        fc.tuple(plain, comment).map(([v, c]) => ({ text: [`${at(dash)}- ${v}`, ...(c ? [c] : [])].join("\n"), features: [] })),
      );
      return fc.array(item, { minLength: 1, maxLength: 3 }).map((items) => ({
        text: [":", ...items.map((i) => i.text)].join("\n"),
        features: items.flatMap((i) => i.features),
        keyed: true,
      }));
    });

  const other: fc.Arbitrary<Part> = fc.oneof(
    { weight: 6, arbitrary: plain.map((v) => ({ text: `: ${v}`, features: [], keyed: true })) },
    { weight: 3, arbitrary: comment.map((c) => ({ text: c, features: [] })) },
    { weight: 1, arbitrary: fc.constantFrom("  stray", "- loose", "---", "\t", " ", "  ").map((t) => ({ text: t, features: [] })) },
  );
  const part = fc.oneof({ weight: 3, arbitrary: topLevel }, { weight: 3, arbitrary: list }, { weight: 3, arbitrary: other });
  // Top-level keys are distinct, except sometimes the last (a duplicate key is refused).
  const topKeys = ["company", "prep", "summary", "follow_ups", "tags", "prep"];
  const front = fc.array(part, { minLength: 1, maxLength: 6 }).map((parts) => ({
    text: parts.map((p, i) => (p.keyed ? topKeys[i] : "") + p.text).join("\n"),
    features: parts.flatMap((p) => p.features),
  }));

  it("whatever it accepts equals the full parser's result", () => {
    const accepted = new Map<string, number>();
    let withBlockScalar = 0;
    fc.assert(
      fc.property(front, ({ text: b, features }) => {
        expectSame(b);
        if (features.length > 0 && parseSimpleYaml(b) !== NOT_SIMPLE) {
          withBlockScalar++;
          for (const f of new Set(features)) accepted.set(f, (accepted.get(f) ?? 0) + 1);
        }
      }),
      { numRuns: RUNS },
    );
    // Not vacuous: blocks with block scalars take the fast path, with every feature represented.
    expect(withBlockScalar).toBeGreaterThan(RUNS / 10);
    for (const f of [
      "literal", "folded", "strip", "keep", "clip", "indicator", "header comment", "empty", "trailing blank lines", "indented further", "# inside",
      "top level", "list item", "first pair of a mapping item", "later pair of a mapping item",
    ]) {
      expect(accepted.get(f) ?? 0, f).toBeGreaterThan(RUNS / 200);
    }
  }, TIMEOUT);

  it("the generated notes' block scalars (`prep: |`, `summary: >`) are accepted", () => {
    const sentence = fc.stringMatching(/^[A-Z][a-z]{1,8}(?: [a-z]{1,8}){0,8}\.$/);
    const fm = fc
      .tuple(fc.constantFrom("|", ">", "|-", ">-"), fc.array(sentence, { minLength: 1, maxLength: 3 }))
      .map(([h, lines]) => ["company: Acme", `prep: ${h}`, ...lines.map((l) => `  ${l}`), "stage: first"].join("\n"));
    fc.assert(
      fc.property(fm, (b) => {
        expect(parseSimpleYaml(b)).not.toBe(NOT_SIMPLE);
        expectSame(b);
      }),
      { numRuns: 500 },
    );
  });
});
