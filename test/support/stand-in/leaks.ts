/**
 * Counts what a plugin leaves behind: event handlers on the vault, metadata cache and workspace,
 * DOM listeners, pending timeouts and live intervals — all counted from the moment
 * `watchLeaks(app)` is called.
 *
 *   const watch = watchLeaks(app);      // after vi.useFakeTimers(), if the test uses them
 *   await loadPlugin(plugin); plugin.unload();
 *   expect(watch.report().total).toBe(0);
 *   watch.stop();                        // before vi.useRealTimers()
 *
 * DOM listeners count when they sit on the window, the document or an element still in the
 * document; listeners on elements that were thrown away are reported apart
 * (`detachedDomListeners`) since the garbage collector takes them with the element.
 */
import type { App } from "./app";
import type { Events } from "./events";

export interface LeakReport {
  /** Handlers added since the watch began and still registered, by emitter. */
  events: { vault: number; metadataCache: number; workspace: number };
  domListeners: number;
  detachedDomListeners: number;
  timeouts: number;
  intervals: number;
  /** Everything above except `detachedDomListeners`. */
  total: number;
  /** One line per leftover, to make a failing assertion readable. */
  details: string[];
}

export interface LeakWatch {
  report(): LeakReport;
  stop(): void;
}

interface DomEntry {
  target: EventTarget;
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
}

type TimerFn = (handler: TimerHandler, timeout?: number, ...args: unknown[]) => number;
type ClearFn = (id?: number) => void;
type AddFn = EventTarget["addEventListener"];
type RemoveFn = EventTarget["removeEventListener"];

interface TimerHost {
  setTimeout: TimerFn;
  clearTimeout: ClearFn;
  setInterval: TimerFn;
  clearInterval: ClearFn;
}

function captureOf(options: boolean | EventListenerOptions | undefined): boolean {
  return typeof options === "boolean" ? options : Boolean(options?.capture);
}

function describe(target: EventTarget): string {
  const t = target as { nodeType?: number; tagName?: string; className?: string };
  if (t.nodeType === 9) return "document";
  if (t.tagName) return `<${t.tagName.toLowerCase()}${t.className ? ` class="${t.className}"` : ""}>`;
  return "window";
}

function isLive(target: EventTarget): boolean {
  const t = target as { nodeType?: number; isConnected?: boolean };
  if (t.nodeType === undefined) return true; // window or another non-node target
  if (t.nodeType === 9) return true;
  return Boolean(t.isConnected);
}

function delta(emitter: Events, base: Record<string, number>, label: string, details: string[]): number {
  let n = 0;
  for (const [name, count] of Object.entries(emitter.listenerNames__())) {
    const extra = count - (base[name] ?? 0);
    if (extra > 0) {
      n += extra;
      details.push(`${label}: ${extra} handler(s) for "${name}"`);
    }
  }
  return n;
}

export function watchLeaks(app: App, win: object = window): LeakWatch {
  const baseVault = app.vault.listenerNames__();
  const baseCache = app.metadataCache.listenerNames__();
  const baseWorkspace = app.workspace.listenerNames__();

  // ---- DOM listeners ----
  const dom: DomEntry[] = [];
  const restore: (() => void)[] = [];
  const record = (target: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void => {
    if (!listener) return;
    const capture = captureOf(options);
    if (dom.some((e) => e.target === target && e.type === type && e.listener === listener && e.capture === capture)) return;
    dom.push({ target, type, listener, capture });
  };
  const forget = (target: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void => {
    const capture = captureOf(options);
    const i = dom.findIndex((e) => e.target === target && e.type === type && e.listener === listener && e.capture === capture);
    if (i !== -1) dom.splice(i, 1);
  };
  const patchAdd = (holder: { addEventListener: AddFn; removeEventListener: RemoveFn }, bindTo: EventTarget | null): void => {
    const add = holder.addEventListener;
    const remove = holder.removeEventListener;
    const patchedAdd: AddFn = function (this: EventTarget, type, listener, options) {
      const target = bindTo ?? this;
      record(target, type, listener, options);
      add.call(target, type, listener, options);
    };
    const patchedRemove: RemoveFn = function (this: EventTarget, type, listener, options) {
      const target = bindTo ?? this;
      forget(target, type, listener, options);
      remove.call(target, type, listener, options);
    };
    holder.addEventListener = patchedAdd;
    holder.removeEventListener = patchedRemove;
    restore.push(() => {
      if (holder.addEventListener === patchedAdd) holder.addEventListener = add;
      if (holder.removeEventListener === patchedRemove) holder.removeEventListener = remove;
    });
  };
  // Patch the prototype that really holds addEventListener for the DOM's nodes (in vitest's
  // happy-dom environment the global `EventTarget` is Node's, not the one documents inherit from).
  const holders = new Set<object>();
  const w = win as { EventTarget?: { prototype: EventTarget }; addEventListener?: AddFn; document?: Document };
  const ownerOf = (obj: object | undefined): object | null => {
    for (let p: object | null = obj ?? null; p; p = Object.getPrototypeOf(p) as object | null) {
      if (Object.prototype.hasOwnProperty.call(p, "addEventListener")) return p;
    }
    return null;
  };
  if (w.EventTarget) holders.add(w.EventTarget.prototype);
  const docHolder = ownerOf(w.document);
  if (docHolder && docHolder !== w.document) holders.add(docHolder);
  for (const holder of holders) patchAdd(holder as EventTarget, null);
  // vitest's happy-dom environment gives the global window its own bound listener methods.
  if (typeof w.addEventListener === "function" && Object.prototype.hasOwnProperty.call(win, "addEventListener")) {
    patchAdd(win as EventTarget, win as EventTarget);
  }

  // ---- timers ----
  const host = win as TimerHost;
  const timeouts = new Set<number>();
  const intervals = new Set<number>();
  const orig: TimerHost = {
    setTimeout: host.setTimeout,
    clearTimeout: host.clearTimeout,
    setInterval: host.setInterval,
    clearInterval: host.clearInterval,
  };
  const patched: TimerHost = {
    setTimeout(handler, timeout, ...args) {
      let id = 0;
      const run = (...a: unknown[]): void => {
        timeouts.delete(id);
        if (typeof handler === "function") (handler as (...x: unknown[]) => void)(...a);
      };
      id = orig.setTimeout.call(win, run, timeout, ...args);
      timeouts.add(id);
      return id;
    },
    clearTimeout(id) {
      if (id !== undefined) {
        timeouts.delete(id);
        intervals.delete(id);
      }
      orig.clearTimeout.call(win, id);
    },
    setInterval(handler, timeout, ...args) {
      const id = orig.setInterval.call(win, handler, timeout, ...args);
      intervals.add(id);
      return id;
    },
    clearInterval(id) {
      if (id !== undefined) {
        intervals.delete(id);
        timeouts.delete(id);
      }
      orig.clearInterval.call(win, id);
    },
  };
  Object.assign(host, patched);
  restore.push(() => {
    for (const key of Object.keys(patched) as (keyof TimerHost)[]) {
      if (host[key] === patched[key]) (host as unknown as Record<string, unknown>)[key] = orig[key];
    }
  });

  return {
    report(): LeakReport {
      const details: string[] = [];
      const events = {
        vault: delta(app.vault, baseVault, "vault", details),
        metadataCache: delta(app.metadataCache, baseCache, "metadataCache", details),
        workspace: delta(app.workspace, baseWorkspace, "workspace", details),
      };
      let live = 0;
      let detached = 0;
      for (const e of dom) {
        if (isLive(e.target)) {
          live++;
          details.push(`DOM: "${e.type}" listener on ${describe(e.target)}`);
        } else detached++;
      }
      if (timeouts.size > 0) details.push(`${timeouts.size} pending timeout(s)`);
      if (intervals.size > 0) details.push(`${intervals.size} live interval(s)`);
      const total = events.vault + events.metadataCache + events.workspace + live + timeouts.size + intervals.size;
      return { events, domListeners: live, detachedDomListeners: detached, timeouts: timeouts.size, intervals: intervals.size, total, details };
    },
    stop(): void {
      for (const r of restore.splice(0).reverse()) r();
    },
  };
}
