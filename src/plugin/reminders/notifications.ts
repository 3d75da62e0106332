/**
 * Desktop notifications: once a day, from `notificationHour` on, a system notification lists
 * what is due. Desktop only; on mobile nothing is asked and nothing is shown.
 */
import { Notice, Platform } from "obsidian";
import { isActionable } from "../../core/agenda";
import type { DayFormat } from "../../core/day-format";
import type { Day, FollowUpStatus, LocalMoment } from "../../core/types";
import { dueCountText, notificationLine } from "../../core/wording";
import type { FollowUpHost } from "../host";

/** How many items a notification body lists before "and N more". */
const NOTIFICATION_LIST_LIMIT = 5;

type NotificationClass = typeof Notification;

/** The system Notification API, when this runtime has one. */
export function notificationApi(): NotificationClass | null {
  return typeof Notification === "function" ? Notification : null;
}

export function notificationText(due: readonly FollowUpStatus[], today: Day, days: DayFormat): { title: string; body: string } {
  const lines = due.slice(0, NOTIFICATION_LIST_LIMIT).map((s) => notificationLine(s, today, days));
  if (due.length > lines.length) lines.push(`and ${due.length - lines.length} more`);
  return { title: `Interview follow-ups: ${dueCountText(due)}`, body: lines.join("\n") };
}

/**
 * Asks for permission to show system notifications when it was never given or refused; a notice
 * explains when it is refused or unavailable. Desktop only: on mobile it does nothing. One per
 * plugin (`host.notificationPermission`): the settings tab asks when "Desktop notifications" is
 * switched on, the reminders when they start with it on.
 */
export class NotificationPermission {
  private asking: Promise<boolean> | null = null;

  /** True when notifications may be shown. One question at a time: a second call while the system prompt is open waits for the same answer. */
  ensure(): Promise<boolean> {
    this.asking ??= askNotificationPermission().finally(() => {
      this.asking = null;
    });
    return this.asking;
  }

  /** Asks now when the setting is on and the system has never been asked (desktop only). */
  askIfNeverAsked(host: Pick<FollowUpHost, "settings">): void {
    if (host.settings.notifications && Platform.isDesktopApp && notificationApi()?.permission === "default") void this.ensure();
  }
}

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

/**
 * Shows today's notification when it is time: desktop only, the setting on, at or after
 * `notificationHour`, not yet shown today, permission granted, something due. The day is
 * spent (`device.lastNotifiedDay`) whether or not anything is due: one look a day, at the hour;
 * the caller saves the device state. Returns whether a notification was shown.
 */
export function notifyIfDue(host: FollowUpHost, now: LocalMoment): boolean {
  if (!Platform.isDesktopApp || !host.settings.notifications) return false;
  if (now.minutes < host.settings.notificationHour * 60) return false;
  if (host.device.lastNotifiedDay === now.day) return false;
  const api = notificationApi();
  if (!api || api.permission !== "granted") return false;
  host.device.lastNotifiedDay = now.day;
  const due = host.index.statuses().filter(isActionable);
  if (due.length === 0) return false;
  const { title, body } = notificationText(due, now.day, host.index.dayFormat);
  const notification = new api(title, { body, tag: "interview-followup-daily" });
  notification.onclick = () => {
    window.focus();
    void host.activateSidebar();
  };
  return true;
}
