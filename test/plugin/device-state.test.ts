// @vitest-environment happy-dom
/**
 * This device's days in the vault's local storage (device-state.ts): an unchanged state is not
 * written again, and a write that failed is tried again at the next save.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultDeviceState } from "../../src/core/settings";
import { DeviceStore } from "../../src/plugin/device-state";
import { createApp, resetApiVersion__, setApiVersion__, type App } from "../support/obsidian";

const KEY = "interview-followup:device-state";

/** `app.saveLocalStorage` that fails the first `failures` times, counting every call. */
function failingStorage(app: App, failures: number): { calls: number } {
  const seen = { calls: 0 };
  const save = app.saveLocalStorage!.bind(app);
  Object.defineProperty(app, "saveLocalStorage", {
    configurable: true,
    get: () => (key: string, data: unknown) => {
      seen.calls++;
      if (seen.calls <= failures) throw new Error("QuotaExceededError");
      save(key, data);
    },
  });
  return seen;
}

/** A loaded store on an app whose storage fails the first `failures` writes, and a state to save. */
function storeFailing(failures: number) {
  const app = createApp({ files: {} });
  const seen = failingStorage(app, failures);
  const store = new DeviceStore(app as never, KEY);
  store.load(null);
  return { app, seen, store, state: { ...defaultDeviceState(), lastRunDay: "2026-11-25" } };
}

afterEach(() => {
  resetApiVersion__();
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe("DeviceStore", () => {
  it("writes a state once, and not again while it is unchanged", () => {
    const { app, seen, store, state } = storeFailing(0);
    store.save(state);
    store.save({ ...state });
    expect(seen.calls).toBe(1);
    expect(app.localStorage__entries[KEY]).toEqual(state);
  });

  it("after a failed write, saving the same state tries again", () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { app, seen, store, state } = storeFailing(1);
    store.save(state);
    expect(app.localStorage__entries[KEY]).toBeUndefined();
    store.save(state);
    expect(seen.calls).toBe(2);
    expect(app.localStorage__entries[KEY]).toEqual(state);
  });

  it("before 1.8.7 (the window's storage), a failed write is tried again too", () => {
    setApiVersion__("1.7.2");
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const app = createApp({ files: {} });
    const setItem = vi.spyOn(Storage.prototype, "setItem").mockImplementationOnce(() => {
      throw new Error("QuotaExceededError");
    });
    const store = new DeviceStore(app as never, KEY);
    store.load(null);
    const state = { ...defaultDeviceState(), lastNotifiedDay: "2026-11-25" };
    store.save(state);
    store.save(state);
    expect(setItem).toHaveBeenCalledTimes(2);
    expect(JSON.parse(window.localStorage.getItem(`${app.vault.getName()}:${KEY}`) ?? "null")).toEqual(state);
  });
});
