/**
 * `Events` and `Component` as Obsidian implements them.
 *
 * - `Events.trigger` calls the handlers registered at the moment of the call, each with its `ctx`
 *   as `this`. A handler that throws does not stop the others: the error is rethrown on a
 *   microtask, so vitest reports it as an unhandled error instead of it vanishing.
 * - `Component.unload` unloads the children (last added first), then runs every callback given to
 *   `register` (last registered first: this is how `registerEvent`, `registerDomEvent` and
 *   `registerInterval` clean up), then calls `onunload`. `load` calls `onload`, then loads the
 *   children; a child added to a loaded component is loaded at once.
 */
import type { EventRef as ObsidianEventRef } from "obsidian";

type Handler = (...data: unknown[]) => unknown;

interface Listener {
  name: string;
  fn: Handler;
  ctx: unknown;
  /** The emitter, so `Component.registerEvent` can find it back from the ref. */
  e: Events;
}

export type EventRef = ObsidianEventRef;

/**
 * What `addChild` and `removeChild` need of a child. Plugin code's components are typed against
 * Obsidian's `Component`, so the stand-in accepts anything that loads and unloads.
 */
export interface ComponentLike {
  load(): void;
  unload(): void;
}

function isListener(ref: unknown): ref is Listener {
  return typeof ref === "object" && ref !== null && "e" in ref && "fn" in ref && "name" in ref;
}

export class Events {
  /** Handlers by event name. */
  private readonly handlers__ = new Map<string, Listener[]>();

  on(name: string, callback: Handler, ctx?: unknown): EventRef {
    const listener: Listener = { name, fn: callback, ctx, e: this };
    const list = this.handlers__.get(name) ?? [];
    list.push(listener);
    this.handlers__.set(name, list);
    return listener;
  }

  off(name: string, callback: Handler): void {
    const list = this.handlers__.get(name);
    if (!list) return;
    const kept = list.filter((l) => l.fn !== callback);
    if (kept.length > 0) this.handlers__.set(name, kept);
    else this.handlers__.delete(name);
  }

  offref(ref: EventRef): void {
    if (!isListener(ref)) return;
    const list = this.handlers__.get(ref.name);
    if (!list) return;
    const kept = list.filter((l) => l !== ref);
    if (kept.length > 0) this.handlers__.set(ref.name, kept);
    else this.handlers__.delete(ref.name);
  }

  trigger(name: string, ...data: unknown[]): void {
    const list = this.handlers__.get(name);
    if (!list) return;
    for (const listener of [...list]) this.tryTrigger(listener, data);
  }

  tryTrigger(evt: EventRef, args: unknown[]): void {
    if (!isListener(evt)) return;
    try {
      evt.fn.apply(evt.ctx, args);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }

  /** Stand-in only: how many handlers are registered, for one event name or in total. */
  listenerCount__(name?: string): number {
    if (name !== undefined) return this.handlers__.get(name)?.length ?? 0;
    let n = 0;
    for (const list of this.handlers__.values()) n += list.length;
    return n;
  }

  /** Stand-in only: the names that currently have handlers, with their counts. */
  listenerNames__(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [name, list] of this.handlers__) out[name] = list.length;
    return out;
  }
}

export class Component {
  private loaded__ = false;
  private readonly children__: ComponentLike[] = [];
  private readonly cleanups__: (() => unknown)[] = [];
  /** Stand-in only: the promise an async `onload` returned, so tests can await it. */
  loading__: Promise<unknown> | null = null;

  load(): void {
    if (this.loaded__) return;
    this.loaded__ = true;
    const result = this.onload() as unknown;
    if (result instanceof Promise) this.loading__ = result;
    for (const child of [...this.children__]) child.load();
  }

  onload(): void {
    // Overridden by subclasses.
  }

  unload(): void {
    if (!this.loaded__) return;
    this.loaded__ = false;
    while (this.children__.length > 0) this.children__.pop()!.unload();
    while (this.cleanups__.length > 0) this.cleanups__.pop()!();
    this.onunload();
  }

  onunload(): void {
    // Overridden by subclasses.
  }

  addChild<T extends ComponentLike>(component: T): T {
    this.children__.push(component);
    if (this.loaded__) component.load();
    return component;
  }

  removeChild<T extends ComponentLike>(component: T): T {
    const i = this.children__.indexOf(component);
    if (i !== -1) {
      this.children__.splice(i, 1);
      component.unload();
    }
    return component;
  }

  register(cb: () => unknown): void {
    this.cleanups__.push(cb);
  }

  registerEvent(eventRef: EventRef): void {
    this.register(() => {
      if (isListener(eventRef)) eventRef.e.offref(eventRef);
    });
  }

  registerDomEvent(
    el: EventTarget,
    type: string,
    callback: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void {
    el.addEventListener(type, callback, options);
    this.register(() => el.removeEventListener(type, callback, options));
  }

  registerInterval(id: number): number {
    this.register(() => window.clearInterval(id));
    return id;
  }

  /** Stand-in only: is this component loaded? */
  get isLoaded__(): boolean {
    return this.loaded__;
  }

  /** Stand-in only: the children, in the order they were added. */
  get childComponents__(): readonly ComponentLike[] {
    return this.children__;
  }

  /** Stand-in only: how many cleanup callbacks are waiting for `unload`. */
  get pendingCleanups__(): number {
    return this.cleanups__.length;
  }
}
