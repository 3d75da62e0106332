/**
 * Scans a vault folder the way the plugin's index sees the vault: every Markdown note, its front
 * matter, the detection and key settings, then the engine. Shared by every subcommand.
 *
 * The walk: every `*.md` under the folder, skipping hidden entries (`.obsidian/`, `.trash/`,
 * `.git/`… — Obsidian does not index them either) and `node_modules/`. A symbolic link is
 * followed only when its real path is inside the folder, and each real file or folder is read
 * once, so a link to outside is never read, a link cycle ends, and a linked note is not listed
 * twice. Bad notes never stop the scan: they are listed with their problems.
 */
import { Buffer } from "node:buffer";
import { readFileSync, readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { compareStatuses } from "../core/agenda";
import { toHolidaySet } from "../core/dates";
import { makeDayFormat, type DayFormat } from "../core/day-format";
import { evaluateNote, type EvaluationSettings } from "../core/evaluate";
import { frontmatterTags, isInFolder } from "../core/note";
import { migrateSettings, type FollowUpSettings } from "../core/settings";
import type { FollowUpStatus, InterviewNote, LocalMoment } from "../core/types";
import { isRecord } from "../core/values";
import { UsageError } from "./args";
import { findFrontMatter, parseFrontMatter, stripBom } from "./frontmatter";
import { inlineTagSearch, mayNameInterview, rawSaysInterview } from "./markdown";
import { failureText, shorten } from "./terminal";

/**
 * Where the plugin keeps its settings, relative to the vault folder. The CLI runs outside
 * Obsidian, so there is no Vault#configDir to ask: it reads the default config folder.
 */
export const SETTINGS_PATH = ".obsidian/plugins/interview-followup/data.json";

type FsError = Error & { code?: string };

export interface ScanOptions {
  /** The moment to plan for (the CLI's `--today` or the clock). */
  now: LocalMoment;
  /** Replaces the vault's holidays (`--holidays`). */
  holidays?: readonly string[];
  /** Replaces the vault's `maxAttempts` (`--max-attempts`). */
  maxAttempts?: number;
  /** How reasons write their days (`--locale` or the process locale; default `DEFAULT_LOCALE`). */
  dayFormat?: DayFormat;
  /** One-line warnings (a broken data.json, an unreadable file). */
  warn?: (message: string) => void;
}

export interface ScannedNote {
  /** Relative to the folder, with forward slashes. */
  path: string;
  status: FollowUpStatus;
  note: InterviewNote;
}

export interface SkippedFile {
  path: string;
  reason: "binary" | "unreadable" | "outside" | "broken-link";
}

export interface ScanResult {
  /** The folder's real path. */
  folder: string;
  /** The vault's settings with the overrides applied. */
  settings: FollowUpSettings;
  /** Every interview note, most urgent first. */
  notes: ScannedNote[];
  /** Files not read, and why (binary files, links to outside the folder…). */
  skipped: SkippedFile[];
}

/**
 * The settings the plugin saved in this vault, through `migrateSettings`; defaults when there
 * are none. A broken file is one warning and the defaults.
 */
export function loadVaultSettings(folder: string, warn: (message: string) => void = () => {}): FollowUpSettings {
  let text: string;
  try {
    text = readFileSync(join(folder, ...SETTINGS_PATH.split("/")), "utf8");
  } catch (error) {
    const code = (error as FsError).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") warn(`could not read ${SETTINGS_PATH} (${failureText(error)}); using the default settings`);
    return migrateSettings(undefined);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(stripBom(text));
  } catch (error) {
    warn(`${SETTINGS_PATH} is not valid JSON (${failureText(error)}); using the default settings`);
    return migrateSettings(undefined);
  }
  if (!isRecord(raw)) {
    warn(`${SETTINGS_PATH} does not hold settings; using the default settings`);
  }
  return migrateSettings(raw);
}

function skipName(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

function isMarkdown(name: string): boolean {
  return name.length > 3 && name.slice(-3).toLowerCase() === ".md";
}

function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

function realpath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return realpathSync(path);
  }
}

interface FoundFile {
  abs: string;
  rel: string;
}

/**
 * Lists the Markdown files under `root` (a real path), following links only inside it. A
 * subfolder that cannot be listed is a warning; `root` itself is the error `rootError` makes.
 */
function listMarkdown(root: string, skipped: SkippedFile[], warn: (message: string) => void, rootError: (error: unknown) => Error): FoundFile[] {
  const files: FoundFile[] = [];
  const links: FoundFile[] = [];
  const seenDirs = new Set<string>([root]);
  const seenFiles = new Set<string>();
  const stack: FoundFile[] = [{ abs: root, rel: "" }];

  const drain = (): void => {
    while (stack.length > 0) {
      const dir = stack.pop()!;
      let entries: Dirent[];
      try {
        entries = readdirSync(dir.abs, { withFileTypes: true });
      } catch (error) {
        if (dir.abs === root) throw rootError(error);
        warn(`could not read the folder ${dir.rel} (${failureText(error)}); skipped`);
        continue;
      }
      for (const entry of entries) {
        const name = entry.name;
        if (skipName(name)) continue;
        const abs = dir.abs + sep + name;
        const rel = dir.rel === "" ? name : `${dir.rel}/${name}`;
        if (entry.isDirectory()) {
          seenDirs.add(abs);
          stack.push({ abs, rel });
        } else if (entry.isSymbolicLink()) {
          links.push({ abs, rel });
        } else if (entry.isFile() && isMarkdown(name) && !seenFiles.has(abs)) {
          seenFiles.add(abs);
          files.push({ abs, rel });
        }
      }
    }
  };

  drain();
  // Links last, so that whatever they point to inside the folder has been seen under its own path.
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    let target: string;
    try {
      target = realpath(link.abs);
    } catch {
      skipped.push({ path: link.rel, reason: "broken-link" });
      continue;
    }
    if (!isInside(target, root)) {
      skipped.push({ path: link.rel, reason: "outside" });
      continue;
    }
    if (relative(root, target).split(sep).some(skipName)) continue;
    let isDir: boolean;
    try {
      const st = statSync(target);
      isDir = st.isDirectory();
      if (!isDir && !st.isFile()) continue;
    } catch {
      skipped.push({ path: link.rel, reason: "broken-link" });
      continue;
    }
    if (isDir) {
      if (seenDirs.has(target)) continue;
      seenDirs.add(target);
      stack.push({ abs: target, rel: link.rel });
      drain();
    } else if (isMarkdown(link.rel) && !seenFiles.has(target)) {
      seenFiles.add(target);
      files.push({ abs: target, rel: link.rel });
    }
  }
  return files;
}

/** A file with a NUL byte in its first 8 KB is not text. */
function isBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, 8192).indexOf(0) !== -1;
}

function cannotRead(folder: string, why: string): UsageError {
  return new UsageError(`cannot read the folder ${shorten(folder, 200)} (${why})`);
}

/**
 * The real path of the folder to scan. Throws a UsageError naming the folder and why it cannot
 * be read: it does not exist, it is a file, permission denied… (issue 10, item 8: never "No
 * interview notes" for a folder the CLI could not look into).
 */
function openFolder(folder: string): string {
  let root: string;
  try {
    root = realpath(resolve(folder));
  } catch (error) {
    throw cannotRead(folder, failureText(error));
  }
  let isDir: boolean;
  try {
    isDir = statSync(root).isDirectory();
  } catch (error) {
    throw cannotRead(folder, failureText(error));
  }
  if (!isDir) throw cannotRead(folder, "it is a file, not a folder");
  return root;
}

/**
 * Reads every interview note under `folder` and computes its status. Throws a UsageError when
 * the folder cannot be read (see openFolder); anything wrong inside a note is a problem on it,
 * and a subfolder that cannot be read is a warning.
 */
export function scanVault(folder: string, options: ScanOptions): ScanResult {
  const warn = options.warn ?? (() => {});
  const root = openFolder(folder);
  // The listing first: a folder that cannot be listed is an error before anything is said about its settings.
  const skipped: SkippedFile[] = [];
  const files = listMarkdown(root, skipped, warn, (error) => cannotRead(folder, failureText(error)));

  const settings = loadVaultSettings(root, warn);
  if (options.holidays) settings.holidays = [...options.holidays];
  if (options.maxAttempts !== undefined) settings.maxAttempts = options.maxAttempts;
  const { detection, templatesFolder } = settings;
  const evaluation: EvaluationSettings = {
    detection,
    templatesFolder,
    keys: settings.keys,
    engine: { holidays: toHolidaySet(settings.holidays), maxAttempts: settings.maxAttempts, dayFormat: options.dayFormat ?? makeDayFormat() },
    onEngineError: (path, error) => warn(`could not work out ${path} (${failureText(error)}); shown as needing attention`),
  };
  const tagSearch = inlineTagSearch(detection.tag);

  const notes: ScannedNote[] = [];
  for (const file of files) {
    if (isInFolder(file.rel, templatesFolder)) continue;
    let buffer: Buffer;
    try {
      buffer = readFileSync(file.abs);
    } catch (error) {
      warn(`could not read ${file.rel} (${failureText(error)}); skipped`);
      skipped.push({ path: file.rel, reason: "unreadable" });
      continue;
    }
    if (isBinary(buffer)) {
      skipped.push({ path: file.rel, reason: "binary" });
      continue;
    }
    const text = stripBom(buffer.toString("utf8"));
    const found = findFrontMatter(text);
    // An inline tag in the body is looked for at most once, and only when nothing else selects the note.
    let bodyTag: boolean | undefined;
    const bodyHasTag = (): boolean => (bodyTag ??= tagSearch !== null && tagSearch(text.slice(found.bodyStart)));
    // YAML is parsed only when the note may be selected by its folder or its front matter (the
    // same answer as parsing every note, without the cost), or by an inline tag of its body.
    if (!isInFolder(file.rel, detection.folder) && !mayNameInterview(found.raw, detection) && !bodyHasTag()) continue;
    const fm = parseFrontMatter(found);
    const evaluated = evaluateNote(
      {
        path: file.rel,
        frontmatter: fm.data,
        tags: frontmatterTags(fm.data),
        unreadable: fm.problem,
        selectedOtherwise: () => (fm.problem !== null && rawSaysInterview(fm.raw, detection)) || bodyHasTag(),
      },
      evaluation,
      options.now,
    );
    if (evaluated) notes.push({ path: file.rel, ...evaluated });
  }
  notes.sort((a, b) => compareStatuses(a.status, b.status));
  return { folder: root, settings, notes, skipped };
}
