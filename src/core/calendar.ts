/**
 * The calendar export: every open action (a thank-you to write, a follow-up to make) becomes one
 * all-day event over its window (an overdue one on the export day), written as iCalendar text by
 * `ical-generator` (escaping, line folding at 75 octets and CRLF endings are the library's job).
 * Pure: the day of the export is an argument.
 */
import ical, { ICalEventTransparency } from "ical-generator";
import { groupOf, sortStatuses } from "./agenda";
import { addDays } from "./dates";
import type { DayFormat } from "./day-format";
import { isWaitingToMoveOn } from "./move-on";
import type { Day, FollowUpStatus } from "./types";
import { eventDescription, eventSummary } from "./wording";

export const CALENDAR_NAME = "Interview follow-ups";
export const CALENDAR_PRODID = { company: "Interview Follow-up", product: "Obsidian plugin and CLI", language: "EN" };
/** Every UID ends with this, so a calendar app can tell our events from others. */
export const UID_DOMAIN = "interview-followup";

export type CalendarEventKind = "thank-you" | "follow-up";

/** One all-day event, before it is written as iCalendar text. */
export interface CalendarEvent {
  uid: string;
  kind: CalendarEventKind;
  path: string;
  /** First day of the event: the window's `opens`, or the export day for an overdue one. */
  start: Day;
  /** The day after the last day (`dueBy + 1`, or the export day + 1): DTEND of an all-day event is exclusive. */
  end: Day;
  summary: string;
  description: string;
}

export interface RenderedCalendar {
  text: string;
  events: CalendarEvent[];
}

/** 64-bit FNV-1a over the UTF-8 bytes, as 16 hex digits: small, stable and runtime-independent. */
export function stableHash(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, "0");
}

/**
 * The event's UID: the same note, action and attempt always give the same UID, so re-importing
 * the file updates an event instead of adding a second one. The window's days and the channel
 * are not part of it (they may move; the event should move with them).
 */
export function eventUid(path: string, kind: CalendarEventKind, attempt: number | null): string {
  return `${stableHash(`${path}\n${kind}\n${attempt ?? 0}`)}@${UID_DOMAIN}`;
}

/** Which kind of event a status gives, or null for none (closed, invalid, upcoming, R9, no-response). */
export function eventKind(status: FollowUpStatus): CalendarEventKind | null {
  if (!status.opens || !status.dueBy) return null;
  if (status.action === "send-thank-you") return "thank-you";
  if (status.action === "follow-up") return "follow-up";
  if (status.action === "wait" && status.state === "waiting" && !isWaitingToMoveOn(status)) return "follow-up";
  return null;
}

/** A status whose days have passed: its event is placed on the export day, where a calendar shows it. */
export function isOverdue(status: FollowUpStatus): boolean {
  return groupOf(status.state) === "overdue";
}

/**
 * The events for a set of statuses on `today` (the export day), most urgent first; statuses with
 * nothing to do give none. An event spans its window, `opens` … `dueBy`; an overdue one, whose
 * window has passed, is placed on `today` instead (calendars hide past events), so every event
 * ends after `today` begins. Title and description are worded together (wording.ts); the
 * description writes its days with `days`, the user's locale.
 */
export function calendarEvents(statuses: readonly FollowUpStatus[], today: Day, days: DayFormat): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const status of sortStatuses(statuses)) {
    const kind = eventKind(status);
    if (!kind || !status.opens || !status.dueBy) continue;
    const overdue = isOverdue(status);
    const start = overdue ? today : status.opens;
    events.push({
      uid: eventUid(status.path, kind, kind === "follow-up" ? status.attempt : null),
      kind,
      path: status.path,
      start,
      end: addDays(overdue ? today : status.dueBy, 1),
      summary: cleanText(eventSummary(status, kind, overdue)),
      description: cleanText(eventDescription(status, kind, days, overdue ? today : null)),
    });
  }
  return events;
}

/**
 * Calendar text is made of lines: CR and CRLF become LF (which the library writes as `\n`),
 * and the other control characters, which iCalendar TEXT does not allow, are dropped.
 */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

/** A day as the UTC midnight the library writes back as that same `VALUE=DATE` (it reads UTC fields). */
function utcMidnight(day: Day): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * The whole calendar as iCalendar text. `today` is the export day: it becomes every event's
 * DTSTAMP, so the same statuses on the same day always give byte-identical output. Event dates
 * are `VALUE=DATE`; only the descriptions, which people read, write days with `days`.
 */
export function renderCalendar(statuses: readonly FollowUpStatus[], today: Day, days: DayFormat): RenderedCalendar {
  const events = calendarEvents(statuses, today, days);
  const calendar = ical({ name: CALENDAR_NAME, prodId: CALENDAR_PRODID });
  const stamp = utcMidnight(today);
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      allDay: true,
      start: utcMidnight(e.start),
      end: utcMidnight(e.end),
      stamp,
      summary: e.summary,
      description: e.description,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  const text = calendar.toString();
  // RFC 5545 ends every content line, the last one too, with CRLF.
  return { text: text.endsWith("\r\n") ? text : `${text}\r\n`, events };
}
