import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/args";
import { loadVaultSettings, scanVault, SETTINGS_PATH } from "../../src/cli/scan";
import { migrateSettings } from "../../src/core/settings";
import { BASIC, makeVault, note, writeFile } from "./helpers";

const NOW = { day: "2026-11-25", minutes: 0 };

function paths(folder: string): string[] {
  return scanVault(folder, { now: NOW })
    .notes.map((n) => n.path)
    .sort();
}

function only(folder: string, path: string) {
  const found = scanVault(folder, { now: NOW }).notes.find((n) => n.path === path);
  if (!found) throw new Error(`${path} not listed`);
  return found;
}

describe("detection", () => {
  it("selects by type, frontmatter tag, inline tag and folder; nothing else", () => {
    const vault = makeVault({
      "by-type.md": note("type: Interview\ninterview_date: 2026-11-18"),
      "by-tag.md": note("tags: [job, interview]\ninterview_date: 2026-11-18"),
      "by-nested-tag.md": note("tags:\n  - '#interview/final'\ninterview_date: 2026-11-18"),
      "by-inline-tag.md": note("interview_date: 2026-11-18", "# Notes\nA good talk. #interview\n"),
      "inline-no-frontmatter.md": "Phone screen #interview/screen with Acme.\n",
      "Interviews/by-folder.md": note("interview_date: 2026-11-18"),
      "Interviews/Sub/deeper.md": "no front matter at all\n",
      "interviews/lower-case-folder.md": "folder names compare case-insensitively\n",
      "tag-in-code.md": note("interview_date: 2026-11-18", "Use `#interview` to tag.\n```\n#interview\n```\n"),
      "other-tag.md": note("tags: [interviews]\ninterview_date: 2026-11-18"),
      "meeting.md": note("type: meeting\ninterview_date: 2026-11-18"),
      "Interviews.md": "a note named like the folder is not in it\n",
      "Interviews/image.png": "not markdown",
      "Interviews/upper.MD": note("company: Upper"),
    });
    expect(paths(vault)).toEqual([
      "Interviews/Sub/deeper.md",
      "Interviews/by-folder.md",
      "Interviews/upper.MD",
      "by-inline-tag.md",
      "by-nested-tag.md",
      "by-tag.md",
      "by-type.md",
      "inline-no-frontmatter.md",
      "interviews/lower-case-folder.md",
    ]);
  });

  it("skips hidden folders (.obsidian, .trash) and node_modules", () => {
    const vault = makeVault({
      ".obsidian/snippets/x.md": note(BASIC),
      ".trash/old.md": note(BASIC),
      ".git/x.md": note(BASIC),
      "node_modules/pkg/README.md": note(BASIC),
      "Projects/node_modules/y.md": note(BASIC),
      ".hidden.md": note(BASIC),
      "kept.md": note(BASIC),
    });
    expect(paths(vault)).toEqual(["kept.md"]);
  });

  it("uses the vault's detection settings and never selects the templates folder", () => {
    const vault = makeVault({
      [SETTINGS_PATH]: JSON.stringify({ detection: { type: "", tag: "job/interview", folder: "Jobs" }, templatesFolder: "Jobs/Templates" }),
      "a.md": note(BASIC), // type: interview no longer selects
      "b.md": note("tags: [job/interview]\ninterview_date: 2026-11-18"),
      "c.md": note("interview_date: 2026-11-18", "#job/interview/final\n"),
      "Jobs/d.md": note("interview_date: 2026-11-18"),
      "Jobs/Templates/Interview.md": note("type: interview\ntags: [job/interview]\ninterview_date:"),
    });
    expect(paths(vault)).toEqual(["Jobs/d.md", "b.md", "c.md"]);
  });

  it("the default templates folder setting is empty: a template with type: interview is listed as invalid", () => {
    const vault = makeVault({ "Templates/Interview.md": note("type: interview\ninterview_date:") });
    expect(only(vault, "Templates/Interview.md").status.state).toBe("invalid");
  });
});

describe("symbolic links", () => {
  it("never follows a link to outside the folder", () => {
    const outside = makeVault({ "secret.md": note(BASIC), "dir/secret2.md": note(BASIC) });
    const vault = makeVault({ "Interviews/real.md": note(BASIC) });
    symlinkSync(join(outside, "secret.md"), join(vault, "Interviews", "link.md"));
    symlinkSync(join(outside, "dir"), join(vault, "Interviews", "linked-dir"));
    const result = scanVault(vault, { now: NOW });
    expect(result.notes.map((n) => n.path)).toEqual(["Interviews/real.md"]);
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        { path: "Interviews/link.md", reason: "outside" },
        { path: "Interviews/linked-dir", reason: "outside" },
      ]),
    );
  });

  it("survives link cycles and lists a linked note once, under its own path", () => {
    const vault = makeVault({ "Interviews/a.md": note(BASIC), "Other/b.md": note(BASIC) });
    symlinkSync(join(vault, "Interviews"), join(vault, "Interviews", "loop"));
    symlinkSync(vault, join(vault, "Other", "root"));
    symlinkSync(join(vault, "Interviews", "a.md"), join(vault, "Other", "alias.md"));
    symlinkSync(join(vault, "missing.md"), join(vault, "broken.md"));
    const result = scanVault(vault, { now: NOW });
    expect(result.notes.map((n) => n.path).sort()).toEqual(["Interviews/a.md", "Other/b.md"]);
    expect(result.skipped).toContainEqual({ path: "broken.md", reason: "broken-link" });
  });

  it("reads a vault given through a link", () => {
    const vault = makeVault({ "Interviews/a.md": note(BASIC) });
    const holder = makeVault();
    symlinkSync(vault, join(holder, "vault-link"));
    expect(paths(join(holder, "vault-link"))).toEqual(["Interviews/a.md"]);
  });
});

describe("settings", () => {
  it("reads holidays, maxAttempts and key names from data.json through migrateSettings", () => {
    const vault = makeVault({
      [SETTINGS_PATH]: JSON.stringify({ holidays: ["2026-11-26", "2026-11-27"], maxAttempts: 2, keys: { interview_date: "date", company: "employer" } }),
      "Interviews/a.md": note("employer: Acme\ndate: 2026-11-18\ninterviewer_email: a@acme.example"),
    });
    const result = scanVault(vault, { now: NOW });
    expect(result.settings.holidays).toEqual(["2026-11-26", "2026-11-27"]);
    expect(result.settings.maxAttempts).toBe(2);
    const s = result.notes[0].status;
    // Spec §4's worked example: with 26 and 27 Nov as holidays the R4c window is 25 Nov … 4 Dec.
    expect(s).toMatchObject({ company: "Acme", state: "follow-up-due", rule: "R4c", opens: "2026-11-25", dueBy: "2026-12-04" });
  });

  it("a mapped key names itself in problems", () => {
    const vault = makeVault({
      [SETTINGS_PATH]: JSON.stringify({ keys: { interview_date: "date" } }),
      "Interviews/a.md": note("date: 2026-13-45\ninterview_date: 2026-11-18"),
    });
    const s = scanVault(vault, { now: NOW }).notes[0].status;
    expect(s.state).toBe("invalid");
    expect(s.problems).toEqual([{ key: "date", value: "2026-13-45", message: "there is no month 13 (a date is written year-month-day, like 2026-11-18)" }]);
  });

  it("a mapped name is read in addition to the default, as in the plugin: the mapped one wins, problems name the key used", () => {
    const vault = makeVault({
      // What the plugin saves: its whole settings object, mapping included.
      [SETTINGS_PATH]: JSON.stringify({ ...migrateSettings({ keys: { interview_date: "date", company: "employer" } }) }),
      "Interviews/default-names.md": note("company: Acme\ninterview_date: 2026-11-18"),
      "Interviews/mapped-names.md": note("employer: Globex\ndate: 2026-11-18"),
      "Interviews/both.md": note("company: Old\nemployer: Initech\ninterview_date: 2026-11-02\ndate: 2026-11-18"),
      "Interviews/bad-default.md": note("interview_date: 2026-13-45"),
    });
    const byPath = new Map(scanVault(vault, { now: NOW }).notes.map((n) => [n.path, n.status]));
    expect(byPath.get("Interviews/default-names.md")).toMatchObject({ company: "Acme", rule: "R4c", opens: "2026-11-25", problems: [] });
    expect(byPath.get("Interviews/mapped-names.md")).toMatchObject({ company: "Globex", rule: "R4c", opens: "2026-11-25", problems: [] });
    expect(byPath.get("Interviews/both.md")).toMatchObject({ company: "Initech", opens: "2026-11-25" });
    expect(byPath.get("Interviews/bad-default.md")).toMatchObject({ state: "invalid", problems: [{ key: "interview_date", value: "2026-13-45" }] });
  });

  it("--holidays and --max-attempts replace the vault's values", () => {
    const vault = makeVault({
      [SETTINGS_PATH]: JSON.stringify({ holidays: ["2026-11-26", "2026-11-27"], maxAttempts: 5 }),
      "Interviews/a.md": note(BASIC),
      "Interviews/b.md": note(`${BASIC}\nthank_you_sent: true\nfollow_ups: [2026-11-19, 2026-11-20]`),
    });
    const result = scanVault(vault, { now: NOW, holidays: [], maxAttempts: 2 });
    expect(result.settings.holidays).toEqual([]);
    expect(result.settings.maxAttempts).toBe(2);
    const byPath = new Map(result.notes.map((n) => [n.path, n.status]));
    expect(byPath.get("Interviews/a.md")).toMatchObject({ rule: "R4c", dueBy: "2026-12-02" });
    expect(byPath.get("Interviews/b.md")).toMatchObject({ rule: "R9", state: "waiting", opens: "2026-12-04" });
  });

  it("a broken data.json is one warning and the defaults", () => {
    const vault = makeVault({ [SETTINGS_PATH]: '{"holidays": ["2026-11-26",' });
    const warnings: string[] = [];
    const settings = loadVaultSettings(vault, (m) => warnings.push(m));
    expect(settings.holidays).toEqual([]);
    expect(settings.maxAttempts).toBe(3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^\.obsidian\/plugins\/interview-followup\/data\.json is not valid JSON \(.+\); using the default settings$/);
    expect(warnings[0]).not.toContain("\n");
  });

  it("data.json that is not an object warns; a missing one is silent", () => {
    const warnings: string[] = [];
    loadVaultSettings(makeVault({ [SETTINGS_PATH]: "[1, 2]" }), (m) => warnings.push(m));
    loadVaultSettings(makeVault(), (m) => warnings.push(m));
    expect(warnings).toEqual([".obsidian/plugins/interview-followup/data.json does not hold settings; using the default settings"]);
  });
});

describe("hostile and broken notes", () => {
  it("---js front matter that tries to write a file: nothing runs, the note shows a problem", () => {
    const vault = makeVault();
    const marker = join(vault, "pwned.txt");
    const code = `{ type: "interview", interview_date: (require("fs").writeFileSync(${JSON.stringify(marker)}, "x"), "2026-11-18") }`;
    writeFile(vault, "Interviews/js.md", `---js\n${code}\n---\n# Notes\n`);
    writeFile(vault, "Interviews/javascript.md", `---javascript\n${code}\n---\n`);
    const result = scanVault(vault, { now: NOW });
    expect(existsSync(marker)).toBe(false);
    const js = result.notes.find((n) => n.path === "Interviews/js.md")!.status;
    expect(js.state).toBe("invalid");
    expect(js.problems).toEqual([
      { key: "frontmatter", value: "---js", message: "front matter in js is not read; write it in YAML (a plain --- line)" },
    ]);
    expect(js.reason).toBe("Fix the note: front matter in js is not read; write it in YAML (a plain --- line).");
    expect(result.notes.find((n) => n.path === "Interviews/javascript.md")!.status.problems[0].message).toMatch(/^front matter in javascript is not read/);
  });

  it("broken YAML outside the interview folder is still an interview note when its raw text says so", () => {
    const vault = makeVault({
      "typed.md": "---\ntype: interview\ncompany: [Acme\n---\n",
      "tagged.md": "---\ntags: [interview\n---\n",
      "unrelated.md": "---\ntitle: [oops\n---\n",
      "Interviews/in-folder.md": "---\ncompany: [Acme\n---\n",
    });
    const result = scanVault(vault, { now: NOW });
    expect(result.notes.map((n) => n.path).sort()).toEqual(["Interviews/in-folder.md", "tagged.md", "typed.md"]);
    for (const n of result.notes) {
      expect(n.status.state).toBe("invalid");
      expect(n.status.problems).toHaveLength(1);
      expect(n.status.problems[0].key).toBe("frontmatter");
      expect(n.status.reason).toMatch(/^Fix the note: the front matter is not valid YAML/);
    }
  });

  it("an unclosed fence is a problem; an inline tag in the rest still selects the note", () => {
    const vault = makeVault({ "open.md": "---\ncompany: Acme\ninterview_date: 2026-11-18\n\nNotes #interview\n" });
    const s = only(vault, "open.md").status;
    expect(s.state).toBe("invalid");
    expect(s.problems).toEqual([{ key: "frontmatter", value: "---", message: "the front matter has no closing --- line, so it is not read" }]);
  });

  it("duplicate keys are a problem naming the line", () => {
    const vault = makeVault({ "Interviews/dup.md": note(`${BASIC}\ncompany: Other`) });
    const s = only(vault, "Interviews/dup.md").status;
    expect(s.state).toBe("invalid");
    expect(s.problems).toEqual([
      {
        key: "frontmatter",
        value: "company: Other",
        message: "the front matter is not valid YAML (a key is written twice; keys must be unique at line 8, column 1), so nothing in it is read",
      },
    ]);
  });

  it("yes, 012 and CRLF line endings are read as Obsidian reads them", () => {
    const crlf = note(`${BASIC}\ncall_ok: yes\ninterviewer_phone: 0123 456\nstage: 012\nthank_you_sent: 2026-11-18`).replace(/\n/g, "\r\n");
    const vault = makeVault({ "Interviews/crlf.md": crlf });
    const { note: n, status } = only(vault, "Interviews/crlf.md");
    expect(n.callOk).toBe(true);
    expect(n.interviewerPhone).toBe("0123 456");
    expect(n.stage).toBe("012");
    expect(n.thankYouSent).toBe(true);
    expect(status).toMatchObject({ state: "follow-up-due", rule: "R4c", opens: "2026-11-25", dueBy: "2026-12-02", alternatives: ["phone"] });
  });

  it("a BOM before the front matter is ignored", () => {
    const vault = makeVault({ "Interviews/bom.md": `\ufeff${note(`${BASIC}\nthank_you_sent: 2026-11-18`)}` });
    expect(only(vault, "Interviews/bom.md").status).toMatchObject({ company: "Acme", state: "follow-up-due", problems: [] });
  });

  it("a binary file named .md is skipped and the scan goes on", () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a, 0xff, 0xfe]);
    const vault = makeVault({ "Interviews/photo.md": bytes, "Interviews/ok.md": note(BASIC) });
    const result = scanVault(vault, { now: NOW });
    expect(result.notes.map((n) => n.path)).toEqual(["Interviews/ok.md"]);
    expect(result.skipped).toEqual([{ path: "Interviews/photo.md", reason: "binary" }]);
  });

  it("a huge value does not stop the scan", () => {
    const big = "A".repeat(1_000_000);
    const vault = makeVault({ "Interviews/huge.md": note(`${BASIC.replace("company: Acme", `company: ${big}`)}`), "Interviews/ok.md": note(BASIC) });
    const result = scanVault(vault, { now: NOW });
    expect(result.notes).toHaveLength(2);
    expect(result.notes.find((n) => n.path === "Interviews/huge.md")!.status.company).toHaveLength(1_000_000);
  });

  it("interview_date: 2026-13-45 is invalid with the key and value named", () => {
    const vault = makeVault({ "Interviews/bad.md": note("company: Acme\ninterview_date: 2026-13-45") });
    const s = only(vault, "Interviews/bad.md").status;
    expect(s).toMatchObject({ state: "invalid", rule: "R0", action: "none" });
    expect(s.problems).toEqual([{ key: "interview_date", value: "2026-13-45", message: "there is no month 13 (a date is written year-month-day, like 2026-11-18)" }]);
    expect(s.reason).toContain('"2026-13-45"');
  });

  it("front matter that is a list is a problem on the note", () => {
    const vault = makeVault({ "Interviews/list.md": "---\n- a\n- b\n---\n" });
    const s = only(vault, "Interviews/list.md").status;
    expect(s.state).toBe("invalid");
    expect(s.problems.map((p) => p.key)).toEqual(["frontmatter", "interview_date"]);
  });
});

describe("the folder", () => {
  it("a folder it cannot read is a usage error naming the folder and why (issue 10, item 8)", () => {
    const vault = makeVault({ "a.md": "x" });
    symlinkSync(join(vault, "loop-b"), join(vault, "loop-a"));
    symlinkSync(join(vault, "loop-a"), join(vault, "loop-b"));
    const cases: [string, string][] = [
      ["nope", "it does not exist"],
      ["a.md", "it is a file, not a folder"],
      ["a.md/inside", "part of the path is a file, not a folder"],
      ["loop-a", "its links go round in a loop"],
    ];
    for (const [name, why] of cases) {
      const folder = join(vault, name);
      expect(() => scanVault(folder, { now: NOW }), name).toThrow(UsageError);
      expect(() => scanVault(folder, { now: NOW }), name).toThrow(`cannot read the folder ${folder} (${why})`);
    }
  });

  it("an empty folder has no notes", () => {
    const vault = makeVault();
    mkdirSync(join(vault, "Interviews"));
    expect(scanVault(vault, { now: NOW }).notes).toEqual([]);
  });

  it("notes come most urgent first", () => {
    const vault = makeVault({
      "Interviews/closed.md": note(`${BASIC}\noutcome: offer`),
      "Interviews/upcoming.md": note("interview_date: 2026-12-01"),
      "Interviews/overdue.md": note("interview_date: 2026-11-20"),
      "Interviews/invalid.md": note("interview_date: soon"),
      "Interviews/due.md": note(`${BASIC}\nthank_you_sent: true`),
    });
    expect(scanVault(vault, { now: NOW }).notes.map((n) => n.status.state)).toEqual([
      "thank-you-overdue",
      "follow-up-due",
      "upcoming",
      "invalid",
      "closed",
    ]);
  });
});
