/**
 * Bases (Obsidian 1.10+), modelled on the 1.13.1 typings (node_modules/obsidian/obsidian.d.ts;
 * the line of each declaration is cited beside it) and on Obsidian's help pages "Bases syntax"
 * and "Functions" for what a `.base` file says.
 *
 * - `Plugin.registerBasesView(viewId, registration)` (d.ts 5009) records the registration on
 *   the app and returns true; false when Bases is turned off in the vault
 *   (`basesOf__(app).enabled = false`). The registration goes when the plugin unloads, and the
 *   open bases showing that view type unload their view (Obsidian's exact behaviour here is
 *   not documented; a view that outlived its plugin would be a leak either way).
 * - `openBase__(app, source)` is what opening a base does: a `QueryController` (d.ts 5315, a
 *   Component) is loaded; the registration's `factory(controller, containerEl)` (d.ts 1247)
 *   builds the view, which the controller adds as a child (so its `onload` runs, as for the
 *   official Maps view); then `view.data` is set to a fresh `BasesQueryResult` (d.ts 971) with
 *   new `BasesEntry` objects (d.ts 685; "views should not keep a reference to it") and
 *   `onDataUpdated()` (d.ts 1149) is called. A metadata `changed`/`deleted` or a vault
 *   `create`/`rename` runs the query again the same way, after the listeners registered before
 *   the base was opened (the plugin's index among them). `close__()` unloads the controller.
 * - The source is either a `.base` file of the vault — its `filters` (global AND the view's)
 *   are evaluated over the vault's files with the subset of the expression language described
 *   at `evaluateFilter__`, its view's `sort` and `groupBy` applied — or a plain list of files.
 *
 * Values (d.ts 7246 `Value` and subclasses) are modelled for what `getValue` returns:
 * null, strings, numbers, booleans and lists. Dates stay strings, as the metadata cache keeps
 * them. Not modelled: formulas, summaries, `createFileForView`, view options UI.
 */
import type { BasesPropertyId, BasesViewRegistration, PluginManifest } from "obsidian";
import type { App, Plugin } from "./app";
import { makeEl } from "./dom";
import { Component } from "./events";
import { getAllTags, parseYaml, TFile } from "./vault";

// ---------------------------------------------------------------------------------------------
// Values (d.ts 7246 Value, 4657 NotNullValue, 4666 NullValue, 5267 PrimitiveValue,
// 6822 StringValue, 4691 NumberValue, 1312 BooleanValue, 3777 ListValue)

export abstract class Value {
  static type = "value";
  abstract toString(): string;
  abstract isTruthy(): boolean;
  equals(other: Value): boolean {
    return other.constructor === this.constructor && other.toString() === this.toString();
  }
  looseEquals(other: Value): boolean {
    return other.toString() === this.toString();
  }
  /** d.ts 7289: renders the value into an element (as text here). */
  renderTo(el: HTMLElement, _ctx?: unknown): void {
    el.setText(this.toString());
  }
}

export abstract class NotNullValue extends Value {}

export class NullValue extends Value {
  static value = new NullValue();
  toString(): string {
    return "";
  }
  isTruthy(): boolean {
    return false;
  }
}

export abstract class PrimitiveValue<T> extends NotNullValue {
  constructor(private readonly value__: T) {
    super();
  }
  toString(): string {
    return String(this.value__);
  }
  isTruthy(): boolean {
    return Boolean(this.value__);
  }
}

export class StringValue extends PrimitiveValue<string> {
  static type = "string";
}
export class NumberValue extends PrimitiveValue<number> {
  static type = "number";
}
export class BooleanValue extends PrimitiveValue<boolean> {
  static type = "boolean";
}

export class ListValue extends NotNullValue {
  static type = "list";
  private readonly items__: Value[];
  constructor(value: unknown[]) {
    super();
    this.items__ = value.map(toValue__);
  }
  toString(): string {
    return this.items__.map((v) => v.toString()).join(", ");
  }
  isTruthy(): boolean {
    return this.items__.length > 0;
  }
  includes(value: Value): boolean {
    return this.items__.some((v) => v.looseEquals(value));
  }
  length(): number {
    return this.items__.length;
  }
  get(index: number): Value {
    return this.items__[index] ?? NullValue.value;
  }
}

/** Stand-in only: a frontmatter value as the Value `getValue` returns. */
export function toValue__(raw: unknown): Value {
  if (raw instanceof Value) return raw;
  if (raw === null || raw === undefined) return NullValue.value;
  if (typeof raw === "string") return new StringValue(raw);
  if (typeof raw === "number") return new NumberValue(raw);
  if (typeof raw === "boolean") return new BooleanValue(raw);
  if (Array.isArray(raw)) return new ListValue(raw);
  return new StringValue(JSON.stringify(raw));
}

// ---------------------------------------------------------------------------------------------
// Properties (d.ts 899 BasesProperty, 919 BasesPropertyId, 4814 parsePropertyId)

export type BasesPropertyType = "note" | "formula" | "file";

export function parsePropertyId(propertyId: BasesPropertyId): { type: BasesPropertyType; name: string } {
  const dot = propertyId.indexOf(".");
  return { type: propertyId.slice(0, dot) as BasesPropertyType, name: propertyId.slice(dot + 1) };
}

/** A property as a `.base` file writes it (`company`, `note.company`, `file.name`) → its id. */
export function toPropertyId__(written: string): BasesPropertyId {
  return /^(note|file|formula)\./.test(written) ? (written as BasesPropertyId) : `note.${written}`;
}

function fileProperty(file: TFile, name: string, app: App): unknown {
  switch (name) {
    case "name":
      return file.name;
    case "basename":
      return file.basename;
    case "path":
      return file.path;
    case "ext":
      return file.extension;
    case "folder":
      return file.parent?.path ?? "";
    case "tags": {
      const cache = app.metadataCache.getFileCache(file);
      return cache ? (getAllTags(cache) ?? []) : [];
    }
    default:
      throw new Error(`Bases stand-in: file.${name} is not modelled`);
  }
}

// ---------------------------------------------------------------------------------------------
// Entries, groups, results (d.ts 685 BasesEntry, 710 BasesEntryGroup, 971 BasesQueryResult)

export class BasesEntry {
  /** d.ts 691 */
  file: TFile;
  constructor(
    private readonly app__: App,
    file: TFile,
  ) {
    this.file = file;
  }

  /** d.ts 699: the value of a property for this file; null for a formula (not modelled). */
  getValue(propertyId: BasesPropertyId): Value | null {
    const { type, name } = parsePropertyId(propertyId);
    if (type === "file") return toValue__(fileProperty(this.file, name, this.app__));
    if (type === "note") return toValue__(this.app__.metadataCache.getFileCache(this.file)?.frontmatter?.[name]);
    return null;
  }
}

export class BasesEntryGroup {
  /** d.ts 716: the group's value of the groupBy property; NullValue for entries without one. */
  key?: Value;
  /** d.ts 721 */
  entries: BasesEntry[];
  constructor(key: Value | undefined, entries: BasesEntry[]) {
    this.key = key;
    this.entries = entries;
  }
  /** d.ts 728: true iff the group has a non-null key. */
  hasKey(): boolean {
    return this.key !== undefined && !(this.key instanceof NullValue);
  }
}

export interface GroupBy__ {
  property: BasesPropertyId;
  direction: "ASC" | "DESC";
}

export class BasesQueryResult {
  /** d.ts 980: every entry, sorted, ungrouped. */
  data: BasesEntry[];
  constructor(
    data: BasesEntry[],
    private readonly groupBy__: GroupBy__ | null,
    private readonly properties__: BasesPropertyId[],
  ) {
    this.data = data;
  }

  /** d.ts 988: grouped by the groupBy config; without one, a single group with an empty key. */
  get groupedData(): BasesEntryGroup[] {
    const by = this.groupBy__;
    if (!by) return [new BasesEntryGroup(undefined, this.data)];
    const groups = new Map<string, BasesEntryGroup>();
    for (const entry of this.data) {
      const key = entry.getValue(by.property) ?? NullValue.value;
      const id = key instanceof NullValue ? "\u0000null" : key.toString();
      let group = groups.get(id);
      if (!group) groups.set(id, (group = new BasesEntryGroup(key, [])));
      group.entries.push(entry);
    }
    const sign = by.direction === "DESC" ? -1 : 1;
    return [...groups.values()].sort((a, b) => {
      if (!a.hasKey() || !b.hasKey()) return Number(!a.hasKey()) - Number(!b.hasKey());
      return sign * a.key!.toString().localeCompare(b.key!.toString());
    });
  }

  /** d.ts 994 */
  get properties(): BasesPropertyId[] {
    return [...this.properties__];
  }

  /** d.ts 1001: not modelled. */
  getSummaryValue(): Value {
    throw new Error("Bases stand-in: summaries are not modelled");
  }
}

// ---------------------------------------------------------------------------------------------
// View config (d.ts 1166 BasesViewConfig)

/** One entry of a `.base` file's `views` list, as read from YAML. */
export type ViewConfigData__ = Record<string, unknown> & { type: string; name: string };

export class BasesViewConfig {
  /** d.ts 1173 */
  name: string;
  /** Stand-in only: every `set` call, in order. */
  readonly sets__: { key: string; value: unknown }[] = [];
  constructor(
    private readonly data__: ViewConfigData__,
    private readonly properties__: Record<string, Record<string, unknown>> = {},
  ) {
    this.name = data__.name;
  }
  /** d.ts 1180 */
  get(key: string): unknown {
    return this.data__[key];
  }
  /** d.ts 1187 */
  getAsPropertyId(key: string): BasesPropertyId | null {
    const v = this.data__[key];
    return typeof v === "string" && v.trim() !== "" ? toPropertyId__(v.trim()) : null;
  }
  /** d.ts 1198: not modelled. */
  getEvaluatedFormula(): Value {
    throw new Error("Bases stand-in: formulas are not modelled");
  }
  /** d.ts 1205 */
  set(key: string, value: unknown): void {
    this.sets__.push({ key, value });
    this.data__[key] = value;
  }
  /** d.ts 1213 */
  getOrder(): BasesPropertyId[] {
    const order = this.data__.order;
    return Array.isArray(order) ? order.filter((p): p is string => typeof p === "string").map(toPropertyId__) : [];
  }
  /** d.ts 1225: the valid sort entries; [] when there are none. */
  getSort(): { property: BasesPropertyId; direction: "ASC" | "DESC" }[] {
    const sort = this.data__.sort;
    if (!Array.isArray(sort)) return [];
    const out: { property: BasesPropertyId; direction: "ASC" | "DESC" }[] = [];
    for (const s of sort as unknown[]) {
      if (typeof s !== "object" || s === null) continue;
      const { property, direction } = s as Record<string, unknown>;
      if (typeof property === "string" && (direction === "ASC" || direction === "DESC")) out.push({ property: toPropertyId__(property), direction });
    }
    return out;
  }
  /** d.ts 1236: the display name set in the base, else the name without its prefix. */
  getDisplayName(propertyId: BasesPropertyId): string {
    const { type, name } = parsePropertyId(propertyId);
    const set = this.properties__[propertyId]?.displayName ?? (type === "note" ? this.properties__[name]?.displayName : undefined);
    return typeof set === "string" ? set : name;
  }
  /** Stand-in only: the groupBy entry of the view, if any. */
  groupBy__(): GroupBy__ | null {
    const g = this.data__.groupBy;
    if (typeof g !== "object" || g === null) return null;
    const { property, direction } = g as Record<string, unknown>;
    if (typeof property !== "string") return null;
    return { property: toPropertyId__(property), direction: direction === "DESC" ? "DESC" : "ASC" };
  }
}

// ---------------------------------------------------------------------------------------------
// Controller and view (d.ts 5315 QueryController, 1105 BasesView)

export class QueryController extends Component {
  /** Stand-in only: the app the base belongs to (views read it as `this.app`). */
  readonly app__: App;
  constructor(app: App) {
    super();
    this.app__ = app;
  }
}

export abstract class BasesView extends Component {
  /** d.ts 1111 */
  abstract type: string;
  /** d.ts 1116 */
  app: App;
  /** d.ts 1123: set before the view is loaded. */
  config!: BasesViewConfig;
  /** d.ts 1129 */
  allProperties: BasesPropertyId[] = [];
  /** d.ts 1137: replaced by a new result at every update. */
  data!: BasesQueryResult;

  /** d.ts 1143 */
  protected constructor(controller: QueryController) {
    super();
    this.app = controller.app__;
  }

  /** d.ts 1149 */
  abstract onDataUpdated(): void;

  /** d.ts 1156: not modelled. */
  createFileForView(): Promise<void> {
    return Promise.reject(new Error("Bases stand-in: createFileForView is not modelled"));
  }
}

// ---------------------------------------------------------------------------------------------
// The registry and the test controls

interface Registered {
  plugin: PluginManifest["id"];
  registration: BasesViewRegistration;
}

export interface BasesRegistry__ {
  /** False: Bases is turned off in this vault, and registerBasesView returns false. */
  enabled: boolean;
  readonly views: Map<string, Registered>;
  readonly open: Set<OpenBase__>;
}

const registries = new WeakMap<App, BasesRegistry__>();

/** Stand-in only: the Bases state of an app. */
export function basesOf__(app: App): BasesRegistry__ {
  let r = registries.get(app);
  if (!r) registries.set(app, (r = { enabled: true, views: new Map(), open: new Set() }));
  return r;
}

/** What `Plugin.registerBasesView` does (d.ts 5009). */
export function registerBasesView__(plugin: Plugin, viewId: string, registration: BasesViewRegistration): boolean {
  const registry = basesOf__(plugin.app);
  if (!registry.enabled) return false;
  if (registry.views.has(viewId)) throw new Error(`Bases view type "${viewId}" is already registered`);
  registry.views.set(viewId, { plugin: plugin.manifest.id, registration });
  plugin.register(() => {
    registry.views.delete(viewId);
    for (const base of [...registry.open]) if (base.type__ === viewId) base.dropView__();
  });
  return true;
}

/** What a test opens: a `.base` file of the vault (and one of its views, by name), or a list of files. */
export type BaseSource__ =
  | { file: string; view?: string }
  | { type: string; files: string[]; groupBy?: string; config?: Record<string, unknown> };

export interface OpenBase__ {
  readonly controller: QueryController;
  /** The element given to the factory. */
  readonly containerEl: HTMLElement;
  /** The view, until it is dropped (its plugin unloaded) or the base closed. */
  readonly view: BasesView | null;
  readonly type__: string;
  /** How many times the query ran and `onDataUpdated` was called. */
  readonly updates__: number;
  /** Runs the query again now (new result, new entries) and calls `onDataUpdated`. */
  refresh__(): void;
  /** Unloads the view (as when its plugin goes). */
  dropView__(): void;
  /** Closes the base: the controller unloads, with its view. */
  close__(): void;
}

interface Query {
  view: ViewConfigData__;
  properties: Record<string, Record<string, unknown>>;
  files: () => TFile[];
}

function readBaseFile(app: App, path: string, viewName: string | undefined): Query {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`Bases stand-in: no file at ${path}`);
  const parsed = parseYaml(app.vault.readSync__(file)) as Record<string, unknown> | null;
  const views = Array.isArray(parsed?.views) ? (parsed.views as ViewConfigData__[]) : [];
  const view = viewName === undefined ? views[0] : views.find((v) => v.name === viewName);
  if (!view) throw new Error(`Bases stand-in: ${path} has no view ${viewName ?? ""}`);
  const global = parsed?.filters;
  return {
    view,
    properties: (parsed?.properties as Record<string, Record<string, unknown>> | undefined) ?? {},
    files: () =>
      app.vault
        .getFiles()
        .filter((f) => (global === undefined || evaluateFilter__(app, f, global)) && (view.filters === undefined || evaluateFilter__(app, f, view.filters))),
  };
}

function sortEntries(entries: BasesEntry[], config: BasesViewConfig): BasesEntry[] {
  const sorts = config.getSort();
  return entries.sort((a, b) => {
    for (const s of sorts) {
      const x = a.getValue(s.property) ?? NullValue.value;
      const y = b.getValue(s.property) ?? NullValue.value;
      if (x instanceof NullValue || y instanceof NullValue) {
        if (x instanceof NullValue !== y instanceof NullValue) return x instanceof NullValue ? 1 : -1;
        continue;
      }
      const c = x.toString().localeCompare(y.toString());
      if (c !== 0) return s.direction === "DESC" ? -c : c;
    }
    return a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0;
  });
}

/** Stand-in only: opens a base and shows one of its views, as the app does when a `.base` is opened. */
export function openBase__(app: App, source: BaseSource__): OpenBase__ {
  const query: Query =
    "file" in source
      ? readBaseFile(app, source.file, source.view)
      : {
          view: { ...(source.config ?? {}), type: source.type, name: source.type, ...(source.groupBy ? { groupBy: { property: source.groupBy, direction: "ASC" } } : {}) },
          properties: {},
          files: () => source.files.map((p) => app.vault.getFileByPath(p) ?? missing(p)),
        };
  const registry = basesOf__(app);
  const registered = registry.views.get(query.view.type);
  if (!registered) throw new Error(`Bases stand-in: no view type "${query.view.type}" is registered (built-in layouts are not modelled)`);
  const controller = new QueryController(app);
  const containerEl = makeEl("div", "bases-view");
  document.body.appendChild(containerEl);
  const config = new BasesViewConfig(query.view, query.properties);
  let view: BasesView | null = null;
  let updates = 0;
  const run = (): void => {
    if (!view) return;
    const entries = sortEntries(query.files().map((f) => new BasesEntry(app, f)), config);
    view.data = new BasesQueryResult(entries, config.groupBy__(), config.getOrder());
    updates++;
    view.onDataUpdated();
  };
  const base: OpenBase__ = {
    controller,
    containerEl,
    type__: query.view.type,
    get view() {
      return view;
    },
    get updates__() {
      return updates;
    },
    refresh__: run,
    dropView__() {
      if (!view) return;
      controller.removeChild(view);
      view = null;
      containerEl.empty();
    },
    close__() {
      controller.unload();
      view = null;
      containerEl.remove();
      registry.open.delete(base);
    },
  };
  controller.load();
  view = registered.registration.factory(controller as never, containerEl) as unknown as BasesView;
  view.config = config;
  view.allProperties = config.getOrder();
  controller.addChild(view);
  controller.registerEvent(app.metadataCache.on("changed", run));
  controller.registerEvent(app.metadataCache.on("deleted", run));
  controller.registerEvent(app.vault.on("create", run));
  controller.registerEvent(app.vault.on("rename", run));
  registry.open.add(base);
  run();
  return base;
}

function missing(path: string): never {
  throw new Error(`Bases stand-in: no file at ${path}`);
}

/**
 * Stand-in for a 1.7.2 app: the `obsidian` module without the Bases classes, whose `Plugin`
 * has no `registerBasesView` — what main.js finds on an app older than 1.10.
 */
export function withoutBases__<M extends { Plugin: typeof Plugin }>(module: M): Record<string, unknown> {
  const out: Record<string, unknown> = { ...module, apiVersion: "1.7.2", requireApiVersion: (v: string) => versionAtMost__(v, "1.7.2") };
  for (const name of BASES_EXPORTS) delete out[name];
  class PluginWithoutBases extends module.Plugin {}
  Object.defineProperty(PluginWithoutBases.prototype, "registerBasesView", { value: undefined });
  out.Plugin = PluginWithoutBases;
  return out;
}

/** Stand-in only: is `version` at most `api` (both dotted numbers, `1.10.0`)? `requireApiVersion`'s test. */
export function versionAtMost__(version: string, api: string): boolean {
  const a = version.split(".").map(Number);
  const b = api.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

/** The names this file adds to the `obsidian` module. */
export const BASES_EXPORTS = [
  "Value",
  "NotNullValue",
  "NullValue",
  "PrimitiveValue",
  "StringValue",
  "NumberValue",
  "BooleanValue",
  "ListValue",
  "BasesEntry",
  "BasesEntryGroup",
  "BasesQueryResult",
  "BasesViewConfig",
  "BasesView",
  "QueryController",
  "parsePropertyId",
] as const;

// ---------------------------------------------------------------------------------------------
// Filters: the subset of the expression language (help: "Bases syntax", "Functions") that the
// plugin's base uses, plus what a test needs around it. Anything else throws, so a test never
// passes on an expression the stand-in does not understand.
//
//   statements   literals ("…" or '…', backslash escapes), numbers, true/false/null,
//                == != && || ! and parentheses, `note.x` / `x` (note property), `file.x`
//   file         .name .basename .path .ext .folder .tags, .hasTag(…) (nested tags included,
//                case-insensitive), .inFolder(f) (subfolders included), .hasProperty(p)
//   any          .toString() .isTruthy() .isEmpty()
//   string       .lower() .trim() .contains() .startsWith() .endsWith() .length
//   list         .contains() .containsAny() .map(expr) .filter(expr) (with `value`, `index`) .length
//   global       list(x) (a list as is; anything else wrapped in a list of one)
//
// A statement that fails at run time (calling `lower()` on a number, say) is false, as an error
// value is not truthy.

type Node =
  | { k: "lit"; v: unknown }
  | { k: "id"; name: string }
  | { k: "member"; obj: Node; name: string }
  | { k: "call"; callee: Node; args: Node[] }
  | { k: "not"; e: Node }
  | { k: "bin"; op: "==" | "!=" | "&&" | "||"; l: Node; r: Node };

class Unsupported extends Error {}
class RunError extends Error {}

function tokenize(src: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === "\\" ? 2 : 1;
      if (j >= src.length) throw new Unsupported(`unterminated string in ${src}`);
      tokens.push(src.slice(i, j + 1));
      i = j + 1;
    } else {
      const m = /^(==|!=|&&|\|\||[!().,]|[A-Za-z_][\w]*|\d+(?:\.\d+)?)/.exec(src.slice(i));
      if (!m) throw new Unsupported(`cannot read "${src.slice(i)}" in ${src}`);
      tokens.push(m[1]);
      i += m[1].length;
    }
  }
  return tokens;
}

function parseExpression(src: string): Node {
  const t = tokenize(src);
  let p = 0;
  const peek = (): string | undefined => t[p];
  const take = (want?: string): string => {
    const tok = t[p++];
    if (tok === undefined || (want !== undefined && tok !== want)) throw new Unsupported(`expected ${want ?? "more"} in ${src}`);
    return tok;
  };
  const args = (): Node[] => {
    const out: Node[] = [];
    take("(");
    if (peek() !== ")") {
      out.push(or());
      while (peek() === ",") {
        take(",");
        out.push(or());
      }
    }
    take(")");
    return out;
  };
  const primary = (): Node => {
    const tok = take();
    if (tok === "(") {
      const e = or();
      take(")");
      return e;
    }
    if (tok.startsWith('"') || tok.startsWith("'")) return { k: "lit", v: tok.slice(1, -1).replace(/\\(.)/g, "$1") };
    if (/^\d/.test(tok)) return { k: "lit", v: Number(tok) };
    if (tok === "true" || tok === "false") return { k: "lit", v: tok === "true" };
    if (tok === "null") return { k: "lit", v: null };
    if (/^[A-Za-z_]/.test(tok)) return { k: "id", name: tok };
    throw new Unsupported(`unexpected ${tok} in ${src}`);
  };
  const postfix = (): Node => {
    let node = primary();
    for (;;) {
      if (peek() === "(") node = { k: "call", callee: node, args: args() };
      else if (peek() === ".") {
        take(".");
        node = { k: "member", obj: node, name: take() };
      } else return node;
    }
  };
  const unary = (): Node => {
    if (peek() === "!") {
      take("!");
      return { k: "not", e: unary() };
    }
    return postfix();
  };
  const compare = (): Node => {
    const l = unary();
    const op = peek();
    if (op === "==" || op === "!=") {
      take();
      return { k: "bin", op, l, r: unary() };
    }
    return l;
  };
  const and = (): Node => {
    let l = compare();
    while (peek() === "&&") {
      take();
      l = { k: "bin", op: "&&", l, r: compare() };
    }
    return l;
  };
  function or(): Node {
    let l = and();
    while (peek() === "||") {
      take();
      l = { k: "bin", op: "||", l, r: and() };
    }
    return l;
  }
  const node = or();
  if (p !== t.length) throw new Unsupported(`unexpected ${t[p]} in ${src}`);
  return node;
}

interface FileRef {
  file__: TFile;
}
interface NoteRef {
  note__: Record<string, unknown>;
}
interface Scope {
  app: App;
  file: TFile;
  vars: Record<string, unknown>;
}

const isFileRef = (v: unknown): v is FileRef => typeof v === "object" && v !== null && "file__" in v;
const isNoteRef = (v: unknown): v is NoteRef => typeof v === "object" && v !== null && "note__" in v;

function truthy(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  return Boolean(v);
}

function text(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.map(text).join(", ");
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v) ?? "";
}

function frontmatterOf(scope: Scope): Record<string, unknown> {
  return scope.app.metadataCache.getFileCache(scope.file)?.frontmatter ?? {};
}

function evaluate(node: Node, scope: Scope): unknown {
  switch (node.k) {
    case "lit":
      return node.v;
    case "id":
      if (node.name in scope.vars) return scope.vars[node.name];
      if (node.name === "file") return { file__: scope.file } satisfies FileRef;
      if (node.name === "note") return { note__: frontmatterOf(scope) } satisfies NoteRef;
      return frontmatterOf(scope)[node.name] ?? null;
    case "member": {
      const obj = evaluate(node.obj, scope);
      if (isFileRef(obj)) return fileProperty(obj.file__, node.name, scope.app);
      if (isNoteRef(obj)) return obj.note__[node.name] ?? null;
      if (node.name === "length" && (typeof obj === "string" || Array.isArray(obj))) return obj.length;
      throw new Unsupported(`.${node.name} on ${text(obj)}`);
    }
    case "not":
      return !truthy(evaluate(node.e, scope));
    case "bin": {
      if (node.op === "&&") return truthy(evaluate(node.l, scope)) && truthy(evaluate(node.r, scope));
      if (node.op === "||") return truthy(evaluate(node.l, scope)) || truthy(evaluate(node.r, scope));
      const l = evaluate(node.l, scope);
      const r = evaluate(node.r, scope);
      if ((typeof l === "object" && l !== null) || (typeof r === "object" && r !== null)) throw new Unsupported("== on a list or object");
      return node.op === "==" ? l === r : l !== r;
    }
    case "call":
      return call(node, scope);
  }
}

function call(node: Extract<Node, { k: "call" }>, scope: Scope): unknown {
  const { callee } = node;
  if (callee.k === "id") {
    if (callee.name !== "list" || node.args.length !== 1) throw new Unsupported(`function ${callee.name}()`);
    const v = evaluate(node.args[0], scope);
    return Array.isArray(v) ? v : [v];
  }
  if (callee.k !== "member") throw new Unsupported("call of an expression");
  const obj = evaluate(callee.obj, scope);
  const name = callee.name;
  const arg = (i: number): unknown => evaluate(node.args[i], scope);
  const strings = (): string[] => node.args.map((_, i) => text(arg(i)));
  if (name === "toString") return text(obj);
  if (name === "isTruthy") return truthy(obj);
  if (name === "isEmpty") return obj === null || obj === "" || (Array.isArray(obj) && obj.length === 0);
  if (isFileRef(obj)) {
    const file = obj.file__;
    if (name === "hasTag") {
      const tags = (fileProperty(file, "tags", scope.app) as string[]).map((t) => t.replace(/^#/, "").toLowerCase());
      return strings().some((want) => {
        const w = want.replace(/^#/, "").toLowerCase();
        return tags.some((t) => t === w || t.startsWith(`${w}/`));
      });
    }
    if (name === "inFolder") {
      const folder = text(arg(0)).replace(/\/+$/, "");
      return folder === "" || file.path.startsWith(`${folder}/`);
    }
    if (name === "hasProperty") return text(arg(0)) in frontmatterOf(scope);
    throw new Unsupported(`file.${name}()`);
  }
  if (typeof obj === "string") {
    if (name === "lower") return obj.toLowerCase();
    if (name === "trim") return obj.trim();
    if (name === "contains") return obj.includes(text(arg(0)));
    if (name === "startsWith") return obj.startsWith(text(arg(0)));
    if (name === "endsWith") return obj.endsWith(text(arg(0)));
    throw new Unsupported(`string.${name}()`);
  }
  if (Array.isArray(obj)) {
    const lambda = (value: unknown, index: number): unknown => evaluate(node.args[0], { ...scope, vars: { ...scope.vars, value, index } });
    if (name === "contains") return obj.some((v) => v === arg(0));
    if (name === "containsAny") return node.args.some((_, i) => obj.includes(arg(i)));
    if (name === "map") return obj.map(lambda);
    if (name === "filter") return obj.filter((v, i) => truthy(lambda(v, i)));
    throw new Unsupported(`list.${name}()`);
  }
  throw new RunError(`.${name}() on ${text(obj) || "null"}`);
}

function statement(app: App, file: TFile, src: string): boolean {
  const node = parseExpression(src);
  try {
    return truthy(evaluate(node, { app, file, vars: {} }));
  } catch (error) {
    if (error instanceof RunError) return false;
    throw error;
  }
}

/**
 * Stand-in only: does `file` pass a `.base` filter — a statement, or `{and|or|not: [...]}`
 * (`not`: none of them holds)? Throws on what the stand-in does not model.
 */
export function evaluateFilter__(app: App, file: TFile, filter: unknown): boolean {
  if (typeof filter === "string") return statement(app, file, filter);
  if (typeof filter !== "object" || filter === null) throw new Unsupported(`filter ${text(filter)}`);
  const entries = Object.entries(filter);
  if (entries.length !== 1 || !Array.isArray(entries[0][1])) throw new Unsupported("a filter object has exactly one of and, or, not, with a list");
  const [op, list] = entries[0] as [string, unknown[]];
  if (op === "and") return list.every((f) => evaluateFilter__(app, file, f));
  if (op === "or") return list.some((f) => evaluateFilter__(app, file, f));
  if (op === "not") return !list.some((f) => evaluateFilter__(app, file, f));
  throw new Unsupported(`filter operator ${op}`);
}
