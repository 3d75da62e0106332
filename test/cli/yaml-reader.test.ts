/**
 * The CLI's YAML reader (js-yaml with the schema in src/cli/yaml-reader.ts): values read as
 * Obsidian reads them, tags that never run code, limits on aliases and nesting, and — on
 * generated front matter — the same values as the `yaml` package set up the way the CLI used it
 * before (YAML 1.2 core schema, `012` kept as text).
 */
import process from "node:process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseWithYamlPackage, type CollectionTag, type ScalarTag, type Tags } from "yaml";
import { MAX_ALIASED_VALUES, MAX_DEPTH, parseYaml, YamlReadError } from "../../src/cli/yaml-reader";
import { thrownBy } from "../support/errors";

/** FC_RUNS=50000 npx vitest run test/cli/yaml-reader.test.ts for a long run. */
const RUNS = Number(process.env.FC_RUNS ?? 3000);
/** A guard against a hang, scaled with the run count (not a speed assertion). */
const TIMEOUT = Math.max(30_000, RUNS * 5);

function thrown(fn: () => unknown): YamlReadError {
  return thrownBy(YamlReadError, fn);
}

describe("values as Obsidian reads them", () => {
  it("dates and timestamps stay the text written (spec §1), in mappings and lists", () => {
    expect(parseYaml("a: 2026-11-18\nb: 2026-11-18 14:00\nc: 2026-11-18T23:30:00Z\nd: [2026-11-20, 2026-11-21T09:00]\ne: 2026-11-18T10:00:00+05:30")).toEqual({
      a: "2026-11-18",
      b: "2026-11-18 14:00",
      c: "2026-11-18T23:30:00Z",
      d: ["2026-11-20", "2026-11-21T09:00"],
      e: "2026-11-18T10:00:00+05:30",
    });
  });

  it("YAML 1.2 core: only true/false are booleans, yes/no/on/off are text", () => {
    expect(parseYaml("a: yes\nb: No\nc: on\nd: off\ne: true\nf: False\ng: TRUE\nh: tRUE\ni: y")).toEqual({
      a: "yes",
      b: "No",
      c: "on",
      d: "off",
      e: true,
      f: false,
      g: true,
      h: "tRUE",
      i: "y",
    });
  });

  it("a whole number with a leading zero stays text; other numbers are numbers", () => {
    expect(parseYaml("zip: 012\nphone: 0123456789\nzero: 0\nneg: -7\nplus: +5\nnegzero: -0\nn: 12\noct: 0o17\nhex: 0x1F\nbin: 0b101\nsep: 1_000")).toEqual({
      zip: "012",
      phone: "0123456789",
      zero: 0,
      neg: -7,
      plus: 5,
      negzero: -0,
      n: 12,
      oct: 15,
      hex: 31,
      bin: "0b101",
      sep: "1_000",
    });
    expect(parseYaml("a: 1.50\nb: 1.\nc: .5\nd: -.5\ne: 1e3\nf: 1E-2\ng: 012.5\nh: 012e1\ni: .inf\nj: -.Inf\nk: .NaN\nl: 1.2.3")).toEqual({
      a: 1.5,
      b: 1,
      c: 0.5,
      d: -0.5,
      e: 1000,
      f: 0.01,
      g: 12.5,
      h: 120,
      i: Infinity,
      j: -Infinity,
      k: NaN,
      l: "1.2.3",
    });
  });

  it("null, ~ and an empty value are null; quoted values are always text", () => {
    expect(parseYaml("a: null\nb: ~\nc:\nd: NULL\ne: nULL\nf: '12'\ng: \"true\"\nh: ''")).toEqual({ a: null, b: null, c: null, d: null, e: "nULL", f: "12", g: "true", h: "" });
  });

  it("follow_ups in both forms, block scalars and comments", () => {
    const text = [
      "follow_ups:",
      "  - 2026-12-10 voicemail next 2026-12-15 — left with reception",
      "  - date: 2026-11-24 09:30",
      "    channel: email # a comment",
      "  - {date: 2026-11-25, channel: phone}",
      "prep: |",
      "  one",
      "   two",
      "summary: >-",
      "  three",
      "  four",
    ].join("\n");
    expect(parseYaml(text)).toEqual({
      follow_ups: ["2026-12-10 voicemail next 2026-12-15 — left with reception", { date: "2026-11-24 09:30", channel: "email" }, { date: "2026-11-25", channel: "phone" }],
      prep: "one\n two\n",
      summary: "three four",
    });
  });

  it("<< is an ordinary key (no merge keys in YAML 1.2)", () => {
    expect(parseYaml("a: &x {b: 1}\nc:\n  <<: *x\n  d: 2")).toEqual({ a: { b: 1 }, c: { "<<": { b: 1 }, d: 2 } });
  });

  it("__proto__ and constructor are ordinary keys: Object.prototype is untouched", () => {
    const data = parseYaml("__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes") as Record<string, unknown>;
    expect(Object.getOwnPropertyNames(data)).toEqual(["__proto__", "constructor"]);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("tags never run code", () => {
  it("every tag the schema does not define reads the node as written: text, list or mapping", () => {
    const text = [
      "fn: !!js/function \"function () { return 1; }\"",
      "undef: !!js/undefined ''",
      "re: !<tag:yaml.org,2002:js/regexp> /x/",
      "py: !!python/object/apply:os.system [\"touch /tmp/ifu-yaml-reader\"]",
      "local: !thing 12",
      "map: !thing {a: 1}",
      "empty: !thing",
      "bin: !!binary aGk=",
      "ts: !!timestamp 2026-11-18",
      "set: !!set {a, b}",
      "plain: ! 12",
      "str: !!str 012",
    ].join("\n");
    expect(parseYaml(text)).toEqual({
      fn: "function () { return 1; }",
      undef: "",
      re: "/x/",
      py: ["touch /tmp/ifu-yaml-reader"],
      local: "12",
      map: { a: 1 },
      empty: "",
      bin: "aGk=",
      ts: "2026-11-18",
      set: { a: null, b: null },
      plain: "12",
      str: "012",
    });
  });
});

describe("errors and limits", () => {
  it("invalid YAML: a YamlReadError with the reason, its line and column", () => {
    const e = thrown(() => parseYaml("\ncompany: Acme\ninterview_date: [2026-11-18\nrole: x"));
    expect(e.reason).toMatch(/flow collection/);
    expect([e.line, e.column]).toEqual([4, 1]);
    expect(e.message).toBe(`${e.reason} at line 4, column 1`);
  });

  it("a duplicate key says so in plain words", () => {
    const e = thrown(() => parseYaml("\na: 1\nb: 2\na: 3"));
    expect(e.reason).toBe("a key is written twice; keys must be unique");
    expect(e.line).toBe(4);
  });

  it("aliases that repeat a few values are read; a billion laughs is refused", () => {
    expect(parseYaml("a: &x [1, 2]\nb: *x\nc: *x")).toEqual({ a: [1, 2], b: [1, 2], c: [1, 2] });
    const laughs = ["a: &a [l, l, l, l, l, l, l, l, l]"];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      laughs.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    }
    expect(thrown(() => parseYaml(laughs.join("\n"))).reason).toBe(`aliases (*name) that repeat more than ${MAX_ALIASED_VALUES.toLocaleString("en")} values`);
  });

  it("aliases within the limit pass, one value more does not", () => {
    const items = (n: number): string => `a: &x [${Array(n).fill("v").join(", ")}]\nb: *x`;
    // The alias *x repeats the list's n items (the list itself is where *x is written).
    expect((parseYaml(items(MAX_ALIASED_VALUES)) as { b: unknown[] }).b).toHaveLength(MAX_ALIASED_VALUES);
    expect(() => parseYaml(items(MAX_ALIASED_VALUES + 1))).toThrow(YamlReadError);
    // Repeats add up over every alias.
    expect(() => parseYaml(`a: &x [${Array(MAX_ALIASED_VALUES / 2).fill("v").join(", ")}]\nb: *x\nc: *x\nd: *x`)).toThrow(YamlReadError);
  });

  it("an alias inside the value it names is refused, not returned as a cycle", () => {
    expect(thrown(() => parseYaml("a: &a [1, *a]")).reason).toMatch(/inside the value it names/);
    expect(thrown(() => parseYaml("a: &m {b: *m}")).reason).toMatch(/inside the value it names/);
  });

  it(`nesting: ${MAX_DEPTH} levels are read, deeper is refused`, () => {
    // Levels as js-yaml counts them: the mapping, each list, and the value x itself.
    const nested = (depth: number): string => `a: ${"[".repeat(depth - 2)}x${"]".repeat(depth - 2)}`;
    let value = (parseYaml(nested(MAX_DEPTH)) as { a: unknown }).a;
    let depth = 1;
    while (Array.isArray(value)) {
      value = value[0];
      depth++;
    }
    expect([depth, value]).toEqual([MAX_DEPTH - 1, "x"]);
    expect(thrown(() => parseYaml(nested(MAX_DEPTH + 1))).reason).toBe(`values nested more than ${MAX_DEPTH} levels deep`);
    expect(thrown(() => parseYaml(`a: ${"[".repeat(100_000)}`)).reason).toMatch(/nested more than/);
  });
});

// ── The same values as the `yaml` package, as the CLI set it up before ──────────────────────

const INT_TAG = "tag:yaml.org,2002:int";

/** The CLI's former `yaml` options: core schema, decimal integers without a leading zero. */
const YAML_PACKAGE_OPTIONS = {
  schema: "core",
  uniqueKeys: true,
  logLevel: "silent",
  maxAliasCount: 100,
  customTags: (tags: Tags): Tags =>
    tags.map((t) => {
      if (typeof t !== "object" || t.tag !== INT_TAG || t.format || ("collection" in t && (t as CollectionTag).collection)) return t;
      return { ...(t as ScalarTag), test: /^[-+]?(?:0|[1-9][0-9]*)$/ };
    }),
} as const;

function yamlPackage(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: parseWithYamlPackage(text, YAML_PACKAGE_OPTIONS) };
  } catch {
    return { ok: false };
  }
}

function ours(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: parseYaml(text) };
  } catch (error) {
    if (!(error instanceof YamlReadError)) throw error;
    return { ok: false };
  }
}

describe("generated front matter: the same values as the yaml package", () => {
  const key = fc.constantFrom("a", "b", "company", "interview_date", "follow_ups", "x-y", "_k", "date", "channel", "True", "yes", "on", "012", "名前");
  const piece = fc.constantFrom(
    "2026-11-18", "2026-11-18 14:00", "2026-11-18T23:30:00Z", "2026-11-18T10:00:00+05:30", "012", "0", "-0", "+5", "-7", "12", "1.50", "1.", ".5",
    "-.5", "+.5", "1e3", "1E-2", "012e1", "012.5", "0x1F", "0o17", "0b101", "1_000", ".inf", "-.Inf", "+.INF", ".NaN", ".nan", "true", "True",
    "TRUE", "tRUE", "false", "yes", "no", "on", "~", "null", "Null", "NULL", "nULL", "Acme", "Café Zürich", "名前", "🙂", "a b", "a:b", "C#",
    "x,y", "'q'", "\"q\"", "'it''s'", "\"a\\\"b\"", "\"tab\\there\"", "-x", "http://x.example/a?b=c", "+1 555 0100", "14:00", "1:30", "\u00a0x",
    "!!str 12", "!thing x", "\\",
  );
  // Random text without YAML's indicators: the property is about how values are read, and the
  // two libraries differ on some broken or odd syntax (a quote left open across lines, a tag
  // with nothing after it, an empty key in `[:]`) that nobody writes in front matter.
  const anyText = fc.string({ maxLength: 8 }).filter((t) => !/["'!:[\]{}&*#|>%@`,\\?-]/.test(t));
  const scalar = fc.oneof({ weight: 6, arbitrary: piece }, { weight: 2, arbitrary: fc.tuple(piece, piece).map(([a, b]) => `${a} ${b}`) }, { weight: 1, arbitrary: anyText });
  const flowSeq = fc.array(scalar, { maxLength: 4 }).map((xs) => `[${xs.join(", ")}]`);
  const flowMap = fc.uniqueArray(fc.tuple(key, scalar), { maxLength: 3, selector: ([k]) => k }).map((ps) => `{${ps.map(([k, v]) => `${k}: ${v}`).join(", ")}}`);
  const item = (indent: string) =>
    fc.oneof(
      { weight: 3, arbitrary: scalar.map((v) => `${indent}- ${v}`) },
      { weight: 1, arbitrary: flowMap.map((m) => `${indent}- ${m}`) },
      {
        weight: 2,
        arbitrary: fc
          .uniqueArray(fc.tuple(key, scalar), { minLength: 1, maxLength: 3, selector: ([k]) => k })
          .map((pairs) => pairs.map(([k, v], i) => `${indent}${i === 0 ? "- " : "  "}${k}: ${v}`).join("\n")),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(fc.constantFrom("|", ">", "|-", ">+"), fc.array(piece, { minLength: 1, maxLength: 3 })).map(([h, lines]) => [`${indent}- ${h}`, ...lines.map((l) => `${indent}    ${l}`)].join("\n")),
      },
    );
  const value = fc.oneof(
    { weight: 5, arbitrary: scalar.map((v) => ` ${v}`) },
    { weight: 1, arbitrary: flowSeq.map((v) => ` ${v}`) },
    { weight: 1, arbitrary: flowMap.map((v) => ` ${v}`) },
    { weight: 1, arbitrary: fc.constant("") },
    { weight: 1, arbitrary: fc.tuple(scalar, fc.constantFrom(" # note", "  #x")).map(([v, c]) => ` ${v}${c}`) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom("", "  "), fc.array(fc.constant(0), { minLength: 1, maxLength: 3 })).chain(([indent, n]) => fc.tuple(...n.map(() => item(indent))).map((items) => `\n${items.join("\n")}`)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom("|", ">", "|-", ">-", "|+"), fc.array(piece, { minLength: 1, maxLength: 3 })).map(([h, lines]) => ` ${h}\n${lines.map((l) => `  ${l}`).join("\n")}`) },
  );
  const block = fc
    .uniqueArray(fc.tuple(key, value), { maxLength: 8, selector: ([k]) => k })
    .chain((pairs) => fc.constantFrom("", "# comment\n").map((lead) => `\n${lead}${pairs.map(([k, v]) => `${k}:${v}`).join("\n")}`));

  it("whenever both read a block, they read the same values", () => {
    let both = 0;
    fc.assert(
      fc.property(block, (text) => {
        const a = ours(text);
        const b = yamlPackage(text);
        if (a.ok && b.ok) {
          both++;
          expect(a.value, JSON.stringify(text)).toEqual(b.value);
          // Same key order too.
          expect(Object.keys(a.value ?? {})).toEqual(Object.keys(b.value ?? {}));
        }
      }),
      { numRuns: RUNS },
    );
    // Not vacuous: most generated blocks are valid YAML for both.
    expect(both).toBeGreaterThan(RUNS / 2);
  }, TIMEOUT);

  it("the usual shapes are read by both, identically", () => {
    const plainWord = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .@/]{0,20}[A-Za-z0-9]$/);
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-11-${String(d).padStart(2, "0")}`);
    const fm = fc
      .record({ company: plainWord, role: plainWord, date: day, attempts: fc.array(fc.tuple(day, fc.constantFrom("email", "phone", "voicemail")), { maxLength: 4 }) })
      .map(({ company, role, date, attempts }) =>
        ["", `company: ${company}`, `role: ${role}`, `interview_date: ${date}`, "follow_ups:", ...attempts.map(([d, c]) => `  - date: ${d}\n    channel: ${c}`)].join("\n"),
      );
    fc.assert(
      fc.property(fm, (text) => {
        const a = ours(text);
        expect(a.ok).toBe(true);
        expect(a).toEqual(yamlPackage(text));
      }),
      { numRuns: 500 },
    );
  });
});
