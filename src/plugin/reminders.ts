/**
 * Reminders outside the sidebar:
 * - the `export-calendar` command writes the open follow-ups to an .ics file in the vault, and
 *   `calendarAutoUpdate` keeps that file current as the index changes (debounced, written only
 *   when the text changed);
 * - "while you were away": when Obsidian opens, one notice sums up what came due since the
 *   last day the plugin ran;
 * - desktop notifications: once a day, from `notificationHour` on, a system notification lists
 *   what is due. Desktop only; on mobile nothing is registered and nothing is touched.
 *
 * The two days remembered (`lastRunDay`, `lastNotifiedDay`) are this device's state, not
 * preferences: they live in the vault's local storage (`host.device`, `saveDeviceState`), never
 * in data.json, so starting Obsidian writes no file, and two synced devices never overwrite each
 * other's settings with their own days. The calendar file is rewritten with `Vault.process`, and
 * only when its text changes. Nothing registered here runs once the plugin has unloaded, even
 * when the layout becomes ready after that.
 */
import { debounce, normalizePath, Notice, Platform, TFile, TFolder } from "obsidian";
import { isActionable } from "../core/agenda";
import { awayDigest, type AwayDigest } from "../core/away";
import { renderCalendar } from "../core/calendar";
import { localMoment } from "../core/dates";
import { DEFAULT_SETTINGS } from "../core/settings";
import type { DayFormat } from "../core/day-format";
import type { Day, FollowUpStatus } from "../core/types";
import { dueCountText, notificationLine } from "../core/wording";
import { INDEX_EVENT, type FollowUpHost, type IndexUpdate } from "./host";

/** How long the index must be quiet before the calendar file is rewritten. */
export const CALENDAR_DEBOUNCE_MS = 2_000;
/** How often the day and the notification hour are checked. */
export const TICK_MS = 60_000;
/** How many items a notification body lists before "and N more". */
const NOTIFICATION_LIST_LIMIT = 5;

export interface RemindersOptions {
  /** The clock (tests pass their own; vitest's fake timers also work with the default). */
  clock?: () => Date;
}

export interface CalendarWriteResult {
  path: string;
  events: number;
  /** False when the file already held exactly this text. */
  written: boolean;
}

/** What `registerReminders` hands back: the same actions the commands and timers run. */
export interface Reminders {
  exportCalendar(): Promise<CalendarWriteResult | null>;
  writeCalendar(): Promise<CalendarWriteResult>;
  checkNotification(): boolean;
}

/** Refuses what is not a vault path to an .ics file; returns the normalized path. Empty means the default. */
export function calendarFilePath(raw: string): string {
  const trimmed = raw.trim();
  const path = normalizePath(trimmed === "" ? DEFAULT_SETTINGS.calendarPath : trimmed);
  if (!/\.ics$/i.test(path) || /(^|\/)\.ics$/i.test(path)) {
    throw new Error(`The calendar file must end in .ics: "${path}" does not.`);
  }
  if (path.split("/").some((part) => part === "..")) throw new Error(`The calendar file must be inside the vault: "${path}" is not.`);
  return path;
}

type NotificationClass = typeof Notification;

/** The system Notification API, when this runtime has one. */
function notificationApi(): NotificationClass | null {
  return typeof Notification === "function" ? Notification : null;
}

export function notificationText(due: readonly FollowUpStatus[], today: Day, days: DayFormat): { title: string; body: string } {
  const lines = due.slice(0, NOTIFICATION_LIST_LIMIT).map((s) => notificationLine(s, today, days));
  if (due.length > lines.length) lines.push(`and ${due.length - lines.length} more`);
  return { title: `Interview follow-ups: ${dueCountText(due)}`, body: lines.join("\n") };
}

/**
 * Asks for permission to show system notifications when it was never given or refused; a notice
 * explains when it is refused or unavailable. Desktop only: on mobile it does nothing. The
 * settings tab calls this when "Desktop notifications" is switched on.
 */
export function ensureNotificationPermission(): Promise<boolean> {
  // One question at a time: a second call while the system prompt is open waits for the same answer.
  permissionRequest ??= askNotificationPermission().finally(() => {
    permissionRequest = null;
  });
  return permissionRequest;
}

let permissionRequest: Promise<boolean> | null = null;

async function askNotificationPermission(): Promise<boolean> {
  if (!Platform.isDesktopApp) return false;
  const api = notificationApi();
  if (!api) {
    new Notice("System notifications are not available here, so the daily reminder cannot be shown.");
    return false;
  }
  let permission = api.permission;
  if (permission === "default") {
    try {
      permission = await api.requestPermission();
    } catch {
      permission = "denied";
    }
  }
  if (permission !== "granted") {
    new Notice("Notifications are blocked for Obsidian. Allow them in your system settings to get the daily follow-up reminder.");
    return false;
  }
  return true;
}

export function registerReminders(host: FollowUpHost, options: RemindersOptions = {}): Reminders {
  const clock = options.clock ?? (() => new Date());
  const today = (): Day => localMoment(clock()).day;
  const { app } = host;

  // ── Calendar ──────────────────────────────────────────────────────────────────────────

  async function writeCalendar(): Promise<CalendarWriteResult> {
    const path = calendarFilePath(host.settings.calendarPath);
    const { text, events } = renderCalendar(host.index.statuses(), host.index.today(), host.index.dayFormat);
    const existing = app.vault.getAbstractFileByPath(path);
    if (existing instanceof TFolder) throw new Error(`"${path}" is a folder; choose a file name ending in .ics.`);
    if (existing instanceof TFile) {
      if ((await app.vault.read(existing)) === text) return { path, events: events.length, written: false };
      // Read, compare and write as one step, so nothing written in between is lost unseen.
      let written = false;
      await app.vault.process(existing, (current) => {
        written = current !== text;
        return text;
      });
      return { path, events: events.length, written };
    }
    const slash = path.lastIndexOf("/");
    if (slash > 0) {
      const parent = path.slice(0, slash);
      if (!app.vault.getAbstractFileByPath(parent)) await app.vault.createFolder(parent);
    }
    await app.vault.create(path, text);
    return { path, events: events.length, written: true };
  }

  async function exportCalendar(): Promise<CalendarWriteResult | null> {
    try {
      const result = await writeCalendar();
      const n = result.events === 1 ? "1 event" : `${result.events} events`;
      new Notice(`Calendar exported: ${n} in ${result.path}.`);
      return result;
    } catch (error) {
      new Notice(`Could not export the calendar. ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }

  host.addCommand({
    id: "export-calendar",
    name: "Export follow-ups to calendar",
    callback: () => {
      void exportCalendar();
    },
  });

  // One notice per distinct failure, so a bad path does not raise a notice on every edit.
  let lastAutoError: string | null = null;
  const autoUpdate = debounce(
    () => {
      if (!host.settings.calendarAutoUpdate) return;
      writeCalendar().then(
        () => {
          lastAutoError = null;
        },
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          if (message !== lastAutoError) new Notice(`Could not update the calendar file. ${message}`);
          lastAutoError = message;
        },
      );
    },
    CALENDAR_DEBOUNCE_MS,
    true,
  );
  host.register(() => autoUpdate.cancel());

  // ── Remembered days ───────────────────────────────────────────────────────────────────

  function persist(): void {
    host.saveDeviceState();
  }

  /** Records that the plugin ran today; true when the day changed. */
  function markRunDay(day: Day): boolean {
    if (host.device.lastRunDay === day) return false;
    host.device.lastRunDay = day;
    return true;
  }

  // ── While you were away ───────────────────────────────────────────────────────────────

  let layoutReady = false;
  // Read when needed, not now: main.ts may create the index after registering this module.
  let indexReady = false;
  let started = false;
  // `onLayoutReady` callbacks cannot be taken back: they check this instead.
  let unloaded = false;
  host.register(() => {
    unloaded = true;
  });

  function showDigest(digest: AwayDigest): void {
    let notice: Notice | null = null;
    const message = createFragment((frag) => {
      frag.createSpan({ text: digest.message });
      const button = frag.createEl("button", { text: "Show follow-ups", cls: "ifu-notice-button" });
      host.registerDomEvent(button, "click", (evt) => {
        evt.stopPropagation();
        notice?.hide();
        void host.activateSidebar();
      });
    });
    notice = new Notice(message, 20_000);
  }

  function startUp(): void {
    if (unloaded || started || !layoutReady || !indexReady) return;
    started = true;
    const day = today();
    if (host.settings.awayDigest) {
      const digest = awayDigest(host.index.statuses(), host.device.lastRunDay, day);
      if (digest) showDigest(digest);
    }
    const changed = markRunDay(day);
    if (host.settings.calendarAutoUpdate) autoUpdate();
    if (host.settings.notifications && Platform.isDesktopApp && notificationApi()?.permission === "default") {
      void ensureNotificationPermission();
    }
    checkNotification(changed); // saves the remembered days when `changed`
  }

  // ── Desktop notifications ─────────────────────────────────────────────────────────────

  /**
   * Reacts to settings switched on since the last look (the settings tab saves them without an
   * index event when nothing the index reads changed): permission is asked for notifications
   * (unless the settings tab did it already), and the calendar file is written at once.
   */
  let seen = { notifications: host.settings.notifications, calendar: host.settings.calendarAutoUpdate, path: host.settings.calendarPath };
  function watchSettings(): void {
    const s = host.settings;
    if (s.notifications && !seen.notifications && Platform.isDesktopApp && notificationApi()?.permission === "default") {
      void ensureNotificationPermission();
    }
    if (s.calendarAutoUpdate && (!seen.calendar || s.calendarPath !== seen.path)) autoUpdate();
    seen = { notifications: s.notifications, calendar: s.calendarAutoUpdate, path: s.calendarPath };
  }

  /**
   * Shows today's notification when it is time: desktop only, the setting on, the index built,
   * at or after `notificationHour`, not yet shown today, permission granted, something due.
   * Returns whether one was shown. `dirty` asks to save the remembered days even without one.
   */
  function checkNotification(dirty = false): boolean {
    let shown = false;
    let save = dirty;
    try {
      if (!Platform.isDesktopApp || !host.settings.notifications || !indexReady) return false;
      const now = localMoment(clock());
      if (now.minutes < host.settings.notificationHour * 60) return false;
      if (host.device.lastNotifiedDay === now.day) return false;
      const api = notificationApi();
      if (!api || api.permission !== "granted") return false;
      // The day is spent whether or not anything is due: one look a day, at the hour.
      host.device.lastNotifiedDay = now.day;
      save = true;
      const due = host.index.statuses().filter(isActionable);
      if (due.length === 0) return false;
      const { title, body } = notificationText(due, now.day, host.index.dayFormat);
      const notification = new api(title, { body, tag: "interview-followup-daily" });
      notification.onclick = () => {
        window.focus();
        void host.activateSidebar();
      };
      shown = true;
      return true;
    } catch (error) {
      console.error("Interview follow-up: the daily notification failed", error);
      return shown;
    } finally {
      if (save) persist();
    }
  }

  /** Every minute: a new day is recorded as a run day, and the notification hour is checked. */
  function tick(): void {
    if (!started) return;
    const changed = markRunDay(today());
    watchSettings();
    checkNotification(changed);
  }

  // ── Wiring ────────────────────────────────────────────────────────────────────────────

  host.registerEvent(
    app.workspace.on(INDEX_EVENT, (...data: unknown[]) => {
      const update = data[0] as IndexUpdate | undefined;
      indexReady = true;
      // A full recompute follows a settings change.
      if (update?.changed === null) watchSettings();
      if (host.settings.calendarAutoUpdate) autoUpdate();
      startUp();
    }),
  );
  app.workspace.onLayoutReady(() => {
    if (unloaded) return;
    layoutReady = true;
    if (host.index.ready) indexReady = true;
    startUp();
  });
  host.registerInterval(window.setInterval(tick, TICK_MS));

  return { exportCalendar, writeCalendar, checkNotification: () => checkNotification() };
}
