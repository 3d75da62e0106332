// @vitest-environment happy-dom
/** The calendar file (reminders/calendar-file.ts): the export command and the auto-update. */
import { describe, expect, it, vi } from "vitest";
import { CALENDAR_DEBOUNCE_MS } from "../../../src/plugin/reminders/calendar-file";
import { clearNotices, notices, runCommand } from "../../support/obsidian";
import { note } from "../test-host";
import { at, FILES, flush, ID, parseEvents, readFile, start, useReminderTestClock } from "./helpers";

useReminderTestClock();

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
    for (const path of ["Interviews/Acme.md", "calendar.txt", ".ics", "Cal/.ics", "../outside.ics", ".obsidian/cal.ics", "Cal.ics"]) {
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

  it("makes the folders on the way, and names a file standing where a folder should be", async () => {
    const { app, plugin } = await start({ now: at("2026-11-25"), files: { ...FILES, Notes: "a file named Notes" } });
    plugin.settings.calendarPath = "Job search/2026/follow-ups.ics";
    runCommand(app, `${ID}:export-calendar`);
    await flush();
    expect(app.vault.writes__.map((w) => `${w.op} ${w.path}`)).toEqual(["create-folder Job search", "create-folder Job search/2026", "create Job search/2026/follow-ups.ics"]);
    plugin.settings.calendarPath = "Notes/follow-ups.ics";
    clearNotices();
    runCommand(app, `${ID}:export-calendar`);
    await flush();
    expect(notices.map((n) => n.message)).toEqual(['Could not export the calendar. "Notes" is a file, not a folder']);
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
    await app.metadataCache.settled__();
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
    await app.metadataCache.settled__();
    await vi.advanceTimersByTimeAsync(CALENDAR_DEBOUNCE_MS / 2);
    await app.vault.modify(app.vault.getFileByPath("Interviews/Globex.md")!, note({ type: "interview", company: "Globex", role: "Designer", interview_date: "2026-11-18", thank_you_sent: true, outcome: "offer" }));
    await app.metadataCache.settled__();
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
    await app.metadataCache.settled__();
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

  it("switching it on in the settings writes the file at once (after the short wait), not at the next minute", async () => {
    const { app, plugin } = await start({ now: at("2026-11-25") });
    plugin.settings.calendarAutoUpdate = true;
    await plugin.saveSettings();
    await vi.advanceTimersByTimeAsync(CALENDAR_DEBOUNCE_MS);
    expect(await readFile(app, "Interview follow-ups.ics")).toMatch(/^BEGIN:VCALENDAR/);
    // A new path is written at once too.
    plugin.settings.calendarPath = "Calendar/Follow-ups.ics";
    await plugin.saveSettings();
    await vi.advanceTimersByTimeAsync(CALENDAR_DEBOUNCE_MS);
    expect(await readFile(app, "Calendar/Follow-ups.ics")).toMatch(/^BEGIN:VCALENDAR/);
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
