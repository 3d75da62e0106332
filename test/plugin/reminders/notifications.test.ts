// @vitest-environment happy-dom
/** The daily desktop notification (reminders/notifications.ts) and its permission. */
import { describe, expect, it, vi } from "vitest";
import { createApp, DEFAULT_MANIFEST, loadPlugin, notices, setPlatform, watchLeaks } from "../../support/obsidian";
import { HOUR, MINUTE, useClock } from "../../support/stand-in/clock";
import { at, FakeNotification, FILES, flush, ID, RemindersTestHost, start, useReminderTestClock } from "./helpers";

useReminderTestClock();

describe("desktop notifications", () => {
  it("fire once at the hour, listing what is due; not twice the same day; again the next day", async () => {
    const { plugin } = await start({ now: at("2026-11-25", 8, 30), data: { notifications: true, lastRunDay: "2026-11-25" } });
    await vi.advanceTimersByTimeAsync(29 * 60_000);
    expect(FakeNotification.shown).toEqual([]); // 8:59
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeNotification.shown).toHaveLength(1); // 9:00
    const n = FakeNotification.shown[0];
    expect(n.title).toBe("Interview follow-ups: 2 follow-ups due");
    expect(n.options.body).toBe("Acme — Analyst: Email follow-up due by Wed, Dec 2\nGlobex — Designer: Email follow-up due by Wed, Dec 2");
    await vi.advanceTimersByTimeAsync(6 * 60 * 60_000);
    expect(FakeNotification.shown).toHaveLength(1); // 15:00, same day
    expect(plugin.device.lastNotifiedDay).toBe("2026-11-25");
    await vi.advanceTimersByTimeAsync(18 * 60 * 60_000 + 60_000);
    expect(FakeNotification.shown).toHaveLength(2); // 9:01 the next day
  });

  it("after sleeping through midnight, the first minute check notifies from today's list, not yesterday's", async () => {
    // Yesterday (11-24) nothing was due and its notification day is spent; today (11-25) two
    // follow-ups are due. The index's midnight timer is still waiting (timers stood still in the
    // sleep), so the minute check must bring the index up to date before it looks (R4c).
    const clock = useClock(at("2026-11-24", 23, 50));
    const { plugin } = await start({
      now: clock.now(),
      data: { notifications: true, lastRunDay: "2026-11-24", lastNotifiedDay: "2026-11-24" },
    });
    await clock.advance(30_000);
    clock.sleep(9 * HOUR + 10 * MINUTE); // wakes at 09:00:30 on 11-25, no focus
    await clock.advance(MINUTE);
    expect(plugin.device.lastNotifiedDay).toBe("2026-11-25");
    expect(FakeNotification.shown.map((n) => n.title)).toEqual(["Interview follow-ups: 2 follow-ups due"]);
  });

  it("clicking the notification focuses the window and opens the sidebar", async () => {
    const { plugin } = await start({ now: at("2026-11-25", 9, 30), data: { notifications: true } });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeNotification.shown).toHaveLength(1);
    const focus = vi.spyOn(window, "focus").mockImplementation(() => {});
    FakeNotification.shown[0].onclick?.call(FakeNotification.shown[0], new Event("click"));
    await flush();
    expect(focus).toHaveBeenCalledTimes(1);
    expect(plugin.sidebarActivations).toBe(1);
  });

  it("a restart the same day does not notify again (the day is saved)", async () => {
    const first = await start({ now: at("2026-11-25", 9, 30), data: { notifications: true } });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeNotification.shown).toHaveLength(1);
    first.plugin.unload();
    await flush();
    const again = await loadPlugin(new RemindersTestHost(first.app as never, DEFAULT_MANIFEST));
    await again.index.whenReady();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(FakeNotification.shown).toHaveLength(1);
  });

  it("the setting off (the default): no notification", async () => {
    await start({ now: at("2026-11-25", 8) });
    await vi.advanceTimersByTimeAsync(3 * 60 * 60_000);
    expect(FakeNotification.shown).toEqual([]);
  });

  it("nothing due at the hour: no notification", async () => {
    await start({ now: at("2026-11-20", 8), data: { notifications: true } });
    await vi.advanceTimersByTimeAsync(3 * 60 * 60_000);
    expect(FakeNotification.shown).toEqual([]);
  });

  it("permission denied: switching on explains it in a notice, and nothing else happens", async () => {
    FakeNotification.permission = "denied";
    const { plugin } = await start({ now: at("2026-11-25", 8), data: { lastRunDay: "2026-11-25" } });
    plugin.settings.notifications = true;
    await expect(plugin.notificationPermission.ensure()).resolves.toBe(false);
    expect(notices.map((n) => n.message)).toEqual([
      "Notifications are blocked for Obsidian. Allow them in your system settings to get the daily follow-up reminder.",
    ]);
    await vi.advanceTimersByTimeAsync(3 * 60 * 60_000);
    expect(FakeNotification.shown).toEqual([]);
    expect(FakeNotification.requests).toBe(0); // denied is final: the system would not ask again
  });

  it("permission never asked: switching on asks once; a refusal is explained", async () => {
    FakeNotification.permission = "default";
    FakeNotification.answer = "denied";
    const { plugin } = await start({ now: at("2026-11-25", 8), data: { lastRunDay: "2026-11-25" } });
    plugin.settings.notifications = true;
    const [a, b] = await Promise.all([plugin.notificationPermission.ensure(), plugin.notificationPermission.ensure()]);
    expect([a, b]).toEqual([false, false]);
    expect(FakeNotification.requests).toBe(1);
    expect(notices).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2 * 60 * 60_000);
    expect(FakeNotification.shown).toEqual([]);
    expect(FakeNotification.requests).toBe(1);
  });

  it("switched on and saved without the settings tab's request (as a sync would): asked at once, not at the next minute", async () => {
    FakeNotification.permission = "default";
    FakeNotification.answer = "granted";
    const { plugin } = await start({ now: at("2026-11-25", 8, 58), data: { lastRunDay: "2026-11-25" } });
    plugin.settings.notifications = true;
    await plugin.saveSettings();
    expect(FakeNotification.requests).toBe(1);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(FakeNotification.shown).toHaveLength(1);
  });

  it("mobile: nothing is asked, shown or thrown, even with the setting on", async () => {
    setPlatform({ isDesktop: false, isDesktopApp: false, isMobile: true, isMobileApp: true });
    const touched: string[] = [];
    vi.stubGlobal(
      "Notification",
      new Proxy(FakeNotification, {
        get(target, prop, receiver) {
          touched.push(String(prop));
          return Reflect.get(target, prop, receiver) as unknown;
        },
        construct() {
          throw new Error("no notifications on mobile");
        },
      }),
    );
    const { plugin } = await start({ now: at("2026-11-25", 8, 59), data: { notifications: true, lastRunDay: "2026-11-25" } });
    await vi.advanceTimersByTimeAsync(2 * 60 * 60_000);
    await expect(plugin.notificationPermission.ensure()).resolves.toBe(false);
    expect(touched).toEqual([]);
    expect(notices).toEqual([]);
    expect(plugin.device.lastNotifiedDay).toBeNull();
  });

  it("unloading clears the timers and listeners it registered", async () => {
    vi.setSystemTime(at("2026-11-25", 8));
    const app = createApp({ files: FILES, pluginData: { [ID]: { notifications: true, calendarAutoUpdate: true } } });
    const watch = watchLeaks(app);
    const plugin = await loadPlugin(new RemindersTestHost(app as never, DEFAULT_MANIFEST));
    app.workspace.setLayoutReady__();
    await plugin.index.whenReady();
    await flush();
    plugin.unload();
    const report = watch.report();
    watch.stop();
    expect(report.details).toEqual([]);
    expect(report.total).toBe(0);
  });
});
