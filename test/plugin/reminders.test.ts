// @vitest-environment happy-dom
/**
 * Reminders outside the sidebar, against the stand-in app with the real index: the calendar
 * export command and its auto-update, the "while you were away" notice, the daily desktop
 * notification. Time is vitest's fake clock (the index and the reminders both read it).
 */
import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { migrateSettings } from "../../src/core/settings";
import { CALENDAR_DEBOUNCE_MS, ensureNotificationPermission, registerReminders, type Reminders } from "../../src/plugin/reminders";
import {
  clearNotices,
  createApp,
  DEFAULT_MANIFEST,
  loadPlugin,
  notices,
  realTimeout__,
  resetPlatform,
  runCommand,
  setPlatform,
  TFile,
  watchLeaks,
  type App,
} from "../support/obsidian";
import { DEVICE_KEY, note, ViewsTestHost } from "./views-host";

const ID = DEFAULT_MANIFEST.id;

class RemindersTestHost extends ViewsTestHost {
  reminders!: Reminders;
  /** Register the reminders before the index exists (its layout-ready callback then runs first). */
  remindersFirst = false;

  override onload(): void {
    // What loadData() would give, read at once (the stand-in keeps a copy per plugin id).
    const data = structuredClone(this.app.pluginData__.get(ID));
    this.settings = migrateSettings(data);
    this.loadDevice(data);
    if (this.remindersFirst) this.reminders = registerReminders(this.host);
    this.addIndex(() => new Date());
    if (!this.remindersFirst) this.reminders = registerReminders(this.host);
  }
}

/**
 * Interviews on Wed 2026-11-18: Acme (thank-you sent) and Globex; Initech is rejected.
 * On Wed 11-25 both follow-ups are due (R4c window 11-25 … 12-02).
 */
const FILES = {
  "Interviews/Acme.md": note({ type: "interview", company: "Acme", role: "Analyst", interview_date: "2026-11-18", thank_you_sent: true, interviewer_email: "dana@acme.example" }),
  "Interviews/Globex.md": note({ type: "interview", company: "Globex", role: "Designer", interview_date: "2026-11-18", thank_you_sent: true }),
  "Interviews/Initech.md": note({ type: "interview", company: "Initech", interview_date: "2026-11-02", outcome: "rejected" }),
};

/** Local wall-clock time in the runtime's zone. */
function at(day: string, hour = 8, minute = 0): Date {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(y, m - 1, d, hour, minute);
}

/** Lets zero-delay timers, promises and the metadata cache's (real-time) parse delay run. */
async function flush(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await vi.advanceTimersByTimeAsync(0);
    await realTimeout__();
  }
}

interface Started {
  app: App;
  plugin: RemindersTestHost;
}

async function start(options: { files?: Record<string, string>; data?: Record<string, unknown>; now: Date }): Promise<Started> {
  vi.setSystemTime(options.now);
  const app = createApp({ files: options.files ?? FILES, pluginData: options.data ? { [ID]: options.data } : {} });
  const plugin = await loadPlugin(new RemindersTestHost(app as never, DEFAULT_MANIFEST));
  app.workspace.setLayoutReady__();
  await plugin.index.whenReady();
  await flush();
  return { app, plugin };
}

function saved(app: App): Record<string, unknown> {
  return (app.pluginData__.get(ID) ?? {}) as Record<string, unknown>;
}

/** This device's state, as stored in the vault's local storage. */
function device(app: App): Record<string, unknown> {
  return (app.localStorage__entries[DEVICE_KEY] ?? {}) as Record<string, unknown>;
}

function parseEvents(text: string): { summary: string; start: string; end: string }[] {
  const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return cal.getAllSubcomponents("vevent").map((ev) => ({
    summary: String(ev.getFirstPropertyValue("summary")),
    start: String(ev.getFirstPropertyValue("dtstart")),
    end: String(ev.getFirstPropertyValue("dtend")),
  }));
}

async function readFile(app: App, path: string): Promise<string | null> {
  const file = app.vault.getAbstractFileByPath(path);
  return file instanceof TFile ? app.vault.read(file) : null;
}

/** A stand-in for the system `Notification` class. */
class FakeNotification {
  static permission: NotificationPermission = "granted";
  static answer: NotificationPermission = "granted";
  static requests = 0;
  static shown: FakeNotification[] = [];
  onclick: ((this: FakeNotification, ev: Event) => unknown) | null = null;

  constructor(
    readonly title: string,
    readonly options: NotificationOptions = {},
  ) {
    FakeNotification.shown.push(this);
  }

  static requestPermission(): Promise<NotificationPermission> {
    FakeNotification.requests++;
    FakeNotification.permission = FakeNotification.answer;
    return Promise.resolve(FakeNotification.answer);
  }

  static reset(): void {
    FakeNotification.permission = "granted";
    FakeNotification.answer = "granted";
    FakeNotification.requests = 0;
    FakeNotification.shown = [];
  }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
  clearNotices();
  FakeNotification.reset();
  vi.stubGlobal("Notification", FakeNotification);
});

afterEach(() => {
  vi.unstubAllGlobals();
  resetPlatform();
  vi.useRealTimers();
});

// ---------------------------------------------------------------------------------------------

describe("export-calendar command", () => {
  it("writes the .ics file at the settings path, with a notice saying how many events and where", async () => {
    const { app } = await start({ now: at("2026-11-25") });
    clearNotices();
    expect(runCommand(app, `${ID}:export-calendar`)).toBe(true);
    await flush();
    const text = await readFile(app, "Interview follow-ups.ics");
    expect(text).not.toBeNull();
    expect(parseEvents(text!)).toEqual([
      { summary: "Email follow-up: Acme — Analyst", start: "2026-11-25", end: "2026-12-03" },
      { summary: "Email follow-up: Globex — Designer", start: "2026-11-25", end: "2026-12-03" },
    ]);
    expect(notices.map((n) => n.message)).toEqual(["Calendar exported: 2 events in Interview follow-ups.ics."]);
    expect(app.vault.writes__.filter((w) => w.path.endsWith(".ics")).map((w) => w.op)).toEqual(["create"]);
  });

  it("modifies the existing file, and leaves it alone when nothing changed", async () => {
    const { app } = await start({ now: at("2026-11-25"), files: { ...FILES, "Interview follow-ups.ics": "old" } });
    const process = vi.spyOn(app.vault, "process");
    runCommand(app, `${ID}:export-calendar`);
    await flush();
    runCommand(app, `${ID}:export-calendar`);
    await flush();
    expect(app.vault.writes__.filter((w) => w.path.endsWith(".ics")).map((w) => w.op)).toEqual(["modify"]);
    expect(await readFile(app, "Interview follow-ups.ics")).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // Rewritten with Vault.process (read, change and write as one step).
    expect(process).toHaveBeenCalledTimes(1);
  });

  it("creates the folder of a calendar path in a subfolder, normalizing the path", async () => {
    const { app, plugin } = await start({ now: at("2026-11-25") });
    plugin.settings.calendarPath = "/Calendars//job search.ics";
    clearNotices();
    runCommand(app, `${ID}:export-calendar`);
    await flush();
    expect(await readFile(app, "Calendars/job search.ics")).toMatch(/^BEGIN:VCALENDAR/);
    expect(notices[0].message).toBe("Calendar exported: 2 events in Calendars/job search.ics.");
  });

  it("refuses a path that is not .ics, or a folder, and writes nothing", async () => {
    const { app, plugin } = await start({ now: at("2026-11-25"), files: { ...FILES, "Cal.ics/readme.md": "x" } });
    const before = app.vault.writes__.length;
    for (const path of ["Interviews/Acme.md", "calendar.txt", ".ics", "../outside.ics", "Cal.ics"]) {
      plugin.settings.calendarPath = path;
      clearNotices();
      runCommand(app, `${ID}:export-calendar`);
      await flush();
      expect(notices).toHaveLength(1);
      expect(notices[0].message).toMatch(/^Could not export the calendar\. /);
    }
    expect(app.vault.writes__.length).toBe(before);
    expect(await readFile(app, "Interviews/Acme.md")).toBe(FILES["Interviews/Acme.md"]);
  });

  it("an empty path means the default file", async () => {
    const { app, plugin } = await start({ now: at("2026-11-25") });
    plugin.settings.calendarPath = "  ";
    runCommand(app, `${ID}:export-calendar`);
    await flush();
    expect(await readFile(app, "Interview follow-ups.ics")).not.toBeNull();
  });
});

describe("calendar auto-update", () => {
  const acmeEmailed = note({ type: "interview", company: "Acme", role: "Analyst", interview_date: "2026-11-18", thank_you_sent: true, follow_ups: ["2026-11-25"] });

  it("is off by default: index changes write nothing", async () => {
    const { app } = await start({ now: at("2026-11-25") });
    await app.vault.modify(app.vault.getFileByPath("Interviews/Acme.md")!, acmeEmailed);
    await vi.advanceTimersByTimeAsync(CALENDAR_DEBOUNCE_MS * 3);
    expect(app.vault.getAbstractFileByPath("Interview follow-ups.ics")).toBeNull();
  });

  it("when on, rewrites the file once after the index has been quiet for the debounce time", async () => {
    const { app, plugin } = await start({ now: at("2026-11-25"), data: { calendarAutoUpdate: true } });
    // At start-up the file is brought up to date once.
    await vi.advanceTimersByTimeAsync(CALENDAR_DEBOUNCE_MS);
    expect(parseEvents((await readFile(app, "Interview follow-ups.ics"))!)).toHaveLength(2);
    const writes = (): number => app.vault.writes__.filter((w) => w.path === "Interview follow-ups.ics").length;
    expect(writes()).toBe(1);

    const acme = app.vault.getFileByPath("Interviews/Acme.md")!;
    await app.vault.modify(acme, acmeEmailed);
    await vi.advanceTimersByTimeAsync(CALENDAR_DEBOUNCE_MS / 2);
    await app.vault.modify(app.vault.getFileByPath("Interviews/Globex.md")!, note({ type: "interview", company: "Globex", role: "Designer", interview_date: "2026-11-18", thank_you_sent: true, outcome: "offer" }));
    await vi.advanceTimersByTimeAsync(CALENDAR_DEBOUNCE_MS - 100);
    expect(writes()).toBe(1); // still waiting: the second change restarted the wait
    await vi.advanceTimersByTimeAsync(200);
    expect(writes()).toBe(2);
    // Acme now waits for its R6c window (12-02 … 12-09), Globex is closed.
    expect(parseEvents((await readFile(app, "Interview follow-ups.ics"))!)).toEqual([
      { summary: "Email follow-up 2: Acme — Analyst", start: "2026-12-02", end: "2026-12-10" },
    ]);

    // A change that leaves every status alone fires no index event and writes nothing.
    await app.vault.modify(acme, `${acmeEmailed}More notes.\n`);
    await vi.advanceTimersByTimeAsync(CALENDAR_DEBOUNCE_MS * 2);
    expect(writes()).toBe(2);
    expect(plugin.settings.calendarAutoUpdate).toBe(true);
  });

  it("writes only when the text changed", async () => {
    const { app, plugin } = await start({ now: at("2026-11-25"), data: { calendarAutoUpdate: true } });
    await vi.advanceTimersByTimeAsync(CALENDAR_DEBOUNCE_MS);
    const count = (): number => app.vault.writes__.filter((w) => w.path === "Interview follow-ups.ics").length;
    expect(count()).toBe(1);
    // A full recompute with identical results: the event (if any) leads to the same text.
    plugin.index.rebuild();
    app.workspace.trigger("interview-followup:index-updated", { revision: plugin.index.revision, changed: null });
    await vi.advanceTimersByTimeAsync(CALENDAR_DEBOUNCE_MS * 2);
    expect(count()).toBe(1);
  });

  it("switching it on in the settings writes the file within a minute", async () => {
    const { app, plugin } = await start({ now: at("2026-11-25") });
    plugin.settings.calendarAutoUpdate = true;
    await plugin.saveSettings();
    await vi.advanceTimersByTimeAsync(60_000 + CALENDAR_DEBOUNCE_MS);
    expect(await readFile(app, "Interview follow-ups.ics")).toMatch(/^BEGIN:VCALENDAR/);
  });

  it("on a new day the file is written again: overdue events move onto it (calendars hide past events)", async () => {
    // On Thu 12-03 both R4c windows (11-25 … 12-02) have passed.
    const { app } = await start({ now: at("2026-12-03", 23, 30), data: { calendarAutoUpdate: true, lastRunDay: "2026-12-03" } });
    await vi.advanceTimersByTimeAsync(CALENDAR_DEBOUNCE_MS);
    const starts = async (): Promise<string[]> => parseEvents((await readFile(app, "Interview follow-ups.ics"))!).map((e) => `${e.summary} ${e.start}…${e.end}`);
    expect(await starts()).toEqual(["Email follow-up (overdue): Acme — Analyst 2026-12-03…2026-12-04", "Email follow-up (overdue): Globex — Designer 2026-12-03…2026-12-04"]);
    await vi.advanceTimersByTimeAsync(45 * 60_000 + CALENDAR_DEBOUNCE_MS);
    expect(await starts()).toEqual(["Email follow-up (overdue): Acme — Analyst 2026-12-04…2026-12-05", "Email follow-up (overdue): Globex — Designer 2026-12-04…2026-12-05"]);
  });

  it("a pending write is dropped when the plugin unloads", async () => {
    const { app, plugin } = await start({ now: at("2026-11-25"), data: { calendarAutoUpdate: true } });
    plugin.unload();
    await vi.advanceTimersByTimeAsync(CALENDAR_DEBOUNCE_MS * 3);
    expect(app.vault.getAbstractFileByPath("Interview follow-ups.ics")).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------

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
    await expect(ensureNotificationPermission()).resolves.toBe(false);
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
    const [a, b] = await Promise.all([ensureNotificationPermission(), ensureNotificationPermission()]);
    expect([a, b]).toEqual([false, false]);
    expect(FakeNotification.requests).toBe(1);
    expect(notices).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2 * 60 * 60_000);
    expect(FakeNotification.shown).toEqual([]);
    expect(FakeNotification.requests).toBe(1);
  });

  it("switched on in the settings without the settings tab's request: the minute check asks", async () => {
    FakeNotification.permission = "default";
    FakeNotification.answer = "granted";
    const { plugin } = await start({ now: at("2026-11-25", 8, 58), data: { lastRunDay: "2026-11-25" } });
    plugin.settings.notifications = true;
    await vi.advanceTimersByTimeAsync(60_000);
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
    await expect(ensureNotificationPermission()).resolves.toBe(false);
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
