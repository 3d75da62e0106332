/**
 * Settings shared by the plugin and the CLI. One documented interface, one set of defaults,
 * one pure migration. The plugin saves these in `.obsidian/plugins/interview-followup/data.json`;
 * the CLI reads the same file when it exists.
 *
 * What belongs to one device and not to the user's preferences (`DeviceState`: the last day the
 * plugin ran, the last day it notified) is kept apart, out of data.json, so two devices syncing
 * the vault never overwrite each other's settings with their own days.
 */
import { isRecord } from "./values";

/** The frontmatter keys the engine reads, by their canonical (spec) names. */
export const NOTE_KEYS = [
  "company",
  "role",
  "interviewer",
  "greeting",
  "interviewer_email",
  "interviewer_phone",
  "highlight",
  "interview_date",
  "stage",
  "decision_date",
  "decision_timeline",
  "check_back",
  "preferred_channel",
  "call_ok",
  "thank_you_sent",
  "follow_ups",
  "last_reply",
  "snoozed_until",
  "outcome",
] as const;

export type NoteKey = (typeof NOTE_KEYS)[number];

/** Maps each canonical key to the key the user actually writes (e.g. `interview_date` → `date`). */
export type KeyMap = Record<NoteKey, string>;

export interface DetectionSettings {
  /** A note whose `type` equals this (case-insensitive) is an interview note. Empty: off. */
  type: string;
  /** A note tagged with this tag (or a nested tag under it) is an interview note. Empty: off. */
  tag: string;
  /** A note inside this folder (subfolders included) is an interview note. Empty: off. */
  folder: string;
}

/** How a written message greets the interviewer when the note has no `greeting` (spec §5). */
export type GreetingForm = "first-name" | "full-name";

export const GREETING_FORMS: readonly GreetingForm[] = ["first-name", "full-name"];

export interface FollowUpSettings {
  /** Bumped when the stored shape changes; `migrateSettings` upgrades older data. */
  settingsVersion: number;
  /** Used to sign and fill the messages. */
  yourName: string;
  yourEmail: string;
  yourPhone: string;
  /** Text placed under the sign-off of every message (several lines allowed). */
  signature: string;
  /** Written messages greet by first name ("Dear Dana,") or full name ("Dear Dana Reyes,"); spoken scripts always use the short form. */
  greetingForm: GreetingForm;
  /** Days that are not business days, as `YYYY-MM-DD`. */
  holidays: string[];
  /** R9: after this many unanswered attempts, stop and suggest moving on. */
  maxAttempts: number;
  detection: DetectionSettings;
  /** The frontmatter key names; lets a user who writes `date:` map it to `interview_date`. */
  keys: KeyMap;
  /** Where "New interview note" creates notes. */
  interviewFolder: string;
  /** A vault folder with the user's own templates (a note named after a template id overrides it). */
  templatesFolder: string;
  /** Vault path of the calendar file written by "Export calendar". */
  calendarPath: string;
  /** Keep the calendar file updated when the index changes. */
  calendarAutoUpdate: boolean;
  /** When Obsidian opens, sum up what fell due since the last day the plugin ran. */
  awayDigest: boolean;
  /** Desktop only: a daily system notification listing what is due. */
  notifications: boolean;
  /** Hour of the day (0–23) for the daily notification. */
  notificationHour: number;
}

/**
 * Version 2 moved `lastRunDay` and `lastNotifiedDay` out of the settings into `DeviceState`.
 */
export const SETTINGS_VERSION = 2;

/** State of one device, not a preference; never in data.json (see `migrateDeviceState`). */
export interface DeviceState {
  /** The last day the plugin ran here (for "while you were away"). */
  lastRunDay: string | null;
  /** The last day a desktop notification was shown here. */
  lastNotifiedDay: string | null;
}

export function defaultDeviceState(): DeviceState {
  return { lastRunDay: null, lastNotifiedDay: null };
}

export function defaultKeyMap(): KeyMap {
  const map = {} as KeyMap;
  for (const key of NOTE_KEYS) map[key] = key;
  return map;
}

export const DEFAULT_SETTINGS: Readonly<FollowUpSettings> = Object.freeze({
  settingsVersion: SETTINGS_VERSION,
  yourName: "",
  yourEmail: "",
  yourPhone: "",
  signature: "",
  greetingForm: "first-name",
  holidays: [],
  maxAttempts: 3,
  detection: { type: "interview", tag: "interview", folder: "Interviews" },
  keys: defaultKeyMap(),
  interviewFolder: "Interviews",
  templatesFolder: "",
  calendarPath: "Interview follow-ups.ics",
  calendarAutoUpdate: false,
  awayDigest: true,
  notifications: false,
  notificationHour: 9,
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): FollowUpSettings {
  return {
    ...DEFAULT_SETTINGS,
    holidays: [],
    detection: { ...DEFAULT_SETTINGS.detection },
    keys: defaultKeyMap(),
  };
}

function str(value: unknown, fallback: string): string {
  return typeof value === "string" ? value : fallback;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === "boolean" ? value : fallback;
}

/** A stored `YYYY-MM-DD`, or null. */
function dayOrNull(value: unknown): string | null {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

function int(value: unknown, fallback: number, min: number, max: number): number {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isInteger(n) || n < min || n > max) return fallback;
  return n;
}

/**
 * Upgrades whatever `loadData()` returned (null, an older version, hand-edited JSON) into a
 * complete, valid settings object. Pure: never throws, never mutates its input.
 * Unknown fields are dropped; a field of the wrong type falls back to its default.
 */
export function migrateSettings(raw: unknown): FollowUpSettings {
  const out = defaultSettings();
  if (!isRecord(raw)) return out;

  // Version 0 (unversioned drafts) stored holidays as one comma-separated string.
  let holidays: unknown = raw.holidays;
  if (typeof holidays === "string") holidays = holidays.split(/[\s,]+/);
  if (Array.isArray(holidays)) {
    out.holidays = holidays.filter((h): h is string => typeof h === "string" && h.trim() !== "").map((h) => h.trim());
  }

  out.yourName = str(raw.yourName, out.yourName);
  out.yourEmail = str(raw.yourEmail, out.yourEmail);
  out.yourPhone = str(raw.yourPhone, out.yourPhone);
  out.signature = str(raw.signature, out.signature);
  // Added after version 1 without a bump: an absent or unknown value is the default.
  if (typeof raw.greetingForm === "string" && (GREETING_FORMS as readonly string[]).includes(raw.greetingForm)) {
    out.greetingForm = raw.greetingForm as GreetingForm;
  }
  out.maxAttempts = int(raw.maxAttempts, out.maxAttempts, 1, 20);
  out.interviewFolder = str(raw.interviewFolder, out.interviewFolder);
  out.templatesFolder = str(raw.templatesFolder, out.templatesFolder);
  out.calendarPath = str(raw.calendarPath, out.calendarPath);
  out.calendarAutoUpdate = bool(raw.calendarAutoUpdate, out.calendarAutoUpdate);
  out.awayDigest = bool(raw.awayDigest, out.awayDigest);
  out.notifications = bool(raw.notifications, out.notifications);
  out.notificationHour = int(raw.notificationHour, out.notificationHour, 0, 23);

  if (isRecord(raw.detection)) {
    out.detection = {
      type: str(raw.detection.type, out.detection.type),
      tag: str(raw.detection.tag, out.detection.tag),
      folder: str(raw.detection.folder, out.detection.folder),
    };
  }
  if (isRecord(raw.keys)) {
    for (const key of NOTE_KEYS) {
      const v = raw.keys[key];
      if (typeof v === "string" && v.trim() !== "") out.keys[key] = v.trim();
    }
  }
  out.settingsVersion = SETTINGS_VERSION;
  return out;
}

/**
 * The device state to use: what this device stored (`stored`, from its local storage), else —
 * the first time, after an upgrade from settings version 1 — the two days version 1 kept in
 * data.json (`legacyData`, what `loadData()` returned). Pure: never throws; a value that is not
 * a `YYYY-MM-DD` day reads as null.
 */
export function migrateDeviceState(stored: unknown, legacyData: unknown): DeviceState {
  const from = isRecord(stored) ? stored : isRecord(legacyData) ? legacyData : {};
  return { lastRunDay: dayOrNull(from.lastRunDay), lastNotifiedDay: dayOrNull(from.lastNotifiedDay) };
}
