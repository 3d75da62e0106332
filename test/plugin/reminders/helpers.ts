/**
 * The reminders' test harness: the stand-in app with the real index, the reminders and the
 * commands; vitest's fake clock (the index and the reminders both read it); a stand-in for the
 * system `Notification` class; and the helpers the reminders tests share.
 */
import ICAL from "ical.js";
import { afterEach, beforeEach, vi } from "vitest";
import { migrateSettings } from "../../../src/core/settings";
import { registerCommands } from "../../../src/plugin/commands";
import { registerReminders } from "../../../src/plugin/reminders";
import { clearNotices, createApp, DEFAULT_MANIFEST, loadPlugin, realTimeout__, resetPlatform, TFile, type App } from "../../support/obsidian";
import { DEVICE_KEY, note, ViewsTestHost } from "../test-host";

export const ID = DEFAULT_MANIFEST.id;

export class RemindersTestHost extends ViewsTestHost {
  /** Register the reminders before the index exists (its layout-ready callback then runs first). */
  remindersFirst = false;

  override onload(): void {
    // What loadData() would give, read at once (the stand-in keeps a copy per plugin id).
    const data = structuredClone(this.app.pluginData__.get(ID));
    this.settings = migrateSettings(data);
    this.loadDevice(data);
    if (this.remindersFirst) registerReminders(this.host);
    this.addIndex(() => new Date());
    if (!this.remindersFirst) registerReminders(this.host);
    registerCommands(this.host);
  }
}

/**
 * Interviews on Wed 2026-11-18: Acme (thank-you sent) and Globex; Initech is rejected.
 * On Wed 11-25 both follow-ups are due (R4c window 11-25 … 12-02).
 */
export const FILES = {
  "Interviews/Acme.md": note({ type: "interview", company: "Acme", role: "Analyst", interview_date: "2026-11-18", thank_you_sent: true, interviewer_email: "dana@acme.example" }),
  "Interviews/Globex.md": note({ type: "interview", company: "Globex", role: "Designer", interview_date: "2026-11-18", thank_you_sent: true }),
  "Interviews/Initech.md": note({ type: "interview", company: "Initech", interview_date: "2026-11-02", outcome: "rejected" }),
};

/** Local wall-clock time in the runtime's zone. */
export function at(day: string, hour = 8, minute = 0): Date {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(y, m - 1, d, hour, minute);
}

/** Lets zero-delay timers, promises and the metadata cache's (real-time) parse delay run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await vi.advanceTimersByTimeAsync(0);
    await realTimeout__();
  }
}

export interface Started {
  app: App;
  plugin: RemindersTestHost;
}

export async function start(options: { files?: Record<string, string>; data?: Record<string, unknown>; now: Date }): Promise<Started> {
  vi.setSystemTime(options.now);
  const app = createApp({ files: options.files ?? FILES, pluginData: options.data ? { [ID]: options.data } : {} });
  const plugin = await loadPlugin(new RemindersTestHost(app as never, DEFAULT_MANIFEST));
  app.workspace.setLayoutReady__();
  await plugin.index.whenReady();
  await flush();
  return { app, plugin };
}

export function saved(app: App): Record<string, unknown> {
  return (app.pluginData__.get(ID) ?? {}) as Record<string, unknown>;
}

/** This device's state, as stored in the vault's local storage. */
export function device(app: App): Record<string, unknown> {
  return (app.localStorage__entries[DEVICE_KEY] ?? {}) as Record<string, unknown>;
}

export function parseEvents(text: string): { summary: string; start: string; end: string }[] {
  const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return cal.getAllSubcomponents("vevent").map((ev) => ({
    summary: String(ev.getFirstPropertyValue("summary")),
    start: String(ev.getFirstPropertyValue("dtstart")),
    end: String(ev.getFirstPropertyValue("dtend")),
  }));
}

export async function readFile(app: App, path: string): Promise<string | null> {
  const file = app.vault.getAbstractFileByPath(path);
  return file instanceof TFile ? app.vault.read(file) : null;
}

/** A stand-in for the system `Notification` class. */
export class FakeNotification {
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

/** Fake timers and the fake `Notification` before each test; everything restored after. */
export function useReminderTestClock(): void {
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
}
