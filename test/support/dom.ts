/**
 * Obsidian's DOM helpers (createEl, createDiv, setText, addClass, empty, …) installed on a DOM that
 * lacks them: happy-dom's Window in unit tests, or Chromium's window in the browser tests.
 *
 * Behaviour follows the declarations in obsidian.d.ts (the `declare global` block): `createEl`
 * takes a tag, an optional class string or DomElementInfo, and an optional callback; text is only
 * ever assigned through textContent (or by appending a DocumentFragment), never parsed as HTML.
 */

/** The few constructors of a window this module patches. */
interface DomWindow {
  document: Document;
  Node: { prototype: Node };
  Element: { prototype: Element };
  HTMLElement: { prototype: HTMLElement };
  DocumentFragment: { prototype: DocumentFragment };
  SVGElement?: { prototype: SVGElement };
}

type AttrValue = string | number | boolean | null;

const SVG_NS = "http://www.w3.org/2000/svg";
/** In an HTML document, createElementNS with this namespace is the same as createElement. */
const HTML_NS = "http://www.w3.org/1999/xhtml";

function isFragment(value: unknown): value is DocumentFragment {
  return typeof value === "object" && value !== null && (value as Node).nodeType === 11;
}

function splitClasses(cls: string | string[]): string[] {
  const list = Array.isArray(cls) ? cls : cls.split(" ");
  return list.map((c) => c.trim()).filter((c) => c.length > 0);
}

function applyText(el: Element, text: string | DocumentFragment): void {
  if (isFragment(text)) {
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(text);
  } else {
    el.textContent = text;
  }
}

function applyAttr(el: Element, name: string, value: AttrValue): void {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, String(value));
}

function place(el: Element, parent: Node | undefined, prepend: boolean | undefined): void {
  if (!parent) return;
  if (prepend) parent.insertBefore(el, parent.firstChild);
  else parent.appendChild(el);
}

function buildElement(
  doc: Document,
  tag: string,
  o: DomElementInfo | string | undefined,
  callback: ((el: HTMLElement) => void) | undefined,
  defaultParent: Node | undefined,
): HTMLElement {
  const el: HTMLElement = doc.createElementNS(HTML_NS, tag);
  const info: DomElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
  if (info.cls !== undefined) {
    const classes = splitClasses(info.cls);
    if (classes.length > 0) el.classList.add(...classes);
  }
  if (info.text !== undefined) applyText(el, info.text);
  if (info.attr) {
    for (const [name, value] of Object.entries(info.attr)) applyAttr(el, name, value);
  }
  if (info.title !== undefined) el.title = info.title;
  if (info.value !== undefined) {
    if ("value" in el) (el as HTMLInputElement).value = info.value;
    else el.setAttribute("value", info.value);
  }
  if (info.type !== undefined) el.setAttribute("type", info.type);
  if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
  if (info.href !== undefined) el.setAttribute("href", info.href);
  place(el, info.parent ?? defaultParent, info.prepend);
  if (callback) callback(el);
  return el;
}

function buildSvg(
  doc: Document,
  tag: string,
  o: SvgElementInfo | string | undefined,
  callback: ((el: SVGElement) => void) | undefined,
  defaultParent: Node | undefined,
): SVGElement {
  const el: SVGElement = doc.createElementNS(SVG_NS, tag);
  const info: SvgElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
  if (info.cls !== undefined) {
    const classes = splitClasses(info.cls);
    if (classes.length > 0) el.classList.add(...classes);
  }
  if (info.attr) {
    for (const [name, value] of Object.entries(info.attr)) applyAttr(el, name, value);
  }
  place(el, info.parent ?? defaultParent, info.prepend);
  if (callback) callback(el);
  return el;
}

function define(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
}

function defineGetter(target: object, name: string, get: () => unknown): void {
  Object.defineProperty(target, name, { get, configurable: true, enumerable: false });
}

function ownerDoc(node: Node, fallback: Document): Document {
  if (node.nodeType === 9) return node as Document;
  return node.ownerDocument ?? fallback;
}

/**
 * Adds Obsidian's DOM helpers to `win`'s prototypes and its global `createEl`, `createDiv`,
 * `createSpan`, `createSvg`, `createFragment`. Safe to call more than once.
 * The global functions go on `globalTarget` (default `win`). In vitest's happy-dom environment
 * `window` is the global object, so `installDomHelpers(window)` is all a test needs; a test that
 * builds its own happy-dom `Window` in the node environment can pass the global object second.
 */
export function installDomHelpers(win: object, globalTarget: object = win): void {
  const w = win as DomWindow;
  const doc = w.document;
  const nodeProto = w.Node.prototype;
  const elementProto = w.Element.prototype;
  const htmlProto = w.HTMLElement.prototype;
  const fragmentProto = w.DocumentFragment.prototype;

  // ---- Node ----
  define(nodeProto, "createEl", function (this: Node, tag: string, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
    return buildElement(ownerDoc(this, doc), tag, o, cb, this);
  });
  define(nodeProto, "createDiv", function (this: Node, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
    return buildElement(ownerDoc(this, doc), "div", o, cb, this);
  });
  define(nodeProto, "createSpan", function (this: Node, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
    return buildElement(ownerDoc(this, doc), "span", o, cb, this);
  });
  define(nodeProto, "createSvg", function (this: Node, tag: string, o?: SvgElementInfo | string, cb?: (el: SVGElement) => void) {
    return buildSvg(ownerDoc(this, doc), tag, o, cb, this);
  });
  define(nodeProto, "detach", function (this: Node) {
    this.parentNode?.removeChild(this);
  });
  define(nodeProto, "empty", function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  });
  define(nodeProto, "insertAfter", function <T extends Node>(this: Node, node: T, child: Node | null): T {
    this.insertBefore(node, child ? child.nextSibling : this.firstChild);
    return node;
  });
  define(nodeProto, "indexOf", function (this: Node, other: Node) {
    return Array.prototype.indexOf.call(this.childNodes, other);
  });
  define(nodeProto, "setChildrenInPlace", function (this: Node, children: Node[]) {
    while (this.firstChild) this.removeChild(this.firstChild);
    for (const child of children) this.appendChild(child);
  });
  define(nodeProto, "appendText", function (this: Node, val: string) {
    this.appendChild(ownerDoc(this, doc).createTextNode(val));
  });
  define(nodeProto, "instanceOf", function (this: Node, type: { prototype: object; name: string }) {
    if (Object.prototype.isPrototypeOf.call(type.prototype, this)) return true;
    // Cross-window: compare against the same-named constructor of the node's own window.
    const own = (ownerDoc(this, doc).defaultView as unknown as Record<string, unknown> | null)?.[type.name];
    if (typeof own !== "function") return false;
    return Object.prototype.isPrototypeOf.call((own as { prototype: object }).prototype, this);
  });
  defineGetter(nodeProto, "doc", function (this: Node) {
    return ownerDoc(this, doc);
  });
  defineGetter(nodeProto, "win", function (this: Node) {
    return ownerDoc(this, doc).defaultView ?? win;
  });
  defineGetter(nodeProto, "constructorWin", function (this: Node) {
    return ownerDoc(this, doc).defaultView ?? win;
  });

  // ---- Element ----
  define(elementProto, "getText", function (this: Element) {
    return this.textContent ?? "";
  });
  define(elementProto, "setText", function (this: Element, val: string | DocumentFragment) {
    applyText(this, val);
  });
  define(elementProto, "addClass", function (this: Element, ...classes: string[]) {
    this.classList.add(...classes);
  });
  define(elementProto, "addClasses", function (this: Element, classes: string[]) {
    this.classList.add(...classes);
  });
  define(elementProto, "removeClass", function (this: Element, ...classes: string[]) {
    this.classList.remove(...classes);
  });
  define(elementProto, "removeClasses", function (this: Element, classes: string[]) {
    this.classList.remove(...classes);
  });
  define(elementProto, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
    for (const cls of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(cls, value);
  });
  define(elementProto, "hasClass", function (this: Element, cls: string) {
    return this.classList.contains(cls);
  });
  define(elementProto, "setAttr", function (this: Element, name: string, value: AttrValue) {
    applyAttr(this, name, value);
  });
  define(elementProto, "setAttrs", function (this: Element, obj: Record<string, AttrValue>) {
    for (const [name, value] of Object.entries(obj)) applyAttr(this, name, value);
  });
  define(elementProto, "getAttr", function (this: Element, name: string) {
    return this.getAttribute(name);
  });
  define(elementProto, "matchParent", function (this: Element, selector: string, lastParent?: Element) {
    if (this.matches(selector)) return this;
    if (this === lastParent) return null;
    return this.parentElement?.matchParent(selector, lastParent) ?? null;
  });
  define(elementProto, "find", function (this: Element, selector: string) {
    return this.querySelector(selector);
  });
  define(elementProto, "findAll", function (this: Element, selector: string) {
    return Array.from(this.querySelectorAll(selector));
  });
  define(elementProto, "findAllSelf", function (this: Element, selector: string) {
    const found = Array.from(this.querySelectorAll(selector));
    return this.matches(selector) ? [this, ...found] : found;
  });
  define(fragmentProto, "find", function (this: DocumentFragment, selector: string) {
    return this.querySelector(selector);
  });
  define(fragmentProto, "findAll", function (this: DocumentFragment, selector: string) {
    return Array.from(this.querySelectorAll(selector));
  });

  // ---- HTMLElement (and SVGElement style helpers) ----
  const setStyle = (el: HTMLElement, name: string, value: string | null): void => {
    if (value === null) el.style.removeProperty(name);
    else el.style.setProperty(name, value);
  };
  const setDisplay = (el: HTMLElement, shown: boolean): void => setStyle(el, "display", shown ? null : "none");
  define(htmlProto, "show", function (this: HTMLElement) {
    setDisplay(this, true);
  });
  define(htmlProto, "hide", function (this: HTMLElement) {
    setDisplay(this, false);
  });
  define(htmlProto, "toggle", function (this: HTMLElement, show: boolean) {
    setDisplay(this, show);
  });
  define(htmlProto, "toggleVisibility", function (this: HTMLElement, visible: boolean) {
    setStyle(this, "visibility", visible ? null : "hidden");
  });
  define(htmlProto, "isShown", function (this: HTMLElement) {
    if (!this.isConnected) return false;
    if (this.style.display === "none") return false;
    const parent = this.parentElement;
    return parent === null || parent.isShown();
  });
  const setCssStyles = function (this: HTMLElement | SVGElement, styles: Partial<CSSStyleDeclaration>) {
    Object.assign(this.style, styles);
  };
  const setCssProps = function (this: HTMLElement | SVGElement, props: Record<string, string>) {
    for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
  };
  define(htmlProto, "setCssStyles", setCssStyles);
  define(htmlProto, "setCssProps", setCssProps);
  if (w.SVGElement) {
    define(w.SVGElement.prototype, "setCssStyles", setCssStyles);
    define(w.SVGElement.prototype, "setCssProps", setCssProps);
  }

  // ---- globals ----
  const globals: Record<string, unknown> = {
    createEl: (tag: string, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) =>
      buildElement(doc, tag, o, cb, undefined),
    createDiv: (o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) => buildElement(doc, "div", o, cb, undefined),
    createSpan: (o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) =>
      buildElement(doc, "span", o, cb, undefined),
    createSvg: (tag: string, o?: SvgElementInfo | string, cb?: (el: SVGElement) => void) =>
      buildSvg(doc, tag, o, cb, undefined),
    createFragment: (cb?: (el: DocumentFragment) => void) => {
      const fragment = new (w.DocumentFragment as unknown as new () => DocumentFragment)();
      if (cb) cb(fragment);
      return fragment;
    },
  };
  for (const [name, fn] of Object.entries(globals)) {
    define(win, name, fn);
    if (globalTarget !== win) define(globalTarget, name, fn);
  }
}
