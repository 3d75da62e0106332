/**
 * Reminders outside the sidebar, wired to the plugin's life: the calendar file
 * (`calendar-file.ts`), the "while you were away" notice (`away-notice.ts`) and the daily
 * desktop notification (`notifications.ts`). This file decides when each runs: once the layout
 * is ready and the index has its statuses, on every index update, when the settings change
 * (`SETTINGS_EVENT`), and every minute.
 *
 * The two days remembered (`lastRunDay`, `lastNotifiedDay`) are this device's state, not
 * preferences: they live in the vault's local storage (`host.device`, `saveDeviceState`), never
 * in data.json, so starting Obsidian writes no file, and two synced devices never overwrite each
 * other's settings with their own days. Nothing registered here runs once the plugin has
 * unloaded, even when the layout becomes ready after that.
 */
import { localMoment } from "../../core/dates";
import type { Day } from "../../core/types";
import { INDEX_EVENT, SETTINGS_EVENT, type FollowUpHost } from "../host";
import { markRunDay, showAwayNotice } from "./away-notice";
import { calendarAutoUpdater } from "./calendar-file";
import { notifyIfDue } from "./notifications";

/** How often the day and the notification hour are checked. */
export const TICK_MS = 60_000;

export interface RemindersOptions {
  /** The clock (tests pass their own; vitest's fake timers also work with the default). */
  clock?: () => Date;
}

/** Starts the reminders for as long as the plugin is loaded. */
export function registerReminders(host: FollowUpHost, options: RemindersOptions = {}): void {
  const clock = options.clock ?? (() => new Date());
  const today = (): Day => localMoment(clock()).day;
  const { app } = host;
  const updateCalendar = calendarAutoUpdater(host);

  let layoutReady = false;
  // Read when needed, not now: main.ts may create the index after registering this module.
  let indexReady = false;
  let started = false;
  // `onLayoutReady` callbacks cannot be taken back: they check this instead.
  let unloaded = false;
  host.register(() => {
    unloaded = true;
  });

  function startUp(): void {
    if (unloaded || started || !layoutReady || !indexReady) return;
    started = true;
    const day = today();
    showAwayNotice(host, day);
    const changed = markRunDay(host, day);
    if (host.settings.calendarAutoUpdate) updateCalendar();
    host.notificationPermission.askIfNeverAsked(host);
    checkNotification(changed); // saves the remembered days when `changed`
  }

  /**
   * On `SETTINGS_EVENT` (saved here or synced in): notifications switched on ask for permission
   * if it was never asked (the settings tab's own request, already under way, is the same
   * question: `NotificationPermission` asks one at a time), and the calendar file switched on
   * or moved is written at once. Before start-up only the values are noted: `startUp` does both.
   */
  let seen = { notifications: host.settings.notifications, calendar: host.settings.calendarAutoUpdate, path: host.settings.calendarPath };
  function watchSettings(): void {
    const s = host.settings;
    if (started) {
      if (!seen.notifications) host.notificationPermission.askIfNeverAsked(host);
      if (s.calendarAutoUpdate && (!seen.calendar || s.calendarPath !== seen.path)) updateCalendar();
    }
    seen = { notifications: s.notifications, calendar: s.calendarAutoUpdate, path: s.calendarPath };
  }

  /**
   * Shows today's notification when it is time and the index is built (see `notifyIfDue`).
   * Saves the remembered days when the notification day was spent,
   * or when `dirty` says they changed.
   */
  function checkNotification(dirty = false): void {
    const before = host.device.lastNotifiedDay;
    try {
      if (indexReady) notifyIfDue(host, localMoment(clock()));
    } catch (error) {
      console.error("Interview follow-up: the daily notification failed", error);
    } finally {
      if (dirty || host.device.lastNotifiedDay !== before) host.saveDeviceState();
    }
  }

  /**
   * Every minute: a new day is recorded as a run day, and the notification hour is checked.
   * The index is brought up to the clock first: after the computer slept through midnight its
   * own timer has not fired yet, and the notification would spend today on yesterday's list.
   */
  function tick(): void {
    if (!started) return;
    host.index.checkClock();
    checkNotification(markRunDay(host, today()));
  }

  host.registerEvent(
    app.workspace.on(INDEX_EVENT, () => {
      indexReady = true;
      if (host.settings.calendarAutoUpdate) updateCalendar();
      startUp();
    }),
  );
  host.registerEvent(app.workspace.on(SETTINGS_EVENT, watchSettings));
  app.workspace.onLayoutReady(() => {
    if (unloaded) return;
    layoutReady = true;
    if (host.index.ready) indexReady = true;
    startUp();
  });
  host.registerInterval(window.setInterval(tick, TICK_MS));
}
