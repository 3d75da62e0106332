/**
 * The locale days are written in inside Obsidian: the language of Obsidian's language setting
 * (`moment.locale()`, which Obsidian sets to it) with the region of the system
 * (`navigator.language`), so the words follow the app and the order of day and month follows
 * the system (core/day-format.ts `appLocale`). Read once, when the plugin loads: Obsidian
 * restarts to change its language.
 */
import { moment } from "obsidian";
import { appLocale, makeDayFormat, type DayFormat } from "../core/day-format";

/** Obsidian's language ("en", "de", "zh-tw"), or null where it cannot be read. */
export function obsidianLanguage(): string | null {
  try {
    const language: unknown = moment.locale();
    return typeof language === "string" ? language : null;
  } catch {
    return null;
  }
}

/** The system's locale as the app's web view reports it ("en-GB"), or null without a navigator. */
export function systemLocale(): string | null {
  if (typeof navigator === "undefined") return null;
  const language: unknown = navigator.language;
  return typeof language === "string" ? language : null;
}

/** How the plugin writes days: Obsidian's language, the system's region. */
export function appDayFormat(): DayFormat {
  return makeDayFormat(appLocale(obsidianLanguage(), systemLocale()));
}
