/**
 * The fast path must give exactly what the full parser gives (gray-matter + `yaml` with the CLI's
 * options) for everything it accepts, and must refuse what it cannot read exactly.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseYamlBlock, readFrontMatter } from "../../src/cli/frontmatter";
import { NOT_SIMPLE, parseSimpleYaml } from "../../src/cli/simple-yaml";

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
    ["a block scalar", "a: |\n  text"],
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
      { numRuns: 3000 },
    );
    // The property is not vacuous: a fair share of the generated blocks take the fast path.
    expect(accepted).toBeGreaterThan(300);
  });

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
