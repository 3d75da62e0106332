/**
 * The vault, its metadata cache and the file manager, in memory.
 *
 * Timing, as in Obsidian:
 * - vault events (`create`, `modify`, `delete`, `rename`) fire synchronously, while the metadata
 *   cache still holds the old data;
 * - the metadata cache re-reads a created or modified file after a parse delay (Obsidian parses
 *   in a worker: `changed` "is called when a file has been indexed, and its (updated) cache is
 *   now available", d.ts MetadataCache.on('changed')) — a macrotask later, never in the same
 *   microtask as the write; until then `getFileCache` answers the old cache (null for a new
 *   file). Then it fires `changed(file, data, cache)` and `resolved()`. After a delete it fires
 *   `deleted(file, prevCache)` after the same delay. A rename moves the cache entry at once and
 *   fires no `changed` (only the vault's `rename(file, oldPath)`); with
 *   `metadataCache.renameLag__ = true` a renamed file has no cache until it is parsed again
 *   (`getFileCache` is typed `CachedMetadata | null`: a plugin must cope with null).
 * - the promise a vault write (create, modify, process, delete, `processFrontMatter`) returns
 *   settles when the file is written, not when the metadata cache has caught up: in Obsidian the
 *   cache is updated later, by the parse above (d.ts 4447: `changed` is "Called when a file has
 *   been indexed, and its (updated) cache is now available"); until then `getFileCache` answers
 *   the old cache. A test that needs the new cache waits for `changed`, or for
 *   `metadataCache.settled__()` (every parse scheduled so far has run and fired its events).
 *
 * Frontmatter is parsed with the `yaml` package (YAML 1.2 core schema): timestamps stay the
 * strings they are written as, like Obsidian's cache; broken YAML leaves the cache without a
 * `frontmatter`, like Obsidian.
 *
 * Files given to `createApp({ files })` exist from the start, already indexed, with no events.
 * `create` refuses a path whose folder does not exist; `createFolder` makes missing parents.
 */
import { parse, stringify } from "yaml";
import { Events } from "./events";

/**
 * The real `setTimeout`, taken before a test can fake the timers: the parse delay is real time
 * (a macrotask), so a test on a fake clock still sees `changed` arrive when it awaits a write.
 */
const realSetTimeout: (cb: () => void, ms: number) => unknown = setTimeout;

/** Waits the metadata cache's parse delay. */
function parseDelay(): Promise<void> {
  return new Promise((resolve) => {
    realSetTimeout(resolve, 0);
  });
}

/**
 * Stand-in only: lets real time pass (`ms`, default one macrotask), whatever a test did to the
 * timers — for a test on a fake clock that must let the metadata cache's parse delay run.
 */
export function realTimeout__(ms = 0): Promise<void> {
  return new Promise((resolve) => {
    realSetTimeout(resolve, ms);
  });
}

export interface Loc {
  line: number;
  col: number;
  offset: number;
}

export interface Pos {
  start: Loc;
  end: Loc;
}

export interface TagCache {
  tag: string;
  position: Pos;
}

export interface HeadingCache {
  heading: string;
  level: number;
  position: Pos;
}

export interface CachedMetadata {
  frontmatter?: Record<string, unknown>;
  frontmatterPosition?: Pos;
  tags?: TagCache[];
  headings?: HeadingCache[];
}

export interface FileStats {
  ctime: number;
  mtime: number;
  size: number;
}

/** One write the vault performed, in order (stand-in only; lets tests prove what was written). */
export interface VaultWrite {
  op: "create" | "modify" | "delete" | "rename" | "create-folder";
  path: string;
  /** For renames, the old path. */
  from?: string;
}

// ---------------------------------------------------------------------------------------------
// Paths

/** Obsidian's `normalizePath`: forward slashes, no doubled, leading or trailing slash, NFC. */
export function normalizePath(path: string): string {
  let p = path.replace(/[\\/]+/g, "/").replace(/[\u00A0\u202F]/g, " ");
  p = p.replace(/^\/+|\/+$/g, "");
  p = p.normalize("NFC");
  return p === "" ? "/" : p;
}

function parentPath(path: string): string {
  const i = path.lastIndexOf("/");
  return i === -1 ? "/" : path.slice(0, i);
}

export abstract class TAbstractFile {
  vault: Vault;
  path = "";
  name = "";
  parent: TFolder | null = null;

  constructor(vault: Vault) {
    this.vault = vault;
  }

  /** Stand-in only: updates `path` and the names derived from it. */
  setPath__(path: string): void {
    this.path = path;
    this.name = path === "/" ? "" : path.slice(path.lastIndexOf("/") + 1);
  }
}

export class TFile extends TAbstractFile {
  stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
  basename = "";
  extension = "";

  constructor(vault: Vault, path: string) {
    super(vault);
    this.setPath__(path);
  }

  override setPath__(path: string): void {
    super.setPath__(path);
    const dot = this.name.lastIndexOf(".");
    this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
    this.extension = dot > 0 ? this.name.slice(dot + 1) : "";
  }
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];

  constructor(vault: Vault, path: string) {
    super(vault);
    this.setPath__(path);
  }

  isRoot(): boolean {
    return this.path === "/";
  }
}

// ---------------------------------------------------------------------------------------------
// Frontmatter and the metadata parser

export interface FrontMatterInfo {
  exists: boolean;
  /** The YAML text between the fences. */
  frontmatter: string;
  /** Offset where the YAML text starts. */
  from: number;
  /** Offset where the YAML text ends. */
  to: number;
  /** Offset of the first character after the closing fence's line. */
  contentStart: number;
}

interface FenceInfo extends FrontMatterInfo {
  /** Line index of the closing fence. */
  closingLine: number;
  /** Offset just after the three dashes of the closing fence. */
  closingEnd: number;
  /** The line break the file uses after the opening fence. */
  eol: string;
}

function findFrontmatter(content: string): FenceInfo | null {
  const firstBreak = content.indexOf("\n");
  if (firstBreak === -1) return null;
  const firstLine = content.slice(0, firstBreak).replace(/\r$/, "");
  if (firstLine.trimEnd() !== "---") return null;
  const eol = content[firstBreak - 1] === "\r" ? "\r\n" : "\n";
  const from = firstBreak + 1;
  let lineStart = from;
  let line = 1;
  while (lineStart <= content.length) {
    let lineEnd = content.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = content.length;
    const text = content.slice(lineStart, lineEnd).replace(/\r$/, "");
    if (text.trimEnd() === "---") {
      const to = lineStart === from ? from : lineStart - (content[lineStart - 2] === "\r" ? 2 : 1);
      return {
        exists: true,
        frontmatter: content.slice(from, to),
        from,
        to,
        contentStart: lineEnd === content.length ? lineEnd : lineEnd + 1,
        closingLine: line,
        closingEnd: lineStart + 3,
        eol,
      };
    }
    if (lineEnd === content.length) break;
    lineStart = lineEnd + 1;
    line++;
  }
  return null;
}

/** Obsidian's `getFrontMatterInfo`. */
export function getFrontMatterInfo(content: string): FrontMatterInfo {
  const f = findFrontmatter(content);
  if (!f) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
  return { exists: true, frontmatter: f.frontmatter, from: f.from, to: f.to, contentStart: f.contentStart };
}

/** Obsidian's `parseYaml` (tests only: the plugin never bundles a YAML library). */
export function parseYaml(text: string): unknown {
  return parse(text, { logLevel: "error" });
}

/** Obsidian's `stringifyYaml`, in Obsidian's style: block lists, no line folding, empty for null. */
export function stringifyYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, nullStr: "" });
}

function locAt(content: string, offset: number): Loc {
  let line = 0;
  let lineStart = 0;
  for (let i = content.indexOf("\n"); i !== -1 && i < offset; i = content.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart, offset };
}

const TAG_RE = /(^|\s)#([\p{L}\p{N}_/-]+)/gu;
const HEADING_RE = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/;

/** Parses a note the way the metadata cache does (the parts the plugin reads). */
export function parseMetadata(content: string): CachedMetadata {
  const cache: CachedMetadata = {};
  const fm = findFrontmatter(content);
  let bodyStart = 0;
  if (fm) {
    bodyStart = fm.contentStart;
    cache.frontmatterPosition = {
      start: { line: 0, col: 0, offset: 0 },
      end: { line: fm.closingLine, col: 3, offset: fm.closingEnd },
    };
    try {
      const data: unknown = parse(fm.frontmatter, { logLevel: "error" });
      if (typeof data === "object" && data !== null && !Array.isArray(data)) {
        cache.frontmatter = data as Record<string, unknown>;
      }
    } catch {
      // Obsidian keeps no frontmatter when the YAML cannot be read.
    }
  }

  const tags: TagCache[] = [];
  const headings: HeadingCache[] = [];
  let inFence = false;
  let offset = bodyStart;
  const body = content.slice(bodyStart);
  for (const rawLine of body.split("\n")) {
    const line = rawLine.replace(/\r$/, "");
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
    } else if (!inFence) {
      const heading = HEADING_RE.exec(line);
      if (heading) {
        headings.push({
          heading: heading[2],
          level: heading[1].length,
          position: { start: locAt(content, offset), end: locAt(content, offset + line.length) },
        });
      } else {
        const noCode = line.replace(/`[^`]*`/g, (m) => " ".repeat(m.length));
        for (const m of noCode.matchAll(TAG_RE)) {
          if (/^\d+$/.test(m[2])) continue;
          const start = offset + (m.index ?? 0) + m[1].length;
          const tag = `#${m[2]}`;
          tags.push({ tag, position: { start: locAt(content, start), end: locAt(content, start + tag.length) } });
        }
      }
    }
    offset += rawLine.length + 1;
  }
  if (tags.length > 0) cache.tags = tags;
  if (headings.length > 0) cache.headings = headings;
  return cache;
}

/** Obsidian's `parseFrontMatterTags`: `tags`/`tag` as a list or a comma/space separated string. */
export function parseFrontMatterTags(frontmatter: unknown): string[] | null {
  if (typeof frontmatter !== "object" || frontmatter === null) return null;
  const fm = frontmatter as Record<string, unknown>;
  const out: string[] = [];
  for (const key of ["tags", "tag"]) {
    const raw = fm[key];
    const items: unknown[] = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[,\s]+/) : [];
    for (const item of items) {
      if (typeof item !== "string") continue;
      const t = item.trim().replace(/^#+/, "");
      if (t !== "") out.push(`#${t}`);
    }
  }
  return out.length > 0 ? out : null;
}

/** Obsidian's `getAllTags`: frontmatter tags, then inline tags, each with its `#`. */
export function getAllTags(cache: CachedMetadata): string[] | null {
  const out = parseFrontMatterTags(cache.frontmatter) ?? [];
  for (const t of cache.tags ?? []) out.push(t.tag);
  return out.length > 0 ? out : null;
}

// ---------------------------------------------------------------------------------------------
// The metadata cache

export class MetadataCache extends Events {
  private readonly caches__ = new Map<string, CachedMetadata>();
  resolvedLinks: Record<string, Record<string, number>> = {};
  unresolvedLinks: Record<string, Record<string, number>> = {};

  constructor(private readonly vault__: Vault) {
    super();
  }

  getFileCache(file: TFile): CachedMetadata | null {
    return this.caches__.get(file.path) ?? null;
  }

  getCache(path: string): CachedMetadata | null {
    return this.caches__.get(path) ?? null;
  }

  getFirstLinkpathDest(linkpath: string, _sourcePath: string): TFile | null {
    const clean = linkpath.split("#")[0].split("|")[0].trim();
    const direct = this.vault__.getFileByPath(clean) ?? this.vault__.getFileByPath(`${clean}.md`);
    if (direct) return direct;
    const name = clean.toLowerCase();
    const matches = this.vault__
      .getFiles()
      .filter((f) => f.basename.toLowerCase() === name || f.name.toLowerCase() === name)
      .sort((a, b) => a.path.length - b.path.length);
    return matches[0] ?? null;
  }

  fileToLinktext(file: TFile, _sourcePath: string, omitMdExtension = true): string {
    return omitMdExtension && file.extension === "md" ? file.path.replace(/\.md$/, "") : file.path;
  }

  /** Stand-in only: index a file now, without events (used for the files an app starts with). */
  indexNow__(file: TFile, content: string): void {
    if (file.extension !== "md") return;
    this.caches__.set(file.path, parseMetadata(content));
  }

  /** Stand-in only: a renamed file has no cache until it is parsed again (see the file comment). */
  renameLag__ = false;

  private readonly pending__ = new Set<Promise<void>>();

  /** Stand-in only: `work` (a parse, a `deleted`) runs on its own; a write does not wait for it. */
  later__(work: Promise<void>): void {
    this.pending__.add(work);
    void work.finally(() => this.pending__.delete(work));
  }

  /** Stand-in only: resolves once every parse scheduled so far (and any scheduled meanwhile) has run and fired its events. */
  async settled__(): Promise<void> {
    while (this.pending__.size > 0) await Promise.all([...this.pending__]);
  }

  /** Stand-in only: re-read a file after the parse delay and fire `changed` + `resolved`. */
  async reindex__(file: TFile): Promise<void> {
    await parseDelay();
    if (file.extension !== "md" || this.vault__.getAbstractFileByPath(file.path) !== file) return;
    const content = this.vault__.readSync__(file);
    const cache = parseMetadata(content);
    this.caches__.set(file.path, cache);
    this.trigger("changed", file, content, cache);
    this.trigger("resolved");
  }

  /** Stand-in only: drop a deleted file's cache a tick later and fire `deleted`. */
  async forget__(file: TFile): Promise<void> {
    const prev = this.caches__.get(file.path) ?? null;
    this.caches__.delete(file.path);
    await parseDelay();
    if (file.extension !== "md") return;
    this.trigger("deleted", file, prev);
    this.trigger("resolved");
  }

  /** Stand-in only: a rename moves the entry at once (no `changed`), or, with `renameLag__`, drops it. */
  move__(oldPath: string, newPath: string): void {
    const c = this.caches__.get(oldPath);
    if (!c) return;
    this.caches__.delete(oldPath);
    if (!this.renameLag__) this.caches__.set(newPath, c);
  }
}

// ---------------------------------------------------------------------------------------------
// The vault

export class Vault extends Events {
  /** Not Obsidian's usual name on purpose: plugins must read `configDir`, never assume it. */
  configDir = ".vault-config";
  /** Set by the App once both exist. */
  metadataCache!: MetadataCache;
  /** Stand-in only: every write, in order. */
  readonly writes__: VaultWrite[] = [];
  /** Stand-in only: called after a file's text changed (the workspace updates open editors). */
  afterWrite__: ((file: TFile, data: string) => void) | null = null;
  private readonly byPath__ = new Map<string, TAbstractFile>();
  private readonly contents__ = new Map<TFile, string>();
  private readonly root__: TFolder;

  constructor() {
    super();
    this.root__ = new TFolder(this, "/");
    this.byPath__.set("/", this.root__);
  }

  getName(): string {
    return "Test vault";
  }

  getRoot(): TFolder {
    return this.root__;
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.byPath__.get(normalizePath(path)) ?? null;
  }

  getFileByPath(path: string): TFile | null {
    const f = this.getAbstractFileByPath(path);
    return f instanceof TFile ? f : null;
  }

  getFolderByPath(path: string): TFolder | null {
    const f = this.getAbstractFileByPath(path);
    return f instanceof TFolder ? f : null;
  }

  getFiles(): TFile[] {
    return [...this.contents__.keys()];
  }

  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === "md");
  }

  getAllLoadedFiles(): TAbstractFile[] {
    return [...this.byPath__.values()];
  }

  getAllFolders(includeRoot = false): TFolder[] {
    return [...this.byPath__.values()].filter(
      (f): f is TFolder => f instanceof TFolder && (includeRoot || !f.isRoot()),
    );
  }

  async read(file: TFile): Promise<string> {
    await Promise.resolve();
    return this.readSync__(file);
  }

  async cachedRead(file: TFile): Promise<string> {
    return this.read(file);
  }

  /** Stand-in only: the current text of a file. */
  readSync__(file: TFile): string {
    const c = this.contents__.get(file);
    if (c === undefined) throw new Error(`File does not exist: ${file.path}`);
    return c;
  }

  async create(path: string, data: string): Promise<TFile> {
    const p = normalizePath(path);
    if (this.byPath__.has(p)) throw new Error("File already exists.");
    const parent = this.getFolderByPath(parentPath(p));
    if (!parent) throw new Error(`Folder does not exist: ${parentPath(p)}`);
    const file = this.addFile__(p, data);
    this.writes__.push({ op: "create", path: p });
    this.trigger("create", file);
    this.metadataCache.later__(this.metadataCache.reindex__(file));
    await Promise.resolve();
    return file;
  }

  async createFolder(path: string): Promise<TFolder> {
    const p = normalizePath(path);
    if (this.byPath__.has(p)) throw new Error("Folder already exists.");
    const created = this.ensureFolder__(p);
    for (const folder of created) {
      this.writes__.push({ op: "create-folder", path: folder.path });
      this.trigger("create", folder);
    }
    await Promise.resolve();
    return this.getFolderByPath(p)!;
  }

  async modify(file: TFile, data: string): Promise<void> {
    this.write__(file, data);
    this.metadataCache.later__(this.metadataCache.reindex__(file));
    await Promise.resolve();
  }

  async append(file: TFile, data: string): Promise<void> {
    await this.modify(file, this.readSync__(file) + data);
  }

  /** Atomically reads, changes and writes a file; a throwing `fn` writes nothing. */
  async process(file: TFile, fn: (data: string) => string): Promise<string> {
    const next = fn(this.readSync__(file));
    await this.modify(file, next);
    return next;
  }

  async delete(file: TAbstractFile, _force?: boolean): Promise<void> {
    await this.remove__(file);
  }

  async trash(file: TAbstractFile, _system: boolean): Promise<void> {
    await this.remove__(file);
  }

  /** Stand-in only: what delete, trash and `fileManager.trashFile` all do. */
  async remove__(file: TAbstractFile): Promise<void> {
    if (this.byPath__.get(file.path) !== file) throw new Error(`File does not exist: ${file.path}`);
    const removed: TAbstractFile[] = [];
    this.removeTree__(file, removed);
    this.writes__.push({ op: "delete", path: file.path });
    for (const item of removed) this.trigger("delete", item);
    for (const f of removed) if (f instanceof TFile) this.metadataCache.later__(this.metadataCache.forget__(f));
    await Promise.resolve();
  }

  /** Renames or moves; fires `rename(file, oldPath)` for the item and for everything inside a folder. */
  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    const to = normalizePath(newPath);
    const from = file.path;
    if (this.byPath__.get(from) !== file) throw new Error(`File does not exist: ${from}`);
    if (this.byPath__.has(to)) throw new Error("Destination file already exists!");
    const newParent = this.getFolderByPath(parentPath(to));
    if (!newParent) throw new Error(`Folder does not exist: ${parentPath(to)}`);

    const moved: [TAbstractFile, string][] = [];
    const visit = (item: TAbstractFile, path: string): void => {
      const old = item.path;
      this.byPath__.delete(old);
      item.setPath__(path);
      this.byPath__.set(path, item);
      if (item instanceof TFile) this.metadataCache.move__(old, path);
      moved.push([item, old]);
      if (item instanceof TFolder) for (const child of item.children) visit(child, `${path}/${child.name}`);
    };
    file.parent?.children.splice(file.parent.children.indexOf(file), 1);
    visit(file, to);
    file.parent = newParent;
    newParent.children.push(file);
    this.writes__.push({ op: "rename", path: to, from });
    for (const [item, old] of moved) this.trigger("rename", item, old);
    if (this.metadataCache.renameLag__) for (const [item] of moved) if (item instanceof TFile) this.metadataCache.later__(this.metadataCache.reindex__(item));
    await Promise.resolve();
  }

  /** Stand-in only: add a file with its folders, indexed, without events (for the initial vault). */
  seed__(path: string, data: string): TFile {
    const p = normalizePath(path);
    this.ensureFolder__(parentPath(p));
    const file = this.addFile__(p, data);
    this.metadataCache.indexNow__(file, data);
    return file;
  }

  private addFile__(path: string, data: string): TFile {
    const file = new TFile(this, path);
    const now = Date.now();
    file.stat = { ctime: now, mtime: now, size: data.length };
    const parent = this.getFolderByPath(parentPath(path))!;
    file.parent = parent;
    parent.children.push(file);
    this.byPath__.set(path, file);
    this.contents__.set(file, data);
    return file;
  }

  private write__(file: TFile, data: string): void {
    if (this.contents__.get(file) === undefined) throw new Error(`File does not exist: ${file.path}`);
    this.contents__.set(file, data);
    file.stat = { ...file.stat, mtime: Math.max(Date.now(), file.stat.mtime + 1), size: data.length };
    this.writes__.push({ op: "modify", path: file.path });
    this.trigger("modify", file);
    this.afterWrite__?.(file, data);
  }

  /** Creates every missing folder on the way to `path`; returns those it created, outermost first. */
  private ensureFolder__(path: string): TFolder[] {
    if (path === "/" || path === "") return [];
    const existing = this.byPath__.get(path);
    if (existing instanceof TFolder) return [];
    if (existing) throw new Error(`A file is in the way: ${path}`);
    const created = this.ensureFolder__(parentPath(path));
    const folder = new TFolder(this, path);
    const parent = this.getFolderByPath(parentPath(path))!;
    folder.parent = parent;
    parent.children.push(folder);
    this.byPath__.set(path, folder);
    return [...created, folder];
  }

  /** Removes an item and everything inside it; `removed` lists them, innermost first. */
  private removeTree__(item: TAbstractFile, removed: TAbstractFile[]): void {
    if (item instanceof TFolder) for (const child of [...item.children]) this.removeTree__(child, removed);
    this.byPath__.delete(item.path);
    if (item instanceof TFile) this.contents__.delete(item);
    removed.push(item);
    if (item.parent) item.parent.children.splice(item.parent.children.indexOf(item), 1);
  }
}

// ---------------------------------------------------------------------------------------------
// The file manager

export class FileManager {
  constructor(
    private readonly vault__: Vault,
  ) {}

  /**
   * Like Obsidian's: parses the frontmatter, lets `fn` change the object, writes it back in
   * place. Every byte after the closing fence is kept. YAML that cannot be parsed, or an `fn`
   * that throws, rejects and writes nothing. A note without frontmatter gets a block on top.
   */
  async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
    await this.vault__.process(file, (content) => {
      const fm = findFrontmatter(content);
      let data: Record<string, unknown> = {};
      if (fm && fm.frontmatter.trim() !== "") {
        const parsed: unknown = parse(fm.frontmatter, { logLevel: "error" });
        if (parsed !== null && parsed !== undefined) {
          if (typeof parsed !== "object" || Array.isArray(parsed)) {
            throw new Error("The frontmatter is not a set of key: value pairs.");
          }
          data = parsed as Record<string, unknown>;
        }
      }
      fn(data);
      const eol = fm?.eol ?? "\n";
      const yaml = Object.keys(data).length === 0 ? "" : stringifyYaml(data);
      const block = `---${eol}${yaml.replace(/\n/g, eol)}---`;
      if (!fm) return `${block}${eol}${content}`;
      return block + content.slice(fm.closingEnd);
    });
  }

  async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
    await this.vault__.rename(file, newPath);
  }

  async trashFile(file: TAbstractFile): Promise<void> {
    await this.vault__.remove__(file);
  }

  generateMarkdownLink(file: TFile, _sourcePath: string, subpath?: string, alias?: string): string {
    const target = file.extension === "md" ? file.basename : file.name;
    return `[[${target}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
  }

  getNewFileParent(sourcePath: string): TFolder {
    return this.vault__.getFolderByPath(parentPath(sourcePath)) ?? this.vault__.getRoot();
  }
}
