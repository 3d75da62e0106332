/** Reading the project's Markdown pages as GitHub shows them: links, images and heading anchors. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export function readPage(path: string): string {
  return readFileSync(join(ROOT, path), "utf8");
}

/** Every page a user or a contributor reads: the top-level Markdown files and docs/. */
export function pages(): string[] {
  const top = readdirSync(ROOT).filter((f) => f.endsWith(".md"));
  const docs = readdirSync(join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`);
  return [...top, ...docs].sort();
}

/** The text outside fenced code blocks, where headings live. */
function outsideFences(text: string): string {
  return text.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, "");
}

/** The text outside fenced code blocks and inline code, where links live. */
export function prose(text: string): string {
  return outsideFences(text).replace(/`[^`\n]*`/g, "");
}

/** Every link and image target: `[text](target)` and `![alt](target)`. */
export function linkTargets(text: string): string[] {
  return [...prose(text).matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");
}

/** The anchors of a page's headings, with GitHub's `-1`, `-2` for repeats. */
export function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of outsideFences(text).matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*$/gm)) {
    const base = slug(m[1].replace(/`/g, ""));
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

/** Where a relative link from `page` leads: a path from the project root (or null when outside it) and its anchor. */
export function resolveLink(page: string, target: string): { path: string | null; anchor: string | null } {
  const [file, anchor = null] = target.split("#");
  if (file === "") return { path: page, anchor };
  const path = normalize(join(dirname(page), decodeURIComponent(file)));
  const inside = !relative(ROOT, join(ROOT, path)).startsWith("..");
  return { path: inside && existsSync(join(ROOT, path)) ? path : null, anchor };
}

/** The lines of a page between `<!-- name:start -->` and `<!-- name:end -->`. */
export function marked(text: string, name: string): string | null {
  const start = `<!-- ${name}:start -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(`<!-- ${name}:end -->`);
  return i < 0 || j < i ? null : text.slice(i + start.length, j).trim();
}
