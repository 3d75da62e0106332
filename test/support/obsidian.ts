/**
 * The Obsidian stand-in. vitest resolves every `import … from "obsidian"` to this file
 * (vitest.config.mts), so plugin code runs against it unchanged; the built main.js is loaded
 * against it too (test/plugin/main.test.ts).
 *
 * Why hand-written: `obsidian-test-mocks` (installed) was checked first. Its pieces are thorough,
 * but the parts this plugin leans on behave differently from Obsidian in ways our tests would
 * inherit: its metadata cache fires `changed` synchronously before the vault's own listeners,
 * forgets a file's cache on rename and never fires `deleted`; `parseFrontMatterTags` keeps
 * `tags: a, b` as one tag; its editor's `transaction()` makes one undo step per change and
 * applies each change at positions already shifted by the previous ones, and `replaceRange`
 * always moves the cursor; and nothing counts the listeners a plugin leaves behind. Each of
 * those is something a test here must check, so the stand-in is written by hand, small and
 * documented, and borrows nothing from that package.
 *
 * How to use it (see the files under stand-in/ for the details of each part):
 *
 *   // @vitest-environment happy-dom          ← for anything that renders or listens on window
 *   import { createApp, loadPlugin, runCommand, watchLeaks, notices } from "../support/obsidian";
 *   const app = createApp({ files: { "Interviews/Acme.md": "---\ntype: interview\n---\n" } });
 *   const plugin = await loadPlugin(new MyPlugin(app as never, DEFAULT_MANIFEST));
 *   app.workspace.setLayoutReady__();
 *   await app.vault.modify(file, text);        // cache updated, `changed` fired, when it resolves
 *
 * Conventions: members ending in `__` exist only in the stand-in (test controls and records);
 * everything else has Obsidian's name, signature and behaviour. Plugin code is typed against
 * the real `obsidian` typings, so hand stand-in objects to it with a cast (`app as never`, or
 * `asObsidian<App>(app)`).
 *
 * Timing, as in the app (each part cites the d.ts line or docs page it follows): the metadata
 * cache answers `changed` after a parse delay (stand-in/vault.ts); an editor saves 2 s after the
 * last edit and a write racing its unsaved text is recorded (stand-in/workspace.ts); background
 * tabs are deferred; `apiVersion` is settable and newer APIs vanish on older versions
 * (stand-in/version.ts); a clock that runs, sleeps and hides the window (stand-in/clock.ts,
 * imported directly because it uses vitest).
 *
 * Bases (Obsidian 1.10+) is there, as in the 1.13.1 typings: `BasesView`, `QueryController`, … and
 * `Plugin.registerBasesView` (stand-in/bases.ts; `openBase__` opens a base, `withoutBases__`
 * gives the module of an app without Bases, for loading main.js as on 1.7.2).
 *
 * `moment` is there for `moment.locale()`, the app's language (stand-in/moment.ts;
 * `setLanguage__("de")` picks another; the system's locale is happy-dom's `navigator.language`,
 * "en-US").
 *
 * Not provided: network (`requestUrl`), file-system adapters, canvas, hotkeys.
 */
export { Component, Events, type ComponentLike, type EventRef } from "./stand-in/events";
export {
  FileManager,
  MetadataCache,
  TAbstractFile,
  TFile,
  TFolder,
  Vault,
  getAllTags,
  getFrontMatterInfo,
  normalizePath,
  parseFrontMatterTags,
  parseMetadata,
  parseYaml,
  realTimeout__,
  stringifyYaml,
  type CachedMetadata,
  type FrontMatterInfo,
  type VaultWrite,
} from "./stand-in/vault";
export { Editor, type HistoryEntry } from "./stand-in/editor";
export {
  DeferredView,
  EDITOR_SAVE_DELAY_MS,
  ItemView,
  MarkdownView,
  View,
  Workspace,
  WorkspaceLeaf,
  WorkspaceSidedock,
  type EditorConflict,
  type OpenedRecord,
  type ViewCreator,
} from "./stand-in/workspace";
export {
  AbstractTextComponent,
  BaseComponent,
  ButtonComponent,
  DropdownComponent,
  ExtraButtonComponent,
  FuzzySuggestModal,
  Keymap,
  Menu,
  MenuItem,
  Modal,
  Notice,
  Platform,
  PluginSettingTab,
  Scope,
  SearchComponent,
  Setting,
  SettingTab,
  SliderComponent,
  SuggestModal,
  TextAreaComponent,
  TextComponent,
  ToggleComponent,
  ValueComponent,
  clearNotices,
  debounce,
  notices,
  openSettingTab__,
  resetPlatform,
  setIcon,
  setInputValue,
  setPlatform,
  setTooltip,
  type Debouncer,
  type NoticeRecord,
} from "./stand-in/ui";
export {
  App,
  DEFAULT_MANIFEST,
  assertNoEditorConflicts,
  MarkdownRenderChild,
  MarkdownRenderer,
  Plugin,
  createApp,
  isCommandAvailable,
  loadPlugin,
  openInEditor,
  renderCodeBlock,
  renderReadingView,
  runCommand,
  runPostProcessors,
  writeDataExternally,
  type AppOptions,
  type ReadingSection,
  type RenderedBlock,
  type RenderedNote,
} from "./stand-in/app";
export {
  BASES_EXPORTS,
  BasesEntry,
  BasesEntryGroup,
  BasesQueryResult,
  BasesView,
  BasesViewConfig,
  BooleanValue,
  ListValue,
  NotNullValue,
  NullValue,
  NumberValue,
  PrimitiveValue,
  QueryController,
  StringValue,
  Value,
  basesOf__,
  evaluateFilter__,
  openBase__,
  parsePropertyId,
  versionAtMost__,
  withoutBases__,
  type BaseSource__,
  type OpenBase__,
} from "./stand-in/bases";
export { watchLeaks, type LeakReport, type LeakWatch } from "./stand-in/leaks";
export { moment, resetLanguage__, setLanguage__ } from "./stand-in/moment";
export { ensureDom } from "./stand-in/dom";

export {
  NEWEST_API_VERSION,
  OLDEST_API_VERSION,
  apiVersion,
  requireApiVersion,
  resetApiVersion__,
  setApiVersion__,
} from "./stand-in/version";
export { editorInfoField, editorLivePreviewField, setLivePreview__ } from "./stand-in/editor-fields";

/** Hands a stand-in object to code typed against the real `obsidian` typings. */
export function asObsidian<T>(value: unknown): T {
  return value as T;
}
