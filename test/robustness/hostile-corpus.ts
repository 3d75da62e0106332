/**
 * The hostile corpus: the committed notes of test/fixtures/hostile/ plus the ones made here,
 * because they are huge (1 MB strings, 5,000 follow-ups, 10,000 levels of nesting), binary (a raw
 * NUL byte, invalid UTF-8) or links (a symbolic link out of the folder).
 *
 * `writeHostileVault()` lays them out on disk for the CLI, inside `Interviews/` so that each one is
 * selected by the folder whatever its front matter says; `hostileNotesAsText()` gives the same
 * notes as strings for the Obsidian stand-in (bytes decoded as Obsidian decodes a file: UTF-8,
 * invalid sequences replaced with U+FFFD).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "hostile");

/** One megabyte of text. */
export const MEGABYTE = 1024 * 1024;

/** The company of the notes outside the vault: it must never appear in any output. */
export const OUTSIDE_SECRET = "OUTSIDE-SECRET-Corp";

const enc = new TextEncoder();

function bytes(...parts: (string | number[])[]): Uint8Array {
  const chunks = parts.map((p) => (typeof p === "string" ? enc.encode(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The generated notes, by file name. */
export function generatedNotes(): Record<string, Uint8Array> {
  const follow = ["---", "type: interview", "interview_date: 2026-11-02", "thank_you_sent: true", "follow_ups:"];
  for (let i = 0; i < 5000; i++) follow.push(`  - date: 2026-11-${String(3 + (i % 20)).padStart(2, "0")}`, `    channel: ${i % 7 === 0 ? "carrier pigeon" : "email"}`);
  follow.push("---", "Five thousand follow-ups.", "");
  return {
    "huge-string.md": bytes(`---\ntype: interview\ninterview_date: 2026-11-18\ncompany: "${"A".repeat(MEGABYTE)}"\nhighlight: ${"word ".repeat(MEGABYTE / 5)}\n---\nOne-megabyte values.\n`),
    "huge-date.md": bytes(`---\ntype: interview\ninterview_date: 2026-11-18${"9".repeat(MEGABYTE)}\n---\nA one-megabyte date.\n`),
    "huge-body.md": bytes(`---\ntype: interview\ninterview_date: 2026-11-18\ncompany: Big Body\n---\n${"#interview lorem ipsum ".repeat(MEGABYTE / 23)}\n`),
    "deep-nesting.md": bytes(`---\ntype: interview\ninterview_date: 2026-11-18\ncompany: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n---\nTen thousand nested lists.\n`),
    "deep-mapping.md": bytes(`---\ntype: interview\ninterview_date: 2026-11-18\nrole:\n${Array.from({ length: 300 }, (_, i) => `${"  ".repeat(i + 1)}k${i}:`).join("\n")} end\n---\nThree hundred nested mappings.\n`),
    "many-follow-ups.md": bytes(follow.join("\n")),
    "nul-raw.md": bytes("---\ntype: interview\ninterview_date: 2026-11-18\ncompany: Acme", [0], "Corp\n---\nA raw NUL byte in the file.\n"),
    "invalid-utf8-company.md": bytes("---\ntype: interview\ninterview_date: 2026-11-18\ncompany: ", [0xff, 0xfe, 0xc3, 0x28], " Corp\n---\nBytes that are not UTF-8 in a value.\n"),
    "invalid-utf8-date.md": bytes("---\ntype: interview\ninterview_date: 2026-11-1", [0xc0, 0xaf], "\n---\nBytes that are not UTF-8 in the date.\n"),
  };
}

/** Every hostile note (committed and generated), by file name, as bytes. */
export function hostileNotes(): Record<string, Uint8Array> {
  const notes: Record<string, Uint8Array> = {};
  for (const name of readdirSync(FIXTURES).sort()) {
    if (name.endsWith(".md") && name !== "README.md") notes[name] = readFileSync(join(FIXTURES, name));
  }
  return { ...notes, ...generatedNotes() };
}

/** The same notes as Obsidian would hold them: text, decoded as UTF-8 with replacement characters. */
export function hostileNotesAsText(): Record<string, string> {
  const dec = new TextDecoder("utf-8", { fatal: false });
  return Object.fromEntries(Object.entries(hostileNotes()).map(([name, b]) => [name, dec.decode(b)]));
}

export interface HostileVault {
  /** The temporary folder holding everything (remove it when done). */
  root: string;
  /** The vault folder the CLI is pointed at. */
  vault: string;
  /** Notes outside the vault that links point to. */
  outside: string;
  /** Links inside the vault: name → where they point. */
  links: Record<string, string>;
}

/** Lays the corpus out on disk: `<root>/vault/Interviews/*.md`, links out of it, a link cycle. */
export function writeHostileVault(): HostileVault {
  const root = mkdtempSync(join(tmpdir(), "ifu-hostile-"));
  const vault = join(root, "vault");
  const interviews = join(vault, "Interviews");
  const outside = join(root, "outside");
  mkdirSync(interviews, { recursive: true });
  mkdirSync(join(outside, "dir"), { recursive: true });
  const secret = `---\ntype: interview\ninterview_date: 2026-11-18\ncompany: ${OUTSIDE_SECRET}\n---\nOutside the vault.\n`;
  writeFileSync(join(outside, "secret.md"), secret);
  writeFileSync(join(outside, "dir", "secret-in-dir.md"), secret);
  for (const [name, content] of Object.entries(hostileNotes())) writeFileSync(join(interviews, name), content);
  const links: Record<string, string> = {
    "Interviews/link-to-outside-file.md": join(outside, "secret.md"),
    "Interviews/link-to-outside-dir": join(outside, "dir"),
    "Interviews/link-relative-escape.md": join("..", "..", "outside", "secret.md"),
    "Interviews/link-cycle": "..",
    "Interviews/link-broken.md": join(root, "does-not-exist.md"),
  };
  for (const [rel, target] of Object.entries(links)) symlinkSync(target, join(vault, ...rel.split("/")));
  return { root, vault, outside, links };
}

/** Every file and folder under `dir` (links not followed) with its size: to prove nothing was written. */
export function listTree(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (abs: string, rel: string): void => {
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      const a = join(abs, e.name);
      const r = rel === "" ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        out.set(`${r}/`, 0);
        walk(a, r);
      } else {
        out.set(r, e.isSymbolicLink() ? -1 : readFileSync(a).length);
      }
    }
  };
  walk(dir, "");
  return out;
}
