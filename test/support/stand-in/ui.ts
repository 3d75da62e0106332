/**
 * UI pieces: notices, modals, settings, menus, icons, the platform flags and the small helper
 * functions (`debounce`, `setIcon`, …). Elements carry Obsidian's class names
 * (`setting-item`, `setting-item-name`, `modal-content`, `checkbox-container`, …) so a test
 * can find them the way a theme would.
 *
 * User input is simulated through the DOM, so the same listeners Obsidian relies on run:
 * type into a text field with `setInputValue(input, "text")` (sets `value`, fires `input`),
 * click a toggle's `toggleEl` or a button's `buttonEl` with `.click()`, choose a dropdown
 * option with `setInputValue(select, "value")` (fires `change`).
 */
import type { Component } from "./events";
import { makeEl, requireDocument } from "./dom";
import type { App } from "./app";
import { requireApiVersion } from "./version";

// ---------------------------------------------------------------------------------------------
// Notice

export interface NoticeRecord {
  message: string;
  duration: number | undefined;
  notice: Notice;
}

/** Every notice shown since the last `clearNotices()`, oldest first. */
export const notices: NoticeRecord[] = [];

export function clearNotices(): void {
  notices.length = 0;
}

function textOf(message: string | DocumentFragment): string {
  return typeof message === "string" ? message : (message.textContent ?? "");
}

export class Notice {
  noticeEl: HTMLElement;
  containerEl: HTMLElement;
  messageEl: HTMLElement;
  /** Stand-in only. */
  hidden__ = false;
  private readonly record__: NoticeRecord;

  constructor(message: string | DocumentFragment, duration?: number) {
    this.containerEl = makeEl("div", "notice-container");
    this.noticeEl = makeEl("div", "notice");
    this.messageEl = makeEl("div", "notice-message");
    this.noticeEl.appendChild(this.messageEl);
    this.containerEl.appendChild(this.noticeEl);
    this.record__ = { message: "", duration, notice: this };
    this.setMessage(message);
    notices.push(this.record__);
  }

  setMessage(message: string | DocumentFragment): this {
    // [messages helper] Obsidian appends the fragment itself (no copy), so listeners on its
    // elements, such as a "Log as sent" button, keep working; read the text before it moves.
    const text = textOf(message);
    if (typeof message === "string") this.messageEl.textContent = message;
    else {
      this.messageEl.replaceChildren(message);
    }
    this.record__.message = text;
    return this;
  }

  hide(): void {
    this.hidden__ = true;
  }
}

// ---------------------------------------------------------------------------------------------
// Scope, Keymap, Platform

export class Scope {
  /** Stand-in only: the key handlers registered. */
  readonly keys__: { modifiers: string[] | null; key: string | null }[] = [];

  register(modifiers: string[] | null, key: string | null, _func: unknown): unknown {
    const handler = { modifiers, key };
    this.keys__.push(handler);
    return handler;
  }

  unregister(handler: unknown): void {
    const i = this.keys__.indexOf(handler as (typeof this.keys__)[number]);
    if (i !== -1) this.keys__.splice(i, 1);
  }
}

export const Keymap = {
  /** Mod-click opens a tab; Mod+Alt a split; Mod+Alt+Shift a window; otherwise false. */
  isModEvent(evt?: UIEvent | null): false | "tab" | "split" | "window" {
    if (!evt || !("ctrlKey" in evt)) return false;
    const e = evt as MouseEvent;
    const mod = e.ctrlKey || e.metaKey;
    if (!mod) return false;
    if (e.altKey && e.shiftKey) return "window";
    if (e.altKey) return "split";
    return "tab";
  },
  isModifier(evt: MouseEvent | KeyboardEvent, modifier: string): boolean {
    if (modifier === "Mod") return evt.ctrlKey || evt.metaKey;
    if (modifier === "Ctrl") return evt.ctrlKey;
    if (modifier === "Meta") return evt.metaKey;
    if (modifier === "Shift") return evt.shiftKey;
    if (modifier === "Alt") return evt.altKey;
    return false;
  },
};

const DESKTOP_PLATFORM = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
  resourcePathPrefix: "app://local/",
};

/** Settable: `setPlatform({ isMobile: true, isDesktop: false })`; `resetPlatform()` after. */
export const Platform = { ...DESKTOP_PLATFORM };

export function setPlatform(flags: Partial<typeof DESKTOP_PLATFORM>): void {
  Object.assign(Platform, flags);
}

export function resetPlatform(): void {
  Object.assign(Platform, DESKTOP_PLATFORM);
}

// ---------------------------------------------------------------------------------------------
// Small functions

/** Sets an input's, textarea's or select's value and fires what a person's typing would fire. */
export function setInputValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  el.value = value;
  const type = el.tagName === "SELECT" ? "change" : "input";
  el.dispatchEvent(new Event(type, { bubbles: true }));
}

/** Puts an icon in `parent`: an `svg.svg-icon.lucide-<id>` (Obsidian draws Lucide icons). */
export function setIcon(parent: HTMLElement, iconId: string): void {
  requireDocument();
  parent.replaceChildren();
  parent.appendChild(createSvg("svg", { cls: ["svg-icon", `lucide-${iconId}`], attr: { "data-icon": iconId } }));
}

export function setTooltip(el: HTMLElement, tooltip: string): void {
  el.setAttribute("aria-label", tooltip);
}

export interface Debouncer<T extends unknown[], V> {
  (...args: [...T]): this;
  cancel(): this;
  run(): V | void;
}

/**
 * Obsidian's `debounce`: `cb` runs `timeout` ms after the first call, with the latest
 * arguments; with `resetTimer` every call starts the wait again. Uses `window.setTimeout`,
 * so vitest's fake timers drive it.
 */
export function debounce<T extends unknown[], V>(
  cb: (...args: [...T]) => V,
  timeout = 0,
  resetTimer = false,
): Debouncer<T, V> {
  let timer: number | null = null;
  let lastArgs: T | null = null;
  const fire = (): V | void => {
    timer = null;
    if (!lastArgs) return;
    const args = lastArgs;
    lastArgs = null;
    return cb(...args);
  };
  const debouncer = function (...args: [...T]) {
    lastArgs = args;
    if (timer !== null && resetTimer) {
      window.clearTimeout(timer);
      timer = null;
    }
    if (timer === null) timer = window.setTimeout(fire, timeout);
    return debouncer;
  } as Debouncer<T, V>;
  debouncer.cancel = () => {
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
    lastArgs = null;
    return debouncer;
  };
  debouncer.run = () => {
    if (timer !== null) window.clearTimeout(timer);
    return fire();
  };
  return debouncer;
}

// ---------------------------------------------------------------------------------------------
// Modals

export class Modal {
  app: App;
  scope = new Scope();
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  shouldRestoreSelection = true;
  /** Stand-in only: modals open right now, oldest first. */
  static readonly open__: Modal[] = [];
  /** Stand-in only: is this modal open? */
  isOpen__ = false;
  private closeCallback__: (() => unknown) | null = null;

  constructor(app: App) {
    this.app = app;
    this.containerEl = makeEl("div", "modal-container");
    this.modalEl = makeEl("div", "modal");
    this.titleEl = makeEl("div", "modal-title");
    this.contentEl = makeEl("div", "modal-content");
    this.modalEl.append(this.titleEl, this.contentEl);
    this.containerEl.appendChild(this.modalEl);
  }

  open(): void {
    if (this.isOpen__) return;
    this.isOpen__ = true;
    requireDocument().body.appendChild(this.containerEl);
    Modal.open__.push(this);
    void this.onOpen();
  }

  close(): void {
    if (!this.isOpen__) return;
    this.isOpen__ = false;
    this.containerEl.remove();
    const i = Modal.open__.indexOf(this);
    if (i !== -1) Modal.open__.splice(i, 1);
    this.onClose();
    this.closeCallback__?.();
  }

  onOpen(): Promise<void> | void {
    // Overridden by subclasses.
  }

  onClose(): void {
    // Overridden by subclasses.
  }

  setTitle(title: string): this {
    this.titleEl.textContent = title;
    return this;
  }

  setContent(content: string | DocumentFragment): this {
    if (typeof content === "string") this.contentEl.textContent = content;
    else this.contentEl.replaceChildren(content);
    return this;
  }

  setCloseCallback(callback: () => unknown): this {
    this.closeCallback__ = callback;
    return this;
  }
}

/** A suggester: `getSuggestions(query)`, `renderSuggestion`, `onChooseSuggestion`. */
export abstract class SuggestModal<T> extends Modal {
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  limit = 100;
  emptyStateText = "No results found.";
  private placeholder__ = "";

  constructor(app: App) {
    super(app);
    this.inputEl = makeEl("input", "prompt-input");
    this.resultContainerEl = makeEl("div", "prompt-results");
    this.modalEl.prepend(this.inputEl);
    this.modalEl.appendChild(this.resultContainerEl);
  }

  setPlaceholder(placeholder: string): void {
    this.placeholder__ = placeholder;
    this.inputEl.placeholder = placeholder;
  }

  setInstructions(_instructions: { command: string; purpose: string }[]): void {
    // Not shown.
  }

  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

  /** Stand-in only: what the list shows for `query`, rendered into `.suggestion-item` elements. */
  async suggest__(query: string): Promise<T[]> {
    this.inputEl.value = query;
    const items = (await this.getSuggestions(query)).slice(0, this.limit);
    this.resultContainerEl.replaceChildren();
    for (const item of items) {
      const el = makeEl("div", "suggestion-item");
      this.renderSuggestion(item, el);
      this.resultContainerEl.appendChild(el);
    }
    return items;
  }

  /** Stand-in only: the person picks `item`; the modal closes first, as in Obsidian. */
  choose__(item: T): void {
    this.close();
    requireDocument();
    this.onChooseSuggestion(item, new MouseEvent("click"));
  }
}

export interface FuzzyMatch<T> {
  item: T;
  match: { score: number; matches: [number, number][] };
}

/** `getItems`, `getItemText`, `onChooseItem`; matching is a case-insensitive substring test. */
export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

  getSuggestions(query: string): FuzzyMatch<T>[] {
    const q = query.toLowerCase();
    return this.getItems()
      .filter((item) => this.getItemText(item).toLowerCase().includes(q))
      .map((item) => ({ item, match: { score: 0, matches: [] } }));
  }

  renderSuggestion(value: FuzzyMatch<T>, el: HTMLElement): void {
    el.textContent = this.getItemText(value.item);
  }

  onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }
}

// ---------------------------------------------------------------------------------------------
// Setting components

export class BaseComponent {
  disabled = false;

  then(cb: (component: this) => unknown): this {
    cb(this);
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
}

export abstract class ValueComponent<T> extends BaseComponent {
  abstract getValue(): T;
  abstract setValue(value: T): this;

  registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
    listeners[key] = (value?: T) => {
      if (value !== undefined) this.setValue(value);
      return this.getValue();
    };
    return this;
  }
}

export abstract class AbstractTextComponent<E extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
  inputEl: E;
  private changeCallbacks__: ((value: string) => unknown)[] = [];

  constructor(inputEl: E) {
    super();
    this.inputEl = inputEl;
    inputEl.addEventListener("input", () => this.onChanged());
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.inputEl.disabled = disabled;
    return this;
  }

  getValue(): string {
    return this.inputEl.value;
  }

  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }

  setPlaceholder(placeholder: string): this {
    this.inputEl.placeholder = placeholder;
    return this;
  }

  onChanged(): void {
    for (const cb of this.changeCallbacks__) cb(this.getValue());
  }

  onChange(callback: (value: string) => unknown): this {
    this.changeCallbacks__ = [callback];
    return this;
  }
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
  constructor(containerEl: HTMLElement) {
    const input = makeEl("input");
    input.type = "text";
    input.spellcheck = false;
    containerEl.appendChild(input);
    super(input);
  }
}

export class SearchComponent extends TextComponent {
  clearButtonEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    super(containerEl);
    this.inputEl.type = "search";
    this.clearButtonEl = makeEl("div", "search-input-clear-button");
    containerEl.appendChild(this.clearButtonEl);
  }
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
  constructor(containerEl: HTMLElement) {
    const area = makeEl("textarea");
    containerEl.appendChild(area);
    super(area);
  }
}

export class ToggleComponent extends ValueComponent<boolean> {
  toggleEl: HTMLElement;
  private value__ = false;
  private changeCallback__: ((value: boolean) => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.toggleEl = makeEl("div", "checkbox-container");
    const input = makeEl("input");
    input.type = "checkbox";
    input.tabIndex = 0;
    this.toggleEl.appendChild(input);
    containerEl.appendChild(this.toggleEl);
    this.toggleEl.addEventListener("click", () => {
      if (this.disabled) return;
      this.setValue(!this.value__);
      this.onChanged();
    });
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.toggleEl.classList.toggle("is-disabled", disabled);
    return this;
  }

  getValue(): boolean {
    return this.value__;
  }

  setValue(on: boolean): this {
    this.value__ = on;
    this.toggleEl.classList.toggle("is-enabled", on);
    const input = this.toggleEl.querySelector("input");
    if (input) input.checked = on;
    return this;
  }

  setTooltip(tooltip: string): this {
    setTooltip(this.toggleEl, tooltip);
    return this;
  }

  onClick(): void {
    this.toggleEl.click();
  }

  onChanged(): void {
    this.changeCallback__?.(this.value__);
  }

  onChange(callback: (value: boolean) => unknown): this {
    this.changeCallback__ = callback;
    return this;
  }
}

export class DropdownComponent extends ValueComponent<string> {
  selectEl: HTMLSelectElement;
  private changeCallback__: ((value: string) => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.selectEl = makeEl("select", "dropdown");
    containerEl.appendChild(this.selectEl);
    this.selectEl.addEventListener("change", () => this.changeCallback__?.(this.getValue()));
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.selectEl.disabled = disabled;
    return this;
  }

  addOption(value: string, display: string): this {
    const option = makeEl("option");
    option.value = value;
    option.textContent = display;
    this.selectEl.appendChild(option);
    return this;
  }

  addOptions(options: Record<string, string>): this {
    for (const [value, display] of Object.entries(options)) this.addOption(value, display);
    return this;
  }

  getValue(): string {
    return this.selectEl.value;
  }

  setValue(value: string): this {
    this.selectEl.value = value;
    return this;
  }

  onChange(callback: (value: string) => unknown): this {
    this.changeCallback__ = callback;
    return this;
  }
}

export class SliderComponent extends ValueComponent<number> {
  sliderEl: HTMLInputElement;
  private changeCallback__: ((value: number) => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.sliderEl = makeEl("input", "slider");
    this.sliderEl.type = "range";
    containerEl.appendChild(this.sliderEl);
    this.sliderEl.addEventListener("input", () => this.changeCallback__?.(this.getValue()));
  }

  setLimits(min: number | null, max: number | null, step: number | "any"): this {
    if (min !== null) this.sliderEl.min = String(min);
    if (max !== null) this.sliderEl.max = String(max);
    this.sliderEl.step = String(step);
    return this;
  }

  setDynamicTooltip(): this {
    return this;
  }

  getValue(): number {
    return Number(this.sliderEl.value);
  }

  setValue(value: number): this {
    this.sliderEl.value = String(value);
    return this;
  }

  onChange(callback: (value: number) => unknown): this {
    this.changeCallback__ = callback;
    return this;
  }
}

export class ButtonComponent extends BaseComponent {
  buttonEl: HTMLButtonElement;

  constructor(containerEl: HTMLElement) {
    super();
    this.buttonEl = makeEl("button");
    containerEl.appendChild(this.buttonEl);
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.buttonEl.disabled = disabled;
    return this;
  }

  setCta(): this {
    this.buttonEl.classList.add("mod-cta");
    return this;
  }

  removeCta(): this {
    this.buttonEl.classList.remove("mod-cta");
    return this;
  }

  setWarning(): this {
    this.buttonEl.classList.add("mod-warning");
    return this;
  }

  setTooltip(tooltip: string): this {
    setTooltip(this.buttonEl, tooltip);
    return this;
  }

  setButtonText(name: string): this {
    this.buttonEl.textContent = name;
    return this;
  }

  setIcon(icon: string): this {
    setIcon(this.buttonEl, icon);
    return this;
  }

  setClass(cls: string): this {
    this.buttonEl.classList.add(cls);
    return this;
  }

  onClick(callback: (evt: MouseEvent) => unknown): this {
    this.buttonEl.addEventListener("click", (evt) => callback(evt));
    return this;
  }
}

export class ExtraButtonComponent extends BaseComponent {
  extraSettingsEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    super();
    this.extraSettingsEl = makeEl("div", "clickable-icon extra-setting-button");
    containerEl.appendChild(this.extraSettingsEl);
  }

  setTooltip(tooltip: string): this {
    setTooltip(this.extraSettingsEl, tooltip);
    return this;
  }

  setIcon(icon: string): this {
    setIcon(this.extraSettingsEl, icon);
    return this;
  }

  onClick(callback: () => unknown): this {
    this.extraSettingsEl.addEventListener("click", () => {
      if (!this.disabled) callback();
    });
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Setting and the settings tab

export class Setting {
  settingEl: HTMLElement;
  infoEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  components: BaseComponent[] = [];

  constructor(containerEl: HTMLElement) {
    this.settingEl = makeEl("div", "setting-item");
    this.infoEl = makeEl("div", "setting-item-info");
    this.nameEl = makeEl("div", "setting-item-name");
    this.descEl = makeEl("div", "setting-item-description");
    this.controlEl = makeEl("div", "setting-item-control");
    this.infoEl.append(this.nameEl, this.descEl);
    this.settingEl.append(this.infoEl, this.controlEl);
    containerEl.appendChild(this.settingEl);
  }

  setName(name: string | DocumentFragment): this {
    if (typeof name === "string") this.nameEl.textContent = name;
    else this.nameEl.replaceChildren(name);
    return this;
  }

  setDesc(desc: string | DocumentFragment): this {
    if (typeof desc === "string") this.descEl.textContent = desc;
    else this.descEl.replaceChildren(desc);
    return this;
  }

  setClass(cls: string): this {
    this.settingEl.classList.add(cls);
    return this;
  }

  setTooltip(tooltip: string): this {
    setTooltip(this.nameEl, tooltip);
    return this;
  }

  setHeading(): this {
    this.settingEl.classList.add("setting-item-heading");
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.settingEl.classList.toggle("is-disabled", disabled);
    for (const c of this.components) c.setDisabled(disabled);
    return this;
  }

  private add__<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
    this.components.push(component);
    cb(component);
    return this;
  }

  addButton(cb: (component: ButtonComponent) => unknown): this {
    return this.add__(new ButtonComponent(this.controlEl), cb);
  }

  addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
    return this.add__(new ExtraButtonComponent(this.controlEl), cb);
  }

  addToggle(cb: (component: ToggleComponent) => unknown): this {
    return this.add__(new ToggleComponent(this.controlEl), cb);
  }

  addText(cb: (component: TextComponent) => unknown): this {
    return this.add__(new TextComponent(this.controlEl), cb);
  }

  addSearch(cb: (component: SearchComponent) => unknown): this {
    return this.add__(new SearchComponent(this.controlEl), cb);
  }

  addTextArea(cb: (component: TextAreaComponent) => unknown): this {
    return this.add__(new TextAreaComponent(this.controlEl), cb);
  }

  addDropdown(cb: (component: DropdownComponent) => unknown): this {
    return this.add__(new DropdownComponent(this.controlEl), cb);
  }

  addSlider(cb: (component: SliderComponent) => unknown): this {
    return this.add__(new SliderComponent(this.controlEl), cb);
  }

  then(cb: (setting: this) => unknown): this {
    cb(this);
    return this;
  }

  clear(): this {
    this.controlEl.replaceChildren();
    this.components = [];
    return this;
  }
}

/** The parts of a 1.13 setting definition the stand-in draws (d.ts `SettingDefinitionItem`). */
interface DefinitionLike {
  type?: string;
  heading?: string;
  name?: string;
  desc?: string | DocumentFragment;
  visible?: boolean | (() => boolean);
  items?: DefinitionLike[];
  render?: (setting: Setting, group: unknown) => void | (() => void);
  control?: unknown;
  action?: unknown;
}

function isVisible(def: DefinitionLike): boolean {
  return typeof def.visible === "function" ? def.visible() : def.visible !== false;
}

/**
 * A settings tab, drawn as the app version played draws it (open it with `openSettingTab__`):
 * - before 1.13, Obsidian calls `display()` when the tab is opened;
 * - from 1.13 (d.ts `getSettingDefinitions`, `@since 1.13.0`: "Called on every display() and
 *   once when the tab is added"; `display()`: "Not called when getSettingDefinitions returns a
 *   non-empty array"), Obsidian draws the definitions itself, and `update()` ("Stores the result
 *   of getSettingDefinitions() for rendering") draws them again. `update` does not exist before
 *   1.13. The stand-in draws `render` rows (a Setting with the name and description set, as the
 *   d.ts `SettingDefinitionRender` says) and headings of groups; `control` rows are not modelled.
 */
export abstract class SettingTab {
  app: App;
  containerEl: HTMLElement;
  /** Stand-in only: is the tab on screen? */
  shown__ = false;
  /** Stand-in only: how the tab was last drawn. */
  drawnWith__: "display" | "definitions" | null = null;
  private cleanups__: (() => void)[] = [];

  constructor(app: App) {
    this.app = app;
    this.containerEl = makeEl("div", "vertical-tab-content");
  }

  abstract display(): void;

  /**
   * 1.13+ (d.ts 6575 `settingItems`, "Populated by update()"): the definitions `update()` last
   * stored, which the settings search indexes.
   */
  settingItems: DefinitionLike[] = [];

  /**
   * 1.13+ (d.ts 6587): stores `getSettingDefinitions()` in `settingItems` and draws the tab
   * again when it is open; "Called by addSettingTab()". Absent on older apps.
   */
  get update(): (() => void) | undefined {
    if (!requireApiVersion("1.13.0")) return undefined;
    return () => {
      this.settingItems = this.definitions__();
      if (this.shown__) this.draw__(this.settingItems);
    };
  }

  /** Obsidian empties the tab when it is closed. */
  hide(): void {
    this.runCleanups__();
    this.shown__ = false;
    this.containerEl.replaceChildren();
  }

  /**
   * Stand-in only: draw the tab as the app version played does; from 1.13 from `stored` (what
   * `update()` just stored) or else the definitions asked for now, as when the tab is opened.
   */
  draw__(stored?: DefinitionLike[]): void {
    this.runCleanups__();
    const defs = requireApiVersion("1.13.0") ? (stored ?? this.definitions__()) : [];
    if (defs.length === 0) {
      this.drawnWith__ = "display";
      this.display();
      return;
    }
    this.drawnWith__ = "definitions";
    this.containerEl.replaceChildren();
    for (const def of defs) this.drawDefinition__(def);
  }

  private definitions__(): DefinitionLike[] {
    const get = (this as unknown as { getSettingDefinitions?: () => DefinitionLike[] }).getSettingDefinitions;
    return typeof get === "function" ? get.call(this) : [];
  }

  private drawDefinition__(def: DefinitionLike): void {
    if (!isVisible(def)) return;
    if (def.type === "group" || def.type === "list") {
      if (def.heading) new Setting(this.containerEl).setName(def.heading).setHeading();
      for (const item of def.items ?? []) this.drawDefinition__(item);
      return;
    }
    const setting = new Setting(this.containerEl).setName(def.name ?? "");
    if (def.desc !== undefined) setting.setDesc(def.desc);
    if (def.render) {
      const cleanup = def.render(setting, null);
      if (typeof cleanup === "function") this.cleanups__.push(cleanup);
    } else if (def.control !== undefined || def.action !== undefined) {
      throw new Error(`The stand-in does not draw control or action definitions ("${def.name}")`);
    }
  }

  private runCleanups__(): void {
    for (const cleanup of this.cleanups__.splice(0)) cleanup();
  }
}

/**
 * Stand-in only: the user opens the plugin's settings tab (typed against the real `obsidian`, so
 * taken as unknown); returns it as the stand-in's tab, to read `drawnWith__`.
 */
export function openSettingTab__(tab: unknown): SettingTab {
  if (!(tab instanceof SettingTab)) throw new Error("Not a settings tab");
  tab.shown__ = true;
  tab.draw__();
  return tab;
}

export abstract class PluginSettingTab extends SettingTab {
  plugin: Component;

  constructor(app: App, plugin: Component) {
    super(app);
    this.plugin = plugin;
  }
}

// ---------------------------------------------------------------------------------------------
// Menu

export class MenuItem {
  /** Stand-in only. */
  title__ = "";
  icon__: string | null = null;
  section__ = "";
  checked__: boolean | null = null;
  disabled__ = false;
  private callback__: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

  setTitle(title: string | DocumentFragment): this {
    this.title__ = textOf(title);
    return this;
  }

  setIcon(icon: string | null): this {
    this.icon__ = icon;
    return this;
  }

  setChecked(checked: boolean | null): this {
    this.checked__ = checked;
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.disabled__ = disabled;
    return this;
  }

  setIsLabel(_isLabel: boolean): this {
    return this;
  }

  setSection(section: string): this {
    this.section__ = section;
    return this;
  }

  setWarning(_isWarning: boolean): this {
    return this;
  }

  onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.callback__ = callback;
    return this;
  }

  /** Stand-in only: the person picks this item. */
  click__(): void {
    requireDocument();
    if (!this.disabled__) this.callback__?.(new MouseEvent("click"));
  }
}

export class Menu {
  /** Stand-in only: the items, separators as null. */
  readonly items__: (MenuItem | null)[] = [];
  /** Stand-in only: the last menu shown. */
  static lastShown__: Menu | null = null;
  private hideCallbacks__: (() => unknown)[] = [];

  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem();
    cb(item);
    this.items__.push(item);
    return this;
  }

  addSeparator(): this {
    this.items__.push(null);
    return this;
  }

  setNoIcon(): this {
    return this;
  }

  showAtMouseEvent(_evt: MouseEvent): this {
    Menu.lastShown__ = this;
    return this;
  }

  showAtPosition(_position: { x: number; y: number }): this {
    Menu.lastShown__ = this;
    return this;
  }

  hide(): this {
    for (const cb of this.hideCallbacks__) cb();
    return this;
  }

  onHide(callback: () => unknown): void {
    this.hideCallbacks__.push(callback);
  }

  /** Stand-in only: the item with this title. */
  item__(title: string): MenuItem | undefined {
    return this.items__.find((i): i is MenuItem => i !== null && i.title__ === title);
  }
}
