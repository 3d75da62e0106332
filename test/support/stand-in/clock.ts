/**
 * The stand-in's clock: time that runs, as it does under a real app, instead of a frozen "now".
 * It drives vitest's fake timers, so every `window.setTimeout`/`setInterval` and `new Date()` in
 * plugin code follow it. (Kept out of `obsidian.ts`, which the benchmark bundles without vitest.)
 *
 *   const clock = useClock(new Date(2026, 10, 24, 23, 59));
 *   await clock.advance(2 * 60_000);     // through midnight: timers fire as their time comes
 *   clock.sleep(8 * HOUR);               // the computer sleeps: the wall clock jumps, no timer fires
 *   clock.show();                        // the window comes back: `visibilitychange`, then `focus`
 *   clock.stop();                        // in afterEach
 *
 * Modelled on the browser Obsidian runs in (Electron's Chromium): timers do not run while the
 * machine sleeps, and a timer due during the sleep fires late, measured on a clock that stood
 * still (so a wake-up check is needed: MDN "Window: setTimeout() method", "Reasons for delays
 * longer than specified"); a hidden page fires `visibilitychange` and reports
 * `document.visibilityState === "hidden"` (MDN "Document: visibilitychange event"); the window
 * fires `focus` when the user comes back to it.
 */
import { vi } from "vitest";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export interface StandInClock {
  /** The wall clock. */
  now(): Date;
  /** Lets `ms` pass: every timer due meanwhile fires, in order, with promises settled between. */
  advance(ms: number): Promise<void>;
  /** Lets time pass up to `when`. */
  advanceTo(when: Date): Promise<void>;
  /** The computer sleeps for `ms`: the wall clock moves on, no timer fires, nothing is told. */
  sleep(ms: number): void;
  /** The window is hidden (minimized, another app in front): `visibilitychange`. */
  hide(): void;
  /** The window is shown again: `visibilitychange`, then `focus`. */
  show(): void;
  /** Only a window `focus` (the user clicks back into Obsidian). */
  focus(): void;
  /** Back to real timers and a visible page. */
  stop(): void;
}

let visibility: DocumentVisibilityState = "visible";
let patched = false;

function patchVisibility(): void {
  if (patched || typeof document === "undefined") return;
  // happy-dom's document is always "visible"; the real one follows the window.
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => visibility });
  Object.defineProperty(document, "hidden", { configurable: true, get: () => visibility === "hidden" });
  patched = true;
}

function setVisibility(state: DocumentVisibilityState): void {
  patchVisibility();
  if (visibility === state) return;
  visibility = state;
  document.dispatchEvent(new Event("visibilitychange"));
}

/** Fake timers from `start` on (Date included), with the page visible. */
export function useClock(start: Date): StandInClock {
  vi.useFakeTimers({ now: start });
  visibility = "visible";
  return {
    now: () => new Date(),
    advance: async (ms) => {
      await vi.advanceTimersByTimeAsync(ms);
    },
    advanceTo: async (when) => {
      const ms = when.getTime() - Date.now();
      if (ms < 0) throw new Error("The clock does not go back");
      await vi.advanceTimersByTimeAsync(ms);
    },
    sleep: (ms) => {
      vi.setSystemTime(new Date(Date.now() + ms));
    },
    hide: () => setVisibility("hidden"),
    show: () => {
      setVisibility("visible");
      window.dispatchEvent(new Event("focus"));
    },
    focus: () => {
      window.dispatchEvent(new Event("focus"));
    },
    stop: () => {
      visibility = "visible";
      vi.useRealTimers();
    },
  };
}
