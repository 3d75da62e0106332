// @vitest-environment happy-dom
import { test, expect, vi } from "vitest";
test("x", () => {
  console.log("window===globalThis", (globalThis as any).window === globalThis, typeof document);
  vi.useFakeTimers();
  vi.setSystemTime(new Date(2026, 0, 1));
  let hit = 0;
  window.setTimeout(() => hit++, 1000);
  vi.advanceTimersByTime(1000);
  console.log("hit", hit, new Date().getFullYear());
  vi.useRealTimers();
});
