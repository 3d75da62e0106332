// @vitest-environment happy-dom
/** "While you were away" (reminders/away-notice.ts), as the reminders start it. */
import { describe, expect, it, vi } from "vitest";
import { createApp, DEFAULT_MANIFEST, loadPlugin, notices } from "../../support/obsidian";
import { at, device, FILES, flush, ID, RemindersTestHost, saved, start, useReminderTestClock } from "./helpers";

useReminderTestClock();

describe("while you were away", () => {
  it("first run ever: no notice, today is recorded", async () => {
    const { app } = await start({ now: at("2026-11-25") });
    expect(notices).toEqual([]);
    expect(device(app).lastRunDay).toBe("2026-11-25");
  });

  it("same day: nothing", async () => {
    const { app } = await start({ now: at("2026-11-25", 15), data: { lastRunDay: "2026-11-25" } });
    expect(notices).toEqual([]);
    expect(app.vault.writes__).toEqual([]);
  });

  it("after a week: one notice sums it up, with a button that opens the sidebar", async () => {
    const { app, plugin } = await start({ now: at("2026-11-25"), data: { lastRunDay: "2026-11-18", maxAttempts: 5, yourName: "Sam" } });
    expect(notices.map((n) => n.message)).toEqual([
      "2 follow-ups came due while you were away: Acme — Analyst, Globex — DesignerShow follow-ups",
    ]);
    const button = notices[0].notice.messageEl.querySelector("button");
    expect(button?.textContent).toBe("Show follow-ups");
    button!.click();
    await flush();
    expect(plugin.sidebarActivations).toBe(1);
    expect(notices[0].notice.hidden__).toBe(true);
    // Recorded without touching the other settings.
    expect(device(app).lastRunDay).toBe("2026-11-25");
    expect([saved(app).maxAttempts, saved(app).yourName]).toEqual([5, "Sam"]);
  });

  for (const remindersFirst of [false, true]) {
    it(`waits for the layout and the index build (registered ${remindersFirst ? "before" : "after"} the index)`, async () => {
      vi.setSystemTime(at("2026-11-25"));
      const app = createApp({ files: FILES, pluginData: { [ID]: { lastRunDay: "2026-11-18" } } });
      const plugin = new RemindersTestHost(app, DEFAULT_MANIFEST);
      plugin.remindersFirst = remindersFirst;
      await loadPlugin(plugin);
      await flush();
      expect(notices).toEqual([]); // layout not ready: the index has not been built
      expect(plugin.device.lastRunDay).toBe("2026-11-18"); // read from the version-1 data.json
      expect(device(app).lastRunDay).toBeUndefined(); // nothing stored yet
      app.workspace.setLayoutReady__();
      await plugin.index.whenReady();
      await flush();
      expect(notices.map((n) => n.message)).toEqual(["2 follow-ups came due while you were away: Acme — Analyst, Globex — DesignerShow follow-ups"]);
    });
  }

  it("nothing came due: no notice, the day is still recorded", async () => {
    const { app } = await start({ now: at("2026-11-21"), data: { lastRunDay: "2026-11-19" } });
    expect(notices).toEqual([]);
    expect(device(app).lastRunDay).toBe("2026-11-21");
  });

  it("the setting off: no notice, the day is still recorded", async () => {
    const { app } = await start({ now: at("2026-11-25"), data: { lastRunDay: "2026-11-18", awayDigest: false } });
    expect(notices).toEqual([]);
    expect(device(app).lastRunDay).toBe("2026-11-25");
  });

  it("a day that passes while Obsidian runs counts as a day it ran", async () => {
    const { app } = await start({ now: at("2026-11-24", 23, 30), data: { lastRunDay: "2026-11-24" } });
    await vi.advanceTimersByTimeAsync(45 * 60_000);
    expect(device(app).lastRunDay).toBe("2026-11-25");
  });
});

// ---------------------------------------------------------------------------------------------
