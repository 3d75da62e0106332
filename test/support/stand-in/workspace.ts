/**
 * The workspace: leaves, views, the layout-ready switch and the workspace events.
 *
 * - `onLayoutReady(cb)` runs `cb` at once when the layout is ready, else when a test calls
 *   `app.workspace.setLayoutReady__()`.
 * - Leaves live in three places: `"main"` (tabs: `getLeaf`), `"right"` (`getRightLeaf`) and
 *   `"left"` (`getLeftLeaf`). A leaf starts empty; `setViewState({type})` builds the view with
 *   the creator a plugin registered, loads it and awaits its `onOpen`; `detach()` awaits
 *   `onClose`, unloads the view and removes the leaf.
 * - `openFile(file)` shows a `MarkdownView` whose `editor` holds the file's text. As in
 *   Obsidian, the editor does not write each edit: it saves 2 s after the last one (d.ts
 *   `TextFileView.requestSave`: "Debounced save in 2 seconds from now"), when `save()` is called
 *   (d.ts `save(clear?: boolean): Promise<void>`), and when the view closes or shows another
 *   file. Until then it holds unsaved text (`view.dirty__`).
 * - A write to the file from elsewhere (`processFrontMatter`, `vault.modify`, `vault.process`)
 *   reloads an open editor that has no unsaved text, as one "external" history entry. While an
 *   editor of that file holds unsaved text the write races it: the stand-in records a conflict
 *   (`app.workspace.conflicts__`; `assertNoEditorConflicts(app)` fails a test that has one) and
 *   the editor keeps its text, so its next save overwrites what was written — the lost update a
 *   user would see.
 * - Deferred tabs (since 1.7.2, d.ts `WorkspaceLeaf.isDeferred`: "a deferred leaf will have a
 *   DeferredView as its view, instead of the View that it should normally have for its type"):
 *   `openDeferred__(path)` adds a background tab whose view is not loaded; `getLeavesOfType`
 *   still lists it, `getViewState().state.file` names its file, and `loadIfDeferred()`,
 *   `revealLeaf` (d.ts: "await this function to ensure your view has been fully loaded and is
 *   not deferred") or making it active load it (docs.obsidian.md, "Understanding deferred
 *   views").
 * - Recorded for tests: `revealed__` (leaves passed to `revealLeaf`), `detachCalls__` (view
 *   types passed to `detachLeavesOfType`), `opened__` (every file opened, and how).
 * - When a plugin that registered a view type unloads, views of that type are closed and
 *   unloaded but their leaves stay where they are (Obsidian keeps them for the next load).
 */
import type { OpenViewState, PaneType, ViewState } from "obsidian";
import { Component, Events } from "./events";
import { Editor } from "./editor";
import { makeEl } from "./dom";
import type { App } from "./app";
import { TFile } from "./vault";

/** d.ts `TextFileView.requestSave`: "Debounced save in 2 seconds from now". */
export const EDITOR_SAVE_DELAY_MS = 2_000;

/** A write to a file while an open editor of it held unsaved text (stand-in only). */
export interface EditorConflict {
  path: string;
  /** What the write put in the file. */
  written: string;
  /** What the editor held, unsaved. */
  unsaved: string;
}

export type ViewCreator = (leaf: WorkspaceLeaf) => View;
export type Side = "main" | "left" | "right";

export abstract class View extends Component {
  app: App;
  leaf: WorkspaceLeaf;
  containerEl: HTMLElement;
  icon = "";
  navigation = false;

  constructor(leaf: WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = leaf.app;
    this.containerEl = makeEl("div", "workspace-leaf-content");
  }

  abstract getViewType(): string;

  getDisplayText(): string {
    return this.getViewType();
  }

  getIcon(): string {
    return this.icon;
  }

  async onOpen(): Promise<void> {
    // Overridden by subclasses.
  }

  async onClose(): Promise<void> {
    // Overridden by subclasses.
  }

  getState(): Record<string, unknown> {
    return {};
  }

  async setState(_state: unknown, _result: unknown): Promise<void> {
    // Overridden by subclasses.
  }

  getEphemeralState(): Record<string, unknown> {
    return {};
  }

  setEphemeralState(_state: unknown): void {
    // Overridden by subclasses.
  }

  onResize(): void {
    // Overridden by subclasses.
  }
}

export class ItemView extends View {
  contentEl: HTMLElement;
  /** Stand-in only: the header actions added with `addAction`. */
  readonly actions__: { icon: string; title: string; el: HTMLElement; callback: (evt: MouseEvent) => unknown }[] = [];

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    const header = makeEl("div", "view-header");
    this.contentEl = makeEl("div", "view-content");
    this.containerEl.append(header, this.contentEl);
  }

  getViewType(): string {
    return "item";
  }

  addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = makeEl("a", "view-action clickable-icon");
    el.setAttribute("aria-label", title);
    el.dataset.icon = icon;
    el.addEventListener("click", (evt) => callback(evt));
    this.containerEl.firstElementChild?.appendChild(el);
    this.actions__.push({ icon, title, el, callback });
    return el;
  }
}

class EmptyView extends ItemView {
  override getViewType(): string {
    return "empty";
  }
}

export type MarkdownViewModeType = "source" | "preview";

/** Stand-in only: an editor that is not a Markdown view's (d.ts `MarkdownFileInfo`: `editor`, `file`). */
export interface EmbeddedEditor__ {
  editor: Editor;
  file: TFile | null;
}

export class MarkdownView extends ItemView {
  file: TFile | null = null;
  editor: Editor;
  /** Stand-in only: what `getMode()` answers ("source" = editing, Live Preview included). */
  mode__: MarkdownViewModeType = "source";
  /** Stand-in only: the text last loaded from or saved to the file. */
  private saved__ = "";
  private saveTimer__: number | null = null;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.editor = this.newEditor__("");
  }

  override getViewType(): string {
    return "markdown";
  }

  override getDisplayText(): string {
    return this.file?.basename ?? "No file";
  }

  override getState(): Record<string, unknown> {
    return this.file ? { file: this.file.path, mode: this.mode__ } : {};
  }

  getMode(): MarkdownViewModeType {
    return this.mode__;
  }

  getViewData(): string {
    return this.editor.getValue();
  }

  setViewData(data: string, _clear: boolean): void {
    this.editor.applyExternal__(data);
  }

  get data(): string {
    return this.editor.getValue();
  }

  /** d.ts `TextFileView.requestSave`: saves 2 s after the last call. */
  requestSave = (): void => {
    if (this.saveTimer__ !== null) window.clearTimeout(this.saveTimer__);
    this.saveTimer__ = window.setTimeout(() => {
      this.saveTimer__ = null;
      void this.save();
    }, EDITOR_SAVE_DELAY_MS);
  };

  /** Writes the editor's text to the file now (nothing when the file already holds it). */
  async save(_clear?: boolean): Promise<void> {
    this.cancelSave__();
    const file = this.file;
    if (!file || this.app.vault.getAbstractFileByPath(file.path) !== file) return;
    const data = this.editor.getValue();
    this.saved__ = data;
    if (data === this.app.vault.readSync__(file)) return;
    await this.app.vault.modify(file, data);
  }

  override async onClose(): Promise<void> {
    // Obsidian saves a text file view when it closes (TextFileView.onUnloadFile).
    if (this.dirty__) await this.save();
    this.cancelSave__();
  }

  /** Stand-in only: does the editor hold text not yet written to the file? */
  get dirty__(): boolean {
    return this.file !== null && this.editor.getValue() !== this.saved__;
  }

  /** Stand-in only: is a debounced save waiting? */
  get savePending__(): boolean {
    return this.saveTimer__ !== null;
  }

  /** Stand-in only: load a file's text into this view's one editor (no history entry). */
  loadFile__(file: TFile): void {
    this.cancelSave__();
    this.file = file;
    this.saved__ = this.app.vault.readSync__(file);
    this.editor.reset__(this.saved__);
  }

  /** Stand-in only: the file was written (by anyone, this view included). */
  fileWritten__(data: string): void {
    const unsaved = this.editor.getValue();
    if (unsaved === data) {
      this.saved__ = data;
      return;
    }
    if (this.dirty__) {
      this.app.workspace.conflicts__.push({ path: this.file?.path ?? "", written: data, unsaved });
      return;
    }
    this.editor.applyExternal__(data);
    this.saved__ = data;
  }

  private cancelSave__(): void {
    if (this.saveTimer__ !== null) window.clearTimeout(this.saveTimer__);
    this.saveTimer__ = null;
  }

  /** An editor whose every change asks for a save and is announced as `editor-change`. */
  private newEditor__(text: string): Editor {
    const editor = new Editor(text);
    editor.onChange__(() => {
      const file = this.file;
      if (!file || this.editor !== editor || this.app.vault.getAbstractFileByPath(file.path) !== file) return;
      this.app.workspace.trigger("editor-change", editor, this);
      this.requestSave();
    });
    return editor;
  }
}

/** What a deferred leaf shows until it is loaded (d.ts: a `DeferredView`). */
export class DeferredView extends View {
  getViewType(): string {
    return "deferred";
  }
}

export class WorkspaceLeaf extends Events {
  app: App;
  view: View;
  /** Stand-in only: where the leaf lives. */
  side__: Side;
  /** Stand-in only: the view type last set (kept when a plugin's view is unloaded). */
  viewType__ = "empty";
  /** Stand-in only: the state of a deferred leaf's view, or null when it is loaded. */
  deferredState__: ViewState | null = null;
  private pinned__ = false;

  constructor(app: App, side: Side) {
    super();
    this.app = app;
    this.side__ = side;
    this.view = new EmptyView(this);
    this.view.load();
  }

  getViewState(): ViewState {
    if (this.deferredState__) return { ...this.deferredState__, state: { ...this.deferredState__.state } };
    return { type: this.viewType__, state: this.view.getState() };
  }

  async setViewState(viewState: ViewState, _eState?: unknown): Promise<void> {
    this.deferredState__ = null;
    const creator = this.app.workspace.viewCreators__.get(viewState.type);
    let view: View;
    if (creator) view = creator(this);
    else if (viewState.type === "markdown") view = new MarkdownView(this);
    else if (viewState.type === "empty") view = new EmptyView(this);
    else throw new Error(`No view registered for type "${viewState.type}"`);
    await this.replaceView__(view, viewState.type);
    if (viewState.state) await view.setState(viewState.state, {});
    if (viewState.active) this.app.workspace.setActiveLeaf(this, { focus: true });
  }

  async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
    this.deferredState__ = null;
    let view = this.view;
    // The file shown before is saved first (TextFileView.onUnloadFile).
    if (view instanceof MarkdownView && view.dirty__) await view.save();
    if (!(view instanceof MarkdownView)) {
      view = new MarkdownView(this);
      await this.replaceView__(view, "markdown");
    }
    (view as MarkdownView).loadFile__(file);
    this.app.workspace.opened__.push({ path: file.path, via: "openFile", newLeaf: null, state: openState ?? null });
    if (openState?.active !== false) this.app.workspace.setActiveLeaf(this, { focus: true });
  }

  /**
   * The top of the tree the leaf hangs in (d.ts 8213 `WorkspaceItem.getRoot(): WorkspaceItem`):
   * the left or right sidebar (`workspace.leftSplit` / `rightSplit`, d.ts 7752/7757), else the
   * main area (`workspace.rootSplit`, d.ts 7772).
   */
  getRoot(): WorkspaceSidedock | WorkspaceRoot {
    const ws = this.app.workspace;
    return this.side__ === "left" ? ws.leftSplit : this.side__ === "right" ? ws.rightSplit : ws.rootSplit;
  }

  getDisplayText(): string {
    return this.view.getDisplayText();
  }

  getIcon(): string {
    return this.view.getIcon();
  }

  setPinned(pinned: boolean): void {
    this.pinned__ = pinned;
  }

  togglePinned(): void {
    this.pinned__ = !this.pinned__;
  }

  get isPinned__(): boolean {
    return this.pinned__;
  }

  get isDeferred(): boolean {
    return this.deferredState__ !== null;
  }

  /** Loads the view a deferred leaf stands for; nothing for a loaded leaf. */
  async loadIfDeferred(): Promise<void> {
    await Promise.resolve();
    const state = this.deferredState__;
    if (!state) return;
    this.deferredState__ = null;
    const path = typeof state.state?.file === "string" ? state.state.file : null;
    const file = path === null ? null : this.app.vault.getFileByPath(path);
    if (state.type === "markdown" && file) {
      const view = new MarkdownView(this);
      await this.replaceView__(view, "markdown");
      view.loadFile__(file);
      return;
    }
    await this.setViewState({ type: state.type, state: state.state });
  }

  /** Stand-in only: make this a background tab whose view is not loaded (see the file comment). */
  defer__(state: ViewState): void {
    const old = this.view;
    void old.onClose().then(() => old.unload());
    this.view = new DeferredView(this);
    this.view.load();
    this.viewType__ = state.type;
    this.deferredState__ = state;
  }

  detach(): void {
    const view = this.view;
    void view.onClose().then(() => view.unload());
    this.app.workspace.removeLeaf__(this);
  }

  /** Stand-in only: close the current view and show an empty one, keeping the leaf and its type. */
  async closeView__(): Promise<void> {
    const old = this.view;
    await old.onClose();
    old.unload();
    this.view = new EmptyView(this);
    this.view.load();
  }

  private async replaceView__(view: View, type: string): Promise<void> {
    const old = this.view;
    await old.onClose();
    old.unload();
    this.view = view;
    this.viewType__ = type;
    view.load();
    await view.onOpen();
    this.app.workspace.trigger("layout-change");
  }
}

export interface OpenedRecord {
  path: string | null;
  via: "openFile" | "openLinkText";
  linktext?: string;
  newLeaf: PaneType | boolean | null;
  state: OpenViewState | null;
}

/** A sidebar as Obsidian shows it: collapsed or not. */
export class WorkspaceSidedock {
  collapsed = true;

  expand(): void {
    this.collapsed = false;
  }

  collapse(): void {
    this.collapsed = true;
  }

  toggle(): void {
    this.collapsed = !this.collapsed;
  }
}

/** The main area (d.ts 8384 `WorkspaceRoot`): what `getRoot()` answers for a leaf outside the sidebars. */
export class WorkspaceRoot {}

export class Workspace extends Events {
  layoutReady = false;
  activeLeaf: WorkspaceLeaf | null = null;
  containerEl: HTMLElement | null = null;
  leftSplit = new WorkspaceSidedock();
  rightSplit = new WorkspaceSidedock();
  rootSplit = new WorkspaceRoot();
  /** Stand-in only: view creators registered by plugins. */
  readonly viewCreators__ = new Map<string, ViewCreator>();
  /** Stand-in only: every leaf. */
  readonly leaves__: WorkspaceLeaf[] = [];
  /** Stand-in only: leaves passed to `revealLeaf`, in order. */
  readonly revealed__: WorkspaceLeaf[] = [];
  /** Stand-in only: view types passed to `detachLeavesOfType`, in order. */
  readonly detachCalls__: string[] = [];
  /** Stand-in only: every file opened. */
  readonly opened__: OpenedRecord[] = [];
  /** Stand-in only: writes that raced an editor holding unsaved text (see the file comment). */
  readonly conflicts__: EditorConflict[] = [];
  private readonly layoutCallbacks__: (() => unknown)[] = [];

  constructor(readonly app: App) {
    super();
  }

  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) callback();
    else this.layoutCallbacks__.push(callback);
  }

  /** Stand-in only: the layout is ready; runs the waiting `onLayoutReady` callbacks in order. */
  setLayoutReady__(): void {
    if (this.layoutReady) return;
    this.layoutReady = true;
    for (const cb of this.layoutCallbacks__.splice(0)) cb();
  }

  /** Stand-in only: how many `onLayoutReady` callbacks are waiting. */
  get pendingLayoutCallbacks__(): number {
    return this.layoutCallbacks__.length;
  }

  getLeavesOfType(viewType: string): WorkspaceLeaf[] {
    return this.leaves__.filter((l) => l.viewType__ === viewType);
  }

  getRightLeaf(_split: boolean): WorkspaceLeaf | null {
    return this.newLeaf__("right");
  }

  getLeftLeaf(_split: boolean): WorkspaceLeaf | null {
    return this.newLeaf__("left");
  }

  getLeaf(newLeaf?: PaneType | boolean): WorkspaceLeaf {
    if (!newLeaf) {
      const active = this.activeLeaf;
      if (active && active.side__ === "main" && !active.isPinned__) return active;
      const mainLeaf = this.leaves__.find((l) => l.side__ === "main" && !l.isPinned__);
      if (mainLeaf) return mainLeaf;
    }
    return this.newLeaf__("main");
  }

  getMostRecentLeaf(): WorkspaceLeaf | null {
    return this.activeLeaf ?? this.leaves__.find((l) => l.side__ === "main") ?? null;
  }

  async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    this.revealed__.push(leaf);
    if (leaf.side__ === "right") this.rightSplit.expand();
    if (leaf.side__ === "left") this.leftSplit.expand();
    await leaf.loadIfDeferred();
  }

  setActiveLeaf(leaf: WorkspaceLeaf, _params?: { focus?: boolean }): void {
    // A deferred tab loads when it comes to the front (asynchronously, as in Obsidian).
    if (leaf.isDeferred) void leaf.loadIfDeferred();
    const changed = this.activeLeaf !== leaf;
    this.activeLeaf = leaf;
    if (changed) this.trigger("active-leaf-change", leaf);
    const view = leaf.view;
    if (view instanceof MarkdownView) this.trigger("file-open", view.file);
  }

  getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }

  getActiveFile(): TFile | null {
    const view = this.activeLeaf?.view;
    return view instanceof MarkdownView ? view.file : null;
  }

  /**
   * Stand-in only: an editor outside any Markdown view has the focus (a canvas card, an embed);
   * `activeEditor` answers it until a test sets it back to null.
   */
  embeddedEditor__: EmbeddedEditor__ | null = null;

  /**
   * d.ts 7814 `activeEditor: MarkdownFileInfo | null`, "the current editor", null "if the active
   * view has no editor": the active Markdown view itself (a `MarkdownFileInfo`), or the
   * embedded editor.
   */
  get activeEditor(): MarkdownView | EmbeddedEditor__ | null {
    if (this.embeddedEditor__) return this.embeddedEditor__;
    const view = this.activeLeaf?.view;
    return view instanceof MarkdownView ? view : null;
  }

  iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
    for (const leaf of [...this.leaves__]) callback(leaf);
  }

  iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
    for (const leaf of this.leaves__.filter((l) => l.side__ === "main")) callback(leaf);
  }

  detachLeavesOfType(viewType: string): void {
    this.detachCalls__.push(viewType);
    for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
  }

  async openLinkText(linktext: string, sourcePath: string, newLeaf?: PaneType | boolean, openViewState?: OpenViewState): Promise<void> {
    const file = this.app.metadataCache.getFirstLinkpathDest(linktext, sourcePath);
    this.opened__.push({ path: file?.path ?? null, via: "openLinkText", linktext, newLeaf: newLeaf ?? null, state: openViewState ?? null });
    if (!file) return;
    const before = this.opened__.length;
    await this.getLeaf(newLeaf).openFile(file, openViewState);
    this.opened__.splice(before, 1); // the leaf's own openFile record duplicates this one
  }

  requestSaveLayout(): void {
    // Nothing to save.
  }

  /** Stand-in only: register a view type (Plugin.registerView does this). */
  registerView__(type: string, creator: ViewCreator): void {
    if (this.viewCreators__.has(type)) throw new Error(`View type "${type}" is already registered`);
    this.viewCreators__.set(type, creator);
  }

  /** Stand-in only: forget a view type; its views close, their leaves stay. */
  unregisterView__(type: string): void {
    this.viewCreators__.delete(type);
    for (const leaf of this.getLeavesOfType(type)) void leaf.closeView__();
  }

  /** Stand-in only: a file was written; editors showing it reload, or record a conflict. */
  fileWritten__(file: TFile, data: string): void {
    for (const leaf of this.leaves__) {
      const view = leaf.view;
      if (view instanceof MarkdownView && view.file === file) view.fileWritten__(data);
    }
  }

  /** Stand-in only: a background tab showing `path`, deferred (not loaded), in the main area. */
  openDeferred__(path: string): WorkspaceLeaf {
    if (!this.app.vault.getFileByPath(path)) throw new Error(`No file "${path}"`);
    const leaf = this.newLeaf__("main");
    leaf.defer__({ type: "markdown", state: { file: path, mode: "source" } });
    return leaf;
  }

  /** Stand-in only: what every editor with unsaved text would write (Obsidian's 2 s save, now). */
  async saveAll__(): Promise<void> {
    for (const leaf of [...this.leaves__]) {
      const view = leaf.view;
      if (view instanceof MarkdownView && view.dirty__) await view.save();
    }
  }

  /** Stand-in only: used by `WorkspaceLeaf.detach`. */
  removeLeaf__(leaf: WorkspaceLeaf): void {
    const i = this.leaves__.indexOf(leaf);
    if (i !== -1) this.leaves__.splice(i, 1);
    if (this.activeLeaf === leaf) this.activeLeaf = null;
    this.trigger("layout-change");
  }

  private newLeaf__(side: Side): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app, side);
    this.leaves__.push(leaf);
    return leaf;
  }
}
