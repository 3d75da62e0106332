/**
 * The little of the `obsidian` module the browser page needs, for esbuild to alias `obsidian`
 * to when it bundles the page: the two editor state fields the Live Preview badge reads, and a
 * Component / MarkdownRenderChild good enough for the reading-view post-processor, and the
 * `setTooltip` the badges hand to the render code.
 * (Vitest uses the full stand-in in test/support instead.)
 */
import { StateEffect, StateField } from "@codemirror/state";

export interface FileInfo {
  file: { path: string } | null;
}

/** Switches an editor between Live Preview (true) and source mode (false). */
export const setLivePreview = StateEffect.define<boolean>();

export const editorLivePreviewField = StateField.define<boolean>({
  create: () => true,
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setLivePreview)) return e.value;
    return value;
  },
});

export const editorInfoField = StateField.define<FileInfo>({
  create: () => ({ file: null }),
  update: (value) => value,
});

export class Component {
  private readonly cleanups: (() => void)[] = [];
  private readonly children: Component[] = [];
  private loaded = false;

  load(): void {
    if (this.loaded) return;
    this.loaded = true;
    this.onload();
    for (const child of this.children) child.load();
  }

  onload(): void {
    // Overridden.
  }

  unload(): void {
    if (!this.loaded) return;
    this.loaded = false;
    for (const child of this.children.splice(0).reverse()) child.unload();
    for (const fn of this.cleanups.splice(0).reverse()) fn();
    this.onunload();
  }

  onunload(): void {
    // Overridden.
  }

  addChild<T extends Component>(child: T): T {
    this.children.push(child);
    if (this.loaded) child.load();
    return child;
  }

  register(cb: () => void): void {
    this.cleanups.push(cb);
  }

  registerEvent(ref: { off: () => void }): void {
    this.cleanups.push(() => ref.off());
  }

  registerDomEvent(el: HTMLElement, type: string, cb: (evt: Event) => void): void {
    el.addEventListener(type, cb);
    this.cleanups.push(() => el.removeEventListener(type, cb));
  }
}

export class MarkdownRenderChild extends Component {
  constructor(readonly containerEl: HTMLElement) {
    super();
  }
}

/** Obsidian's `setTooltip`, as far as the page sees it: the hover text as the `aria-label`. */
export function setTooltip(el: HTMLElement, tooltip: string): void {
  el.setAttribute("aria-label", tooltip);
}
