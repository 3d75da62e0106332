/**
 * The calendar file: the open follow-ups as an .ics file in the vault, written on request
 * ("Export follow-ups to calendar") and, with `calendarAutoUpdate`, kept current as the index
 * changes (debounced, written only when its text changed, with `Vault.process`).
 */
import { debounce, normalizePath, Notice, TFile, TFolder } from "obsidian";
import { renderCalendar } from "../../core/calendar";
import { DEFAULT_SETTINGS } from "../../core/settings";
import { parseCalendarPath } from "../../core/settings-validation";
import type { FollowUpHost } from "../host";
import { ensureFolder, parentFolder } from "../vault-files";

/** How long the index must be quiet before the calendar file is rewritten. */
export const CALENDAR_DEBOUNCE_MS = 2_000;

export interface CalendarWriteResult {
  path: string;
  events: number;
  /** False when the file already held exactly this text. */
  written: boolean;
}

/**
 * The settings' calendar path, checked by the settings tab's own rules (`parseCalendarPath`:
 * the path may come from a synced data.json the tab never saw); throws what is wrong. Empty
 * means the default.
 */
export function calendarFilePath(raw: string): string {
  const r = parseCalendarPath(raw, DEFAULT_SETTINGS.calendarPath);
  if (!r.ok) throw new Error(r.error);
  return normalizePath(r.value);
}

/** Writes the calendar file from the index, only when its text changed; throws what went wrong. */
export async function writeCalendar(host: FollowUpHost): Promise<CalendarWriteResult> {
  const { vault } = host.app;
  const path = calendarFilePath(host.settings.calendarPath);
  const { text, events } = renderCalendar(host.index.statuses(), host.index.today(), host.index.dayFormat);
  const existing = vault.getAbstractFileByPath(path);
  if (existing instanceof TFolder) throw new Error(`"${path}" is a folder; choose a file name ending in .ics.`);
  if (existing instanceof TFile) {
    if ((await vault.read(existing)) === text) return { path, events: events.length, written: false };
    // Read, compare and write as one step, so nothing written in between is lost unseen.
    let written = false;
    await vault.process(existing, (current) => {
      written = current !== text;
      return text;
    });
    return { path, events: events.length, written };
  }
  await ensureFolder(host.app, parentFolder(path));
  await vault.create(path, text);
  return { path, events: events.length, written: true };
}

/** "Export follow-ups to calendar": writes the file and says what it did, or why it could not. */
export async function exportCalendar(host: FollowUpHost): Promise<CalendarWriteResult | null> {
  try {
    const result = await writeCalendar(host);
    const n = result.events === 1 ? "1 event" : `${result.events} events`;
    new Notice(`Calendar exported: ${n} in ${result.path}.`);
    return result;
  } catch (error) {
    new Notice(`Could not export the calendar. ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/**
 * Keeps the calendar file current while `calendarAutoUpdate` is on: each call asks for a write
 * `CALENDAR_DEBOUNCE_MS` after the index is quiet. One notice per distinct failure, so a bad path
 * does not raise a notice on every edit. Cancelled when the plugin unloads.
 */
export function calendarAutoUpdater(host: FollowUpHost): () => void {
  let lastError: string | null = null;
  const update = debounce(
    () => {
      if (!host.settings.calendarAutoUpdate) return;
      writeCalendar(host).then(
        () => {
          lastError = null;
        },
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          if (message !== lastError) new Notice(`Could not update the calendar file. ${message}`);
          lastError = message;
        },
      );
    },
    CALENDAR_DEBOUNCE_MS,
    true,
  );
  host.register(() => update.cancel());
  return () => {
    update();
  };
}
