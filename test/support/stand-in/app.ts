/**
 * `App` and `Plugin`, and the helpers a test uses to drive a plugin: `createApp`, `loadPlugin`,
 * `runCommand`, `renderCodeBlock`, `runPostProcessors`.
 *
 * Everything a plugin registers (commands, ribbon icons, status bar items, setting tabs, views,
 * Markdown processors, editor extensions) is recorded on the `App` and removed again when the
 * plugin unloads, as Obsidian does. `loadData`/`saveData` keep a deep copy per plugin id in
 * `app.pluginData__`, so a second plugin instance on the same app sees what the first saved.
 */
import type { BasesViewRegistration, Command, MarkdownPostProcessor, MarkdownPostProcessorContext, PluginManifest } from "obsidian";
import { registerBasesView__ } from "./bases";
import { Component } from "./events";
import { makeEl } from "./dom";
import { FileManager, MetadataCache, TFile, Vault } from "./vault";
import { MarkdownView, Workspace, type ViewCreator } from "./workspace";
import type { SettingTab } from "./ui";
import { requireApiVersion } from "./version";

export type CodeBlockHandler = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<unknown> | void;

export interface AppOptions {
  /** Vault files by path, e.g. `{"Interviews/Acme.md": "---\ntype: interview\n---\n"}`. */
  files?: Record<string, string>;
  /** Start with the layout ready (default false: the plugin's `onLayoutReady` waits). */
  layoutReady?: boolean;
  /** What `loadData()` returns, by plugin id. */
  pluginData?: Record<string, unknown>;
}

export interface RibbonItem {
  icon: string;
  title: string;
  el: HTMLElement;
  callback: (evt: MouseEvent) => unknown;
}

export class App {
  vault: Vault;
  metadataCache: MetadataCache;
  workspace: Workspace;
  fileManager: FileManager;
  lastEvent: UIEvent | null = null;

  /** Stand-in only: registered commands by full id (`plugin-id:command-id`). */
  readonly commands__ = new Map<string, Command>();
  readonly settingTabs__: SettingTab[] = [];
  readonly ribbonItems__: RibbonItem[] = [];
  readonly codeBlockProcessors__ = new Map<string, CodeBlockHandler>();
  readonly postProcessors__: MarkdownPostProcessor[] = [];
  readonly editorExtensions__: unknown[] = [];
  readonly pluginData__ = new Map<string, unknown>();
  /** Stand-in only: every `saveData` call (a write of the plugin's data.json), in order. */
  readonly dataWrites__: { id: string; data: unknown }[] = [];
  private statusBar__: HTMLElement | null = null;
  private readonly localStorage__ = new Map<string, string>();

  constructor(options: AppOptions = {}) {
    this.vault = new Vault();
    this.metadataCache = new MetadataCache(this.vault);
    this.vault.metadataCache = this.metadataCache;
    this.workspace = new Workspace(this);
    this.vault.afterWrite__ = (file, data) => this.workspace.fileWritten__(file, data);
    this.fileManager = new FileManager(this.vault);
    for (const [path, text] of Object.entries(options.files ?? {})) this.vault.seed__(path, text);
    for (const [id, data] of Object.entries(options.pluginData ?? {})) this.pluginData__.set(id, structuredClone(data));
    if (options.layoutReady) this.workspace.setLayoutReady__();
  }

  /**
   * d.ts `@since 1.8.7`: "Retrieve value from `localStorage` for this vault". Absent when the
   * stand-in plays an older app (`setApiVersion__`). Values go through JSON, as in localStorage
   * ("Must be serializable").
   */
  get loadLocalStorage(): ((key: string) => unknown) | undefined {
    if (!requireApiVersion("1.8.7")) return undefined;
    return (key: string) => {
      const raw = this.localStorage__.get(key);
      return raw === undefined ? null : (JSON.parse(raw) as unknown);
    };
  }

  /** d.ts `@since 1.8.7`: "If data is `null`, the entry will be cleared." */
  get saveLocalStorage(): ((key: string, data: unknown) => void) | undefined {
    if (!requireApiVersion("1.8.7")) return undefined;
    return (key: string, data: unknown) => {
      if (data === null || data === undefined) this.localStorage__.delete(key);
      else this.localStorage__.set(key, JSON.stringify(data));
    };
  }

  /** Stand-in only: the vault's local storage, whatever the version played. */
  get localStorage__entries(): Record<string, unknown> {
    return Object.fromEntries([...this.localStorage__].map(([k, v]) => [k, JSON.parse(v) as unknown]));
  }

  /** Stand-in only: the status bar (its items are the elements `addStatusBarItem` returned). */
  get statusBarEl__(): HTMLElement {
    this.statusBar__ ??= makeEl("div", "status-bar");
    return this.statusBar__;
  }
}

export function createApp(options: AppOptions = {}): App {
  return new App(options);
}

export const DEFAULT_MANIFEST: PluginManifest = {
  id: "interview-followup",
  name: "Interview Follow-up",
  version: "0.1.0",
  minAppVersion: "1.7.2",
  description: "Test manifest",
  author: "Tests",
};

export class Plugin extends Component {
  app: App;
  manifest: PluginManifest;

  constructor(app: App, manifest: PluginManifest = DEFAULT_MANIFEST) {
    super();
    this.app = app;
    this.manifest = manifest;
  }

  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = makeEl("div", "side-dock-ribbon-action clickable-icon");
    el.setAttribute("aria-label", title);
    el.dataset.icon = icon;
    el.addEventListener("click", (evt) => callback(evt));
    const item: RibbonItem = { icon, title, el, callback };
    this.app.ribbonItems__.push(item);
    this.register(() => {
      el.remove();
      removeFrom(this.app.ribbonItems__, item);
    });
    return el;
  }

  addStatusBarItem(): HTMLElement {
    const el = makeEl("div", `status-bar-item plugin-${this.manifest.id}`);
    this.app.statusBarEl__.appendChild(el);
    this.register(() => el.remove());
    return el;
  }

  addCommand(command: Command): Command {
    const full: Command = { ...command, id: `${this.manifest.id}:${command.id}`, name: command.name };
    if (this.app.commands__.has(full.id)) throw new Error(`Command "${full.id}" is already registered`);
    this.app.commands__.set(full.id, full);
    this.register(() => this.app.commands__.delete(full.id));
    return full;
  }

  removeCommand(commandId: string): void {
    this.app.commands__.delete(`${this.manifest.id}:${commandId}`);
  }

  /** From 1.13 the app stores the tab's definitions at once, for its settings search (d.ts 6587: `update()` is "Called by addSettingTab()"). */
  addSettingTab(settingTab: SettingTab): void {
    if (requireApiVersion("1.13.0")) settingTab.update?.();
    this.app.settingTabs__.push(settingTab);
    this.register(() => removeFrom(this.app.settingTabs__, settingTab));
  }

  registerView(type: string, viewCreator: ViewCreator): void {
    this.app.workspace.registerView__(type, viewCreator);
    this.register(() => this.app.workspace.unregisterView__(type));
  }

  /** Obsidian 1.10+ (d.ts 5009); false when Bases is off in the vault. See stand-in/bases.ts. */
  registerBasesView(viewId: string, registration: BasesViewRegistration): boolean {
    return registerBasesView__(this, viewId, registration);
  }

  registerExtensions(_extensions: string[], _viewType: string): void {
    // File extensions are not simulated.
  }

  registerMarkdownPostProcessor(postProcessor: MarkdownPostProcessor, _sortOrder?: number): MarkdownPostProcessor {
    this.app.postProcessors__.push(postProcessor);
    this.register(() => removeFrom(this.app.postProcessors__, postProcessor));
    return postProcessor;
  }

  registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler, _sortOrder?: number): MarkdownPostProcessor {
    if (this.app.codeBlockProcessors__.has(language)) throw new Error(`Code block "${language}" is already registered`);
    this.app.codeBlockProcessors__.set(language, handler);
    this.register(() => this.app.codeBlockProcessors__.delete(language));
    const pp = ((_el: HTMLElement, _ctx: MarkdownPostProcessorContext) => undefined) as MarkdownPostProcessor;
    return pp;
  }

  registerEditorExtension(extension: unknown): void {
    this.app.editorExtensions__.push(extension);
    this.register(() => removeFrom(this.app.editorExtensions__, extension));
  }

  registerEditorSuggest(_editorSuggest: unknown): void {
    // Editor suggestions are not simulated.
  }

  registerHoverLinkSource(_id: string, _info: unknown): void {
    // Hover sources are not simulated.
  }

  registerObsidianProtocolHandler(_action: string, _handler: unknown): void {
    // Protocol handlers are not simulated.
  }

  async loadData(): Promise<unknown> {
    await Promise.resolve();
    const data = this.app.pluginData__.get(this.manifest.id);
    return data === undefined ? null : structuredClone(data);
  }

  async saveData(data: unknown): Promise<void> {
    await Promise.resolve();
    this.app.pluginData__.set(this.manifest.id, structuredClone(data));
    this.app.dataWrites__.push({ id: this.manifest.id, data: structuredClone(data) });
  }

  onUserEnable(): void {
    // Overridden by plugins.
  }

  onExternalSettingsChange(): void {
    // Overridden by plugins.
  }
}

/** Loads a plugin as Obsidian does and waits for an async `onload` to finish. */
export async function loadPlugin<P extends Component>(plugin: P): Promise<P> {
  plugin.load();
  if (plugin.loading__) await plugin.loading__;
  return plugin;
}

/**
 * What an editor command gets: `workspace.activeEditor` (d.ts 7814), when the user is in an
 * editor: "A command callback that is only triggered when the user is in an editor" (d.ts
 * `editorCallback`, `editorCheckCallback`). A Markdown view in reading mode shows no editor; an
 * editor outside a Markdown view (a canvas card) is one. Null: editor commands are unavailable.
 */
function commandEditor__(app: App): { editor: never; ctx: never } | null {
  const info = app.workspace.activeEditor;
  if (!info?.editor) return null;
  if (info instanceof MarkdownView && info.getMode() !== "source") return null;
  return { editor: info.editor as never, ctx: info as never };
}

/**
 * Runs a command as the command palette would: `editorCallback`/`editorCheckCallback` get the
 * active editor and its view or file info (`commandEditor__`; the command is unavailable
 * without one), `checkCallback` is asked first with `checking = true`. Returns whether the
 * command ran.
 */
export function runCommand(app: App, id: string): boolean {
  const cmd = app.commands__.get(id);
  if (!cmd) throw new Error(`No command "${id}". Registered: ${[...app.commands__.keys()].join(", ")}`);
  if (cmd.editorCheckCallback || cmd.editorCallback) {
    const active = commandEditor__(app);
    if (!active) return false;
    if (cmd.editorCheckCallback) {
      if (!cmd.editorCheckCallback(true, active.editor, active.ctx)) return false;
      cmd.editorCheckCallback(false, active.editor, active.ctx);
    } else void cmd.editorCallback!(active.editor, active.ctx);
    return true;
  }
  if (cmd.checkCallback) {
    if (!cmd.checkCallback(true)) return false;
    cmd.checkCallback(false);
    return true;
  }
  if (cmd.callback) {
    void cmd.callback();
    return true;
  }
  return false;
}

/** Would the command palette list this command right now? */
export function isCommandAvailable(app: App, id: string): boolean {
  const cmd = app.commands__.get(id);
  if (!cmd) return false;
  if (cmd.editorCheckCallback || cmd.editorCallback) {
    const active = commandEditor__(app);
    if (!active) return false;
    return cmd.editorCheckCallback ? Boolean(cmd.editorCheckCallback(true, active.editor, active.ctx)) : true;
  }
  if (cmd.checkCallback) return Boolean(cmd.checkCallback(true));
  return Boolean(cmd.callback);
}

// ---------------------------------------------------------------------------------------------
// Markdown rendering

export class MarkdownRenderChild extends Component {
  containerEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    super();
    this.containerEl = containerEl;
  }
}

export class MarkdownRenderer {
  /** Stand-in: writes each paragraph of `markdown` as plain text in a `<p>` (no Markdown parsing). */
  static async render(_app: App, markdown: string, el: HTMLElement, _sourcePath: string, _component: Component): Promise<void> {
    await Promise.resolve();
    for (const para of markdown.split(/\n{2,}/)) {
      const p = makeEl("p");
      p.textContent = para;
      el.appendChild(p);
    }
  }
}

export interface RenderedBlock {
  el: HTMLElement;
  ctx: MarkdownPostProcessorContext;
  /** The components the processor added with `ctx.addChild` (loaded, as Obsidian loads them). */
  children: Component[];
  /** Unloads the children, as Obsidian does when the block leaves the preview. */
  unload(): void;
}

function makeContext(sourcePath: string, frontmatter: unknown, children: Component[], text: string, sectionEl: HTMLElement | null = null): MarkdownPostProcessorContext {
  return {
    docId: `doc-${sourcePath}`,
    sourcePath,
    frontmatter: frontmatter as never,
    addChild(child: Component) {
      children.push(child);
      child.load();
    },
    getSectionInfo(el: HTMLElement) {
      // Only the element given as the section has section info (see renderReadingView).
      if (sectionEl !== null && el !== sectionEl) return null;
      const lines = text.split("\n").length;
      return { text, lineStart: 0, lineEnd: lines - 1 };
    },
  } as unknown as MarkdownPostProcessorContext;
}

/** Renders a fenced code block of `language` with the processor a plugin registered. */
export async function renderCodeBlock(
  app: App,
  language: string,
  source: string,
  options: { sourcePath?: string; frontmatter?: unknown; attached?: boolean } = {},
): Promise<RenderedBlock> {
  const handler = app.codeBlockProcessors__.get(language);
  if (!handler) throw new Error(`No code block processor for "${language}"`);
  // The block sits in a note on screen (a preview section in the document); `unload()` takes
  // it away, as closing the note does.
  const el = makeEl("div", `block-language-${language}`);
  if (options.attached !== false) document.body.createDiv({ cls: "markdown-preview-section" }).appendChild(el);
  const children: Component[] = [];
  const ctx = makeContext(options.sourcePath ?? "Note.md", options.frontmatter, children, `\`\`\`${language}\n${source}\n\`\`\``);
  await handler(source, el, ctx);
  return {
    el,
    ctx,
    children,
    unload: () => {
      children.forEach((c) => c.unload());
      el.parentElement?.remove();
    },
  };
}

/** Runs every registered post processor over `el` (a rendered section of `sourcePath`). */
export async function runPostProcessors(
  app: App,
  el: HTMLElement,
  options: { sourcePath?: string; frontmatter?: unknown } = {},
): Promise<RenderedBlock> {
  const children: Component[] = [];
  const ctx = makeContext(options.sourcePath ?? "Note.md", options.frontmatter, children, el.textContent ?? "", el);
  for (const pp of [...app.postProcessors__]) await pp(el, ctx);
  return { el, ctx, children, unload: () => children.forEach((c) => c.unload()) };
}

/** Opens `path` in a main-area leaf and makes it active; returns its Markdown view. */
export async function openInEditor(app: App, path: string): Promise<MarkdownView> {
  const file = app.vault.getFileByPath(path);
  if (!(file instanceof TFile)) throw new Error(`No file "${path}"`);
  const leaf = app.workspace.getLeaf(false);
  await leaf.openFile(file);
  return leaf.view as MarkdownView;
}

/**
 * Another device (a sync service) rewrote the plugin's data.json: the stand-in stores `data` and
 * calls the plugin's `onExternalSettingsChange` (d.ts `@since 1.5.7`: "Called when the
 * `data.json` file is modified on disk externally from Obsidian").
 */
export async function writeDataExternally(plugin: Plugin, data: unknown): Promise<void> {
  plugin.app.pluginData__.set(plugin.manifest.id, structuredClone(data));
  await Promise.resolve(plugin.onExternalSettingsChange() as unknown);
}

/** Fails when a write raced an editor holding unsaved text (see stand-in/workspace.ts). */
export function assertNoEditorConflicts(app: App): void {
  const conflicts = app.workspace.conflicts__;
  if (conflicts.length === 0) return;
  const lines = conflicts.map((c) => `- ${c.path}: written while its editor held unsaved text (${JSON.stringify(c.unsaved.slice(-60))})`);
  throw new Error(`${conflicts.length} write(s) raced an open editor:\n${lines.join("\n")}`);
}

// ---------------------------------------------------------------------------------------------
// Reading view

export interface ReadingSection {
  el: HTMLElement;
  lineStart: number;
  lineEnd: number;
}

export interface RenderedNote {
  /** The element the sections are rendered in (inside `.markdown-embed` / `.hover-popover` for those). */
  el: HTMLElement;
  sections: ReadingSection[];
  children: Component[];
  unload(): void;
}

/**
 * Renders a note of the vault the way reading view does, for the post-processors: one element
 * per section (the frontmatter as `.mod-frontmatter`, then each block of lines up to a blank
 * line), each processed with a context whose `getSectionInfo(el)` gives the note's text and
 * that section's real line numbers — and null for any element that is not a section
 * (d.ts: "This function may also return null in many circumstances"). With `subpath`
 * ("#Heading"), only that heading's part of the note is rendered, as an embed of a heading is;
 * `container` puts the sections inside an embed or a hover preview.
 */
export async function renderReadingView(
  app: App,
  path: string,
  options: { subpath?: string; container?: "note" | "embed" | "hover-popover" } = {},
): Promise<RenderedNote> {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`No file "${path}"`);
  const text = app.vault.readSync__(file);
  const lines = text.split("\n");
  const all: { lineStart: number; lineEnd: number; frontmatter: boolean }[] = [];
  let i = 0;
  if (lines[0]?.trimEnd() === "---") {
    const end = lines.findIndex((l, n) => n > 0 && l.trimEnd() === "---");
    if (end > 0) {
      all.push({ lineStart: 0, lineEnd: end, frontmatter: true });
      i = end + 1;
    }
  }
  while (i < lines.length) {
    if (lines[i].trim() === "") {
      i++;
      continue;
    }
    const start = i;
    while (i + 1 < lines.length && lines[i + 1].trim() !== "" && !/^#{1,6}\s/.test(lines[i + 1])) i++;
    all.push({ lineStart: start, lineEnd: i, frontmatter: false });
    i++;
  }
  let chosen = all;
  if (options.subpath) {
    const name = options.subpath.replace(/^#/, "");
    const at = all.findIndex((sec) => new RegExp(`^#{1,6}\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`).test(lines[sec.lineStart]));
    if (at === -1) throw new Error(`No heading "${name}" in "${path}"`);
    const level = /^#+/.exec(lines[all[at].lineStart])![0].length;
    let stop = all.length;
    for (let k = at + 1; k < all.length; k++) {
      const m = /^(#{1,6})\s/.exec(lines[all[k].lineStart]);
      if (m && m[1].length <= level) {
        stop = k;
        break;
      }
    }
    chosen = all.slice(at, stop);
  }
  const outer = makeEl("div", options.container === "embed" ? "markdown-embed" : options.container === "hover-popover" ? "hover-popover" : "");
  const el = makeEl("div", "markdown-preview-section");
  outer.appendChild(el);
  const sections: ReadingSection[] = chosen.map((sec) => {
    const sectionEl = makeEl("div", sec.frontmatter ? "el-pre mod-frontmatter mod-ui" : "el-p");
    sectionEl.createEl(sec.frontmatter ? "pre" : "p", { text: lines.slice(sec.lineStart + (sec.frontmatter ? 1 : 0), sec.lineEnd + (sec.frontmatter ? 0 : 1)).join("\n") });
    el.appendChild(sectionEl);
    return { el: sectionEl, lineStart: sec.lineStart, lineEnd: sec.lineEnd };
  });
  const children: Component[] = [];
  const frontmatter = app.metadataCache.getFileCache(file)?.frontmatter ?? null;
  for (const section of sections) {
    const ctx = {
      docId: `doc-${path}`,
      sourcePath: path,
      frontmatter,
      addChild(child: Component) {
        children.push(child);
        child.load();
      },
      getSectionInfo(target: HTMLElement) {
        const s = sections.find((x) => x.el === target);
        return s ? { text, lineStart: s.lineStart, lineEnd: s.lineEnd } : null;
      },
    } as unknown as MarkdownPostProcessorContext;
    for (const pp of [...app.postProcessors__]) await pp(section.el, ctx);
  }
  return { el, sections, children, unload: () => children.forEach((c) => c.unload()) };
}

function removeFrom<T>(list: T[], item: T): void {
  const i = list.indexOf(item);
  if (i !== -1) list.splice(i, 1);
}
