/**
 * The DOM the stand-in builds its elements in. Tests that render anything run in vitest's
 * happy-dom environment (`// @vitest-environment happy-dom` at the top of the file); the
 * stand-in then installs Obsidian's element helpers (`createEl`, `setText`, …, from
 * `test/support/dom.ts`) and the `activeWindow` / `activeDocument` globals on that window.
 * Without a DOM, everything that needs no element still works; the first element asked for
 * throws an error that says what to do.
 */
import { installDomHelpers } from "../dom";

interface StandInGlobals {
  window?: Window;
  document?: Document;
  activeWindow?: Window;
  activeDocument?: Document;
}

let installed = false;

/** Installs the helpers once, when a DOM is present. Returns whether there is one. */
export function ensureDom(): boolean {
  if (typeof window === "undefined" || typeof document === "undefined") return false;
  if (!installed) {
    installDomHelpers(window);
    // In vitest's happy-dom environment the window is the global object.
    const w = window as unknown as StandInGlobals;
    w.activeWindow = window;
    w.activeDocument = document;
    installed = true;
  }
  return true;
}

export function requireDocument(): Document {
  if (!ensureDom()) {
    throw new Error(
      "The Obsidian stand-in needs a DOM for this: add `// @vitest-environment happy-dom` at the top of the test file.",
    );
  }
  return document;
}

/** A detached element with the given classes (Obsidian's global `createEl`). */
export function makeEl<K extends keyof HTMLElementTagNameMap>(tag: K, cls = ""): HTMLElementTagNameMap[K] {
  requireDocument();
  return createEl(tag, { cls });
}

ensureDom();
