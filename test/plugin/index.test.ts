// @vitest-environment happy-dom
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defaultSettings, type FollowUpSettings } from "../../src/core/settings";
import * as rules from "../../src/core/rules";
import { INDEX_EVENT, type IndexUpdate } from "../../src/plugin/host";
import { CLOCK_CHECK_MS, FollowUpIndex, MIN_SLICE_STEPS, msUntilNextMidnight } from "../../src/plugin/index";
import { isInterviewNote } from "../../src/core/note";
import { createApp, getAllTags, stringifyYaml, TFile, watchLeaks, type App } from "../support/obsidian";

// Count (and, in one test, break) the engine without changing what it computes.
vi.mock("../../src/core/rules", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/core/rules")>();
  return { ...original, computeStatus: vi.fn(original.computeStatus) };
});
const computeSpy = vi.mocked(rules.computeStatus);

/** A note: YAML frontmatter, then a body. */
function note(fm: Record<string, unknown>, body = "Notes from the call.\n"): string {
  return `---\n${stringifyYaml(fm)}---\n${body}`;
}

/** Wednesday 18 November 2026, not final, email known, no thank-you. */
const ACME = { type: "interview", company: "Acme", role: "Analyst", interview_date: "2026-11-18", interviewer_email: "dana@acme.test" };

/** Local wall-clock time. */
function at(y: number, m: number, d: number, h = 10, min = 0): Date {
  return new Date(y, m - 1, d, h, min, 0, 0);
}

interface Harness {
  app: App;
  index: FollowUpIndex;
  settings: FollowUpSettings;
  /** The events, without their day (test/plugin/day-change.test.ts checks that). */
  events: Pick<IndexUpdate, "revision" | "changed">[];
}

function setup(files: Record<string, string>, clock?: () => Date, settings = defaultSettings()): Harness {
  const app = createApp({ files });
  const index = new FollowUpIndex(app as never, () => settings, clock);
  const events: Harness["events"] = [];
  app.workspace.on(INDEX_EVENT, (data) => {
    const u = data as IndexUpdate;
    events.push({ revision: u.revision, changed: u.changed });
  });
  index.load();
  return { app, index, settings, events };
}

function file(app: App, path: string): TFile {
  const f = app.vault.getFileByPath(path);
  if (!f) throw new Error(`no ${path}`);
  return f;
}

const FIXED = (): Date => at(2026, 11, 25);

const VAULT: Record<string, string> = {
  "Jobs/Acme.md": note(ACME),
  "Interviews/Globex.md": note({ company: "Globex", interview_date: "2026-11-16" }),
  "Jobs/Initech.md": note({ company: "Initech", interview_date: "2026-11-20", tags: ["job", "interview/phone"] }),
  "Jobs/Hooli.md": "Met Hooli on 2026-11-19. #interview\n",
  "Daily/2026-11-25.md": note({ mood: "fine" }),
  "Templates/Interview.md": note({ type: "interview", company: "{{company}}" }),
};

function withTemplates(): FollowUpSettings {
  const s = defaultSettings();
  s.templatesFolder = "Templates";
  return s;
}

beforeEach(() => {
  computeSpy.mockClear();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("building", () => {
  it("does nothing before the layout is ready, then builds once from the metadata cache", () => {
    const h = setup(VAULT, FIXED, withTemplates());
    const walk = vi.spyOn(h.app.vault, "getRoot");
    const cache = vi.spyOn(h.app.metadataCache, "getFileCache");
    const read = vi.spyOn(h.app.vault, "read");
    expect(h.index.ready).toBe(false);
    expect(h.index.statuses()).toEqual([]);
    expect(walk).not.toHaveBeenCalled();
    expect(cache).not.toHaveBeenCalled();
    expect(computeSpy).not.toHaveBeenCalled();

    h.app.workspace.setLayoutReady__();

    expect(h.index.ready).toBe(true);
    expect(walk).toHaveBeenCalledTimes(1);
    expect(cache).toHaveBeenCalledTimes(Object.keys(VAULT).length);
    expect(h.index.statuses().map((s) => s.path).sort()).toEqual([
      "Interviews/Globex.md",
      "Jobs/Acme.md",
      "Jobs/Hooli.md",
      "Jobs/Initech.md",
    ]);
    expect(read).not.toHaveBeenCalled();
    expect(h.events).toEqual([{ revision: 1, changed: null }]);
    expect(h.index.revision).toBe(1);
    expect(h.index.buildStats).toMatchObject({ files: 6, interviewNotes: 4 });
  });

  it("answers get, note, today and agenda from what it built", async () => {
    const h = setup(VAULT, FIXED);
    h.app.workspace.setLayoutReady__();
    await h.index.whenReady();
    expect(h.index.today()).toBe("2026-11-25");
    const acme = h.index.get("Jobs/Acme.md")!;
    expect(acme).toMatchObject({ company: "Acme", state: "follow-up-due", rule: "R4c", channel: "email" });
    expect(h.index.note("Jobs/Acme.md")).toMatchObject({ company: "Acme", interviewerEmail: "dana@acme.test" });
    expect(h.index.get("Daily/2026-11-25.md")).toBeUndefined();

    const all = h.index.agenda();
    expect(all.flatMap((g) => g.items).length).toBe(h.index.statuses().length);
    const interviewsOnly = h.index.agenda("Interviews/");
    expect(interviewsOnly.flatMap((g) => g.items).map((s) => s.path)).toEqual(["Interviews/Globex.md"]);
  });

  it("lists statuses most urgent first", () => {
    const h = setup(
      {
        "a.md": note({ type: "interview", interview_date: "2026-12-01" }), // upcoming
        "b.md": note({ type: "interview", interview_date: "2026-11-02", interviewer_email: "x@y.test" }), // overdue
        "c.md": note({ type: "interview", interview_date: "2026-11-24" }), // thank-you due
      },
      FIXED,
    );
    h.app.workspace.setLayoutReady__();
    expect(h.index.statuses().map((s) => [s.path, s.state])).toEqual([
      ["b.md", "follow-up-overdue"],
      ["c.md", "thank-you-due"],
      ["a.md", "upcoming"],
    ]);
  });

  it("keeps a note with broken frontmatter visible (folder) and never lets it hide the others", () => {
    const h = setup(
      {
        ...VAULT,
        "Interviews/Broken.md": "---\ncompany: [Umbrella\ninterview_date: 2026-11-18\n---\nBody\n",
        "Interviews/NotAMap.md": "---\n- just\n- a list\n---\n",
      },
      FIXED,
    );
    h.app.workspace.setLayoutReady__();
    expect(h.index.get("Interviews/Broken.md")).toMatchObject({ state: "invalid", rule: "R0" });
    expect(h.index.get("Interviews/NotAMap.md")).toMatchObject({ state: "invalid" });
    expect(h.index.get("Jobs/Acme.md")?.state).toBe("follow-up-due");
    expect(h.index.statuses()).toHaveLength(7); // 5 + the 2 broken ones
  });
});

describe("the engine failing on one note", () => {
  it("keeps that note visible as invalid and the others computed", async () => {
    const { computeStatus: realCompute } = await vi.importActual<typeof rules>("../../src/core/rules");
    computeSpy.mockImplementation((n, now, s) => {
      if (n.path === "Jobs/Acme.md") throw new Error("boom");
      return realCompute(n, now, s);
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const h = setup(VAULT, FIXED);
      h.app.workspace.setLayoutReady__();
      expect(h.index.get("Jobs/Acme.md")).toMatchObject({ state: "invalid", company: "Acme" });
      // The error goes to the console; the reason stays plain words.
      expect(h.index.get("Jobs/Acme.md")?.reason).not.toContain("boom");
      expect(logged).toHaveBeenCalledWith(expect.stringContaining("Jobs/Acme.md"), expect.objectContaining({ message: "boom" }));
      expect(h.index.get("Interviews/Globex.md")?.state).not.toBe("invalid");
    } finally {
      computeSpy.mockImplementation(realCompute);
      logged.mockRestore();
    }
  });
});

describe("incremental updates", () => {
  async function ready(files = VAULT): Promise<Harness> {
    const h = setup(files, FIXED);
    h.app.workspace.setLayoutReady__();
    await h.index.whenReady();
    h.events.length = 0;
    return h;
  }

  it("adds a created interview note with one event", async () => {
    const h = await ready();
    await h.app.vault.create("Jobs/Wayne.md", note({ ...ACME, company: "Wayne" }));
    await h.app.metadataCache.settled__();
    expect(h.index.get("Jobs/Wayne.md")?.company).toBe("Wayne");
    expect(h.events).toEqual([{ revision: 2, changed: ["Jobs/Wayne.md"] }]);
  });

  it("recomputes a changed note, and fires nothing when its status is unchanged", async () => {
    const h = await ready();
    const f = file(h.app, "Jobs/Acme.md");
    await h.app.vault.modify(f, note(ACME, "A different body.\n"));
    await h.app.metadataCache.settled__();
    expect(h.events).toEqual([]);
    expect(h.index.revision).toBe(1);

    await h.app.vault.modify(f, note({ ...ACME, thank_you_sent: "2026-11-18", follow_ups: [{ date: "2026-11-25", channel: "email" }] }));
    await h.app.metadataCache.settled__();
    expect(h.index.get("Jobs/Acme.md")).toMatchObject({ state: "waiting", rule: "R6c", attempt: 2, opens: "2026-12-02" });
    expect(h.events).toEqual([{ revision: 2, changed: ["Jobs/Acme.md"] }]);
  });

  it("keeps the normalized note current even when the status did not change", async () => {
    const h = await ready();
    await h.app.vault.modify(file(h.app, "Jobs/Acme.md"), note({ ...ACME, highlight: "the data platform" }));
    await h.app.metadataCache.settled__();
    expect(h.events).toEqual([]);
    expect(h.index.note("Jobs/Acme.md")?.highlight).toBe("the data platform");
  });

  it("fires no event when a note that is not an interview changes", async () => {
    const h = await ready();
    await h.app.vault.modify(file(h.app, "Daily/2026-11-25.md"), note({ mood: "great" }, "Long day.\n"));
    await h.app.metadataCache.settled__();
    await h.app.vault.create("Daily/2026-11-26.md", "Nothing here\n");
    await h.app.metadataCache.settled__();
    expect(h.events).toEqual([]);
    expect(h.index.revision).toBe(1);
  });

  it("drops a note that stops being an interview note", async () => {
    const h = await ready();
    await h.app.vault.modify(file(h.app, "Jobs/Acme.md"), note({ ...ACME, type: "meeting" }));
    await h.app.metadataCache.settled__();
    expect(h.index.get("Jobs/Acme.md")).toBeUndefined();
    expect(h.events).toEqual([{ revision: 2, changed: ["Jobs/Acme.md"] }]);
  });

  it("removes a deleted note", async () => {
    const h = await ready();
    await h.app.fileManager.trashFile(file(h.app, "Jobs/Initech.md"));
    await h.app.metadataCache.settled__();
    expect(h.index.get("Jobs/Initech.md")).toBeUndefined();
    expect(h.events).toEqual([{ revision: 2, changed: ["Jobs/Initech.md"] }]);
    await h.app.fileManager.trashFile(file(h.app, "Daily/2026-11-25.md"));
    await h.app.metadataCache.settled__();
    expect(h.events).toHaveLength(1);
  });

  it("follows a rename, and a move into and out of the interview folder", async () => {
    const h = await ready();
    await h.app.vault.createFolder("Archive");

    // Detected by type: it moves with its new path.
    await h.app.fileManager.renameFile(file(h.app, "Jobs/Acme.md"), "Jobs/Acme Corp.md");
    expect(h.index.get("Jobs/Acme.md")).toBeUndefined();
    expect(h.index.get("Jobs/Acme Corp.md")?.path).toBe("Jobs/Acme Corp.md");
    expect(h.events.at(-1)?.changed).toEqual(["Jobs/Acme.md", "Jobs/Acme Corp.md"]);

    // Detected by folder only: moving it out drops it, moving it back adds it.
    await h.app.fileManager.renameFile(file(h.app, "Interviews/Globex.md"), "Archive/Globex.md");
    expect(h.index.get("Archive/Globex.md")).toBeUndefined();
    expect(h.events.at(-1)?.changed).toEqual(["Interviews/Globex.md"]);
    await h.app.vault.createFolder("Interviews/2026");
    await h.app.fileManager.renameFile(file(h.app, "Archive/Globex.md"), "Interviews/2026/Globex.md");
    expect(h.index.get("Interviews/2026/Globex.md")?.company).toBe("Globex");
    expect(h.events.at(-1)?.changed).toEqual(["Interviews/2026/Globex.md"]);

    // A plain note moved into the folder becomes an interview note.
    await h.app.fileManager.renameFile(file(h.app, "Daily/2026-11-25.md"), "Interviews/2026-11-25.md");
    expect(h.index.get("Interviews/2026-11-25.md")).toMatchObject({ state: "invalid" });
    expect(h.events.map((e) => e.revision)).toEqual([2, 3, 4, 5]);
  });

  it("keeps a renamed note's entry under its new path while the metadata cache has not read it yet", async () => {
    const h = setup(VAULT, FIXED);
    h.app.workspace.setLayoutReady__();
    h.events.length = 0;
    h.app.metadataCache.renameLag__ = true; // getFileCache answers null until the parse delay passed
    const renamed = h.app.vault.rename(file(h.app, "Jobs/Acme.md"), "Jobs/Acme Corp.md");
    expect(h.app.metadataCache.getFileCache(file(h.app, "Jobs/Acme Corp.md"))).toBeNull();
    expect(h.index.get("Jobs/Acme.md")).toBeUndefined();
    expect(h.index.get("Jobs/Acme Corp.md")).toMatchObject({ path: "Jobs/Acme Corp.md", company: "Acme", state: "follow-up-due" });
    expect(h.events).toEqual([{ revision: 2, changed: ["Jobs/Acme.md", "Jobs/Acme Corp.md"] }]);
    await renamed;
    await h.app.metadataCache.settled__(); // parsed: `changed` reads it again, nothing differs
    expect(h.index.get("Jobs/Acme Corp.md")).toMatchObject({ path: "Jobs/Acme Corp.md", state: "follow-up-due" });
    expect(h.index.statuses().map((x) => x.path).filter((p) => p.startsWith("Jobs/Acme"))).toEqual(["Jobs/Acme Corp.md"]);
  });

  it("drops a note moved out of the interview folder, or into the templates folder, even before the metadata cache has read it", async () => {
    const h = setup(VAULT, FIXED, withTemplates());
    h.app.workspace.setLayoutReady__();
    await h.app.vault.createFolder("Archive");
    h.events.length = 0;
    h.app.metadataCache.renameLag__ = true;
    // Globex is an interview note by its folder only (spec §2): out of it, it is not one.
    const out = h.app.vault.rename(file(h.app, "Interviews/Globex.md"), "Archive/Globex.md");
    expect(h.app.metadataCache.getFileCache(file(h.app, "Archive/Globex.md"))).toBeNull();
    expect(h.index.get("Interviews/Globex.md")).toBeUndefined();
    expect(h.index.get("Archive/Globex.md")).toBeUndefined();
    expect(h.events.at(-1)?.changed).toEqual(["Interviews/Globex.md"]);
    // Initech is one by its tag: a move into the templates folder still drops it.
    const intoTemplates = h.app.vault.rename(file(h.app, "Jobs/Initech.md"), "Templates/Initech.md");
    expect(h.index.get("Templates/Initech.md")).toBeUndefined();
    expect(h.events.at(-1)?.changed).toEqual(["Jobs/Initech.md"]);
    // Acme is one by its type: it is kept under its new path.
    const kept = h.app.vault.rename(file(h.app, "Jobs/Acme.md"), "Archive/Acme.md");
    expect(h.index.get("Archive/Acme.md")).toMatchObject({ path: "Archive/Acme.md", company: "Acme" });
    await Promise.all([out, intoTemplates, kept]);
    const events = h.events.length;
    await h.app.metadataCache.settled__(); // parsed at last: nothing the index decided changes
    expect(h.index.statuses().map((x) => x.path).sort()).toEqual(["Archive/Acme.md", "Jobs/Hooli.md"]);
    expect(h.events).toHaveLength(events);
  });

  it("follows a whole folder being renamed", async () => {
    const h = await ready();
    await h.app.fileManager.renameFile(h.app.vault.getFolderByPath("Interviews")!, "Old interviews");
    expect(h.index.get("Interviews/Globex.md")).toBeUndefined();
    expect(h.index.get("Old interviews/Globex.md")).toBeUndefined();
    expect(h.events).toEqual([{ revision: 2, changed: ["Interviews/Globex.md"] }]);
  });

  it("recomputes only the note that changed, 1,000 times over", async () => {
    const h = await ready();
    expect(computeSpy.mock.calls.length).toBe(5); // the build: one call per interview note
    computeSpy.mockClear();
    const f = file(h.app, "Jobs/Acme.md");
    for (let i = 0; i < 1000; i++) {
      await h.app.vault.modify(f, note({ ...ACME, highlight: `point ${i}` }));
      await h.app.metadataCache.settled__();
    }
    expect(computeSpy).toHaveBeenCalledTimes(1000);
    expect(computeSpy.mock.calls.every(([n]) => n.path === "Jobs/Acme.md")).toBe(true);
    expect(h.events).toEqual([]);
  });

  it("numbers every event with the next revision", async () => {
    const h = await ready();
    const f = file(h.app, "Jobs/Acme.md");
    await h.app.vault.modify(f, note({ ...ACME, thank_you_sent: "2026-11-18" }));
    await h.app.metadataCache.settled__();
    await h.app.vault.modify(f, note({ ...ACME, outcome: "rejected" }));
    await h.app.metadataCache.settled__();
    await h.app.fileManager.trashFile(f);
    await h.app.metadataCache.settled__();
    expect(h.events.map((e) => e.revision)).toEqual([2, 3, 4]);
    expect(h.index.revision).toBe(4);
  });
});

describe("settings", () => {
  it("rebuilds when detection changes and fires one event", async () => {
    const h = setup(VAULT, FIXED);
    h.app.workspace.setLayoutReady__();
    await h.index.whenReady();
    h.events.length = 0;

    h.settings.detection.folder = "";
    h.index.rebuild();
    await h.index.whenReady();
    expect(h.index.get("Interviews/Globex.md")).toBeUndefined();
    expect(h.index.get("Jobs/Acme.md")).toBeDefined();
    expect(h.events).toEqual([{ revision: 2, changed: null }]);
  });

  it("uses holidays and max attempts from the settings", () => {
    const h = setup({ "Jobs/Acme.md": note(ACME) }, () => at(2026, 11, 25));
    h.app.workspace.setLayoutReady__();
    expect(h.index.get("Jobs/Acme.md")).toMatchObject({ state: "follow-up-due", opens: "2026-11-25", dueBy: "2026-12-02" });
    h.settings.holidays = ["2026-11-26", "2026-11-27"];
    h.index.rebuild();
    // Spec §4's worked example: with those holidays the R4c window is 11-25 … 12-04.
    expect(h.index.get("Jobs/Acme.md")).toMatchObject({ opens: "2026-11-25", dueBy: "2026-12-04" });
    expect(h.events.at(-1)).toEqual({ revision: 2, changed: null });
  });

  it("re-reads notes with renamed keys", () => {
    const h = setup({ "Jobs/Acme.md": note({ type: "interview", date: "2026-11-18" }) }, FIXED);
    h.app.workspace.setLayoutReady__();
    expect(h.index.get("Jobs/Acme.md")?.state).toBe("invalid");
    h.settings.keys.interview_date = "date";
    h.index.rebuild();
    expect(h.index.get("Jobs/Acme.md")?.state).toBe("follow-up-due");
  });

  it("reads the settings once per build: at the start, and once per rebuild", async () => {
    const settings = defaultSettings();
    const app = createApp({ files: VAULT });
    const getSettings = vi.fn(() => settings);
    const index = new FollowUpIndex(app as never, getSettings, FIXED);
    index.load();
    app.workspace.setLayoutReady__();
    await index.whenReady();
    expect(getSettings).toHaveBeenCalledTimes(1);
    settings.holidays = ["2026-11-26"];
    index.rebuild();
    await index.whenReady();
    expect(getSettings).toHaveBeenCalledTimes(2);
  });

  it("does nothing when a setting the index does not read changes", () => {
    const h = setup(VAULT, FIXED);
    h.app.workspace.setLayoutReady__();
    computeSpy.mockClear();
    h.settings.yourName = "Sam";
    h.settings.calendarPath = "cal.ics";
    h.index.rebuild();
    expect(computeSpy).not.toHaveBeenCalled();
    expect(h.events).toHaveLength(1);
  });

  it("announces new settings once, even when no status changed (the empty sidebar describes them)", () => {
    const h = setup(VAULT, FIXED);
    h.app.workspace.setLayoutReady__();
    h.settings.holidays = ["2030-01-01"];
    h.index.rebuild();
    expect(computeSpy).toHaveBeenCalled();
    expect(h.events).toEqual([
      { revision: 1, changed: null },
      { revision: 2, changed: null },
    ]);
  });

  it("a detection change that matches no note before or after still fires one event", () => {
    const h = setup({ "Journal/x.md": "Hello\n" }, FIXED);
    h.app.workspace.setLayoutReady__();
    expect(h.index.statuses()).toEqual([]);
    h.settings.detection = { type: "", tag: "job/interview", folder: "" };
    h.index.rebuild();
    expect(h.index.statuses()).toEqual([]);
    expect(h.events).toEqual([
      { revision: 1, changed: null },
      { revision: 2, changed: null },
    ]);
  });
});

describe("the clock", () => {
  it("a note becomes due at local midnight", () => {
    vi.useFakeTimers();
    vi.setSystemTime(at(2026, 11, 24, 23, 58));
    const h = setup({ "Jobs/Acme.md": note(ACME) });
    h.app.workspace.setLayoutReady__();
    expect(h.index.get("Jobs/Acme.md")?.state).toBe("thank-you-overdue");
    h.events.length = 0;

    vi.advanceTimersByTime(60_000); // 23:59: nothing yet
    expect(h.events).toEqual([]);
    vi.advanceTimersByTime(60_000); // 00:00
    expect(h.index.today()).toBe("2026-11-25");
    expect(h.index.get("Jobs/Acme.md")).toMatchObject({ state: "follow-up-due", rule: "R4c" });
    // A new day: everything may read differently, whatever changed.
    expect(h.events).toEqual([{ revision: 2, changed: null }]);

    // Re-armed: the next midnight is handled too (12-03 is overdue; step day by day).
    for (let d = 0; d < 8; d++) vi.advanceTimersByTime(24 * 3600_000);
    expect(h.index.get("Jobs/Acme.md")?.state).toBe("follow-up-overdue");
  });

  it("catches a midnight missed while the computer slept, on focus or when the page shows again", () => {
    vi.useFakeTimers();
    vi.setSystemTime(at(2026, 11, 24, 22, 0));
    const h = setup({ "Jobs/Acme.md": note(ACME) });
    h.app.workspace.setLayoutReady__();
    h.events.length = 0;

    vi.setSystemTime(at(2026, 11, 25, 7, 30)); // the clock jumped; no timer has run
    expect(h.index.get("Jobs/Acme.md")?.state).toBe("thank-you-overdue");
    window.dispatchEvent(new Event("focus"));
    expect(h.index.get("Jobs/Acme.md")?.state).toBe("follow-up-due");
    expect(h.events).toHaveLength(1);

    vi.setSystemTime(at(2026, 12, 3, 7, 30));
    document.dispatchEvent(new Event("visibilitychange"));
    expect(h.index.get("Jobs/Acme.md")?.state).toBe("follow-up-overdue");
    expect(h.events).toHaveLength(2);

    window.dispatchEvent(new Event("focus")); // same day: nothing to do
    expect(h.events).toHaveLength(2);
  });

  it("looks at the clock every minute: a machine that wakes with the window in front catches up without focus or visibilitychange", () => {
    vi.useFakeTimers();
    vi.setSystemTime(at(2026, 11, 18, 13, 0));
    const h = setup({ "Jobs/Acme.md": note({ ...ACME, interview_date: "2026-11-18 14:00" }) });
    h.app.workspace.setLayoutReady__();
    h.events.length = 0;
    // Asleep 13:00 → 15:00: the 14:00 wake timer, measured on a clock that stood still, is an hour away.
    vi.setSystemTime(at(2026, 11, 18, 15, 0));
    vi.advanceTimersByTime(CLOCK_CHECK_MS);
    expect(h.index.get("Jobs/Acme.md")?.state).toBe("thank-you-due");
    expect(h.events).toEqual([{ revision: 2, changed: ["Jobs/Acme.md"] }]);
    // Asleep for a week, 15:01 on the 18th → 07:00 on the 25th: the R4c window has opened.
    vi.setSystemTime(at(2026, 11, 25, 7, 0));
    vi.advanceTimersByTime(CLOCK_CHECK_MS);
    expect(h.index.today()).toBe("2026-11-25");
    expect(h.index.get("Jobs/Acme.md")).toMatchObject({ state: "follow-up-due", rule: "R4c" });
    expect(h.events.at(-1)).toEqual({ revision: 3, changed: null });
    // The same day and nothing due to change: the check fires nothing.
    vi.advanceTimersByTime(10 * CLOCK_CHECK_MS);
    expect(h.events).toHaveLength(2);
  });

  it("an interview with a time becomes 'happened' at that minute, not at midnight", () => {
    vi.useFakeTimers();
    vi.setSystemTime(at(2026, 11, 18, 9, 0));
    const h = setup({ "Jobs/Acme.md": note({ ...ACME, interview_date: "2026-11-18 14:00" }) });
    h.app.workspace.setLayoutReady__();
    expect(h.index.get("Jobs/Acme.md")?.state).toBe("upcoming");
    vi.advanceTimersByTime(5 * 3600_000 - 60_000); // 13:59
    expect(h.index.get("Jobs/Acme.md")?.state).toBe("upcoming");
    vi.advanceTimersByTime(60_000); // 14:00
    expect(h.index.get("Jobs/Acme.md")?.state).toBe("thank-you-due");
  });

  it("an edit after a missed midnight brings every note up to date", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(at(2026, 11, 24, 22, 0));
    const h = setup({ "Jobs/Acme.md": note(ACME), "Jobs/Other.md": note({ ...ACME, company: "Other" }) });
    h.app.workspace.setLayoutReady__();
    vi.setSystemTime(at(2026, 11, 25, 8, 0));
    await h.app.vault.modify(file(h.app, "Jobs/Other.md"), note({ ...ACME, company: "Other Co" }));
    await h.app.metadataCache.settled__();
    expect(h.index.get("Jobs/Acme.md")?.state).toBe("follow-up-due");
    expect(h.index.get("Jobs/Other.md")).toMatchObject({ state: "follow-up-due", company: "Other Co" });
  });
});

describe("msUntilNextMidnight", () => {
  it("reaches the start of the next local day, in every time zone, DST days included", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(2024, 0, 1), max: new Date(2028, 11, 31), noInvalidDate: true }), (now) => {
        const ms = msUntilNextMidnight(now);
        const after = new Date(now.getTime() + ms);
        const before = new Date(now.getTime() + ms - 1);
        expect(ms).toBeGreaterThan(0);
        expect(ms).toBeLessThanOrEqual(25 * 3600_000);
        expect(before.getDate()).toBe(now.getDate());
        expect(after.getDate()).not.toBe(now.getDate());
      }),
      { numRuns: 500 },
    );
  });

  it("is 60 seconds at 23:59", () => {
    expect(msUntilNextMidnight(at(2026, 11, 24, 23, 59))).toBe(60_000);
  });
});

/**
 * Fake timers on 25 Nov 2026, and a `performance.now()` that moves on `msPerLook` every time it
 * is read, so the build's slicing does not depend on how fast the machine is.
 */
function slowClock(msPerLook: number): void {
  vi.useFakeTimers();
  vi.setSystemTime(at(2026, 11, 25));
  let t = 0;
  vi.spyOn(performance, "now").mockImplementation(() => (t += msPerLook));
}

describe("a large vault", () => {
  /** `n` notes in `folder`; every tenth (0, 10, 20, …) is an interview note. */
  function bigVault(n: number, folder = "Notes"): Record<string, string> {
    const files: Record<string, string> = {};
    for (let i = 0; i < n; i++) {
      files[`${folder}/${i}.md`] = i % 10 === 0 ? note({ ...ACME, company: `${folder} ${i}` }) : note({ topic: `n${i}` });
    }
    return files;
  }

  it("builds in slices that yield to the UI, serving the last result until the new one is complete", async () => {
    slowClock(2);
    const h = setup(bigVault(2000));
    h.app.workspace.setLayoutReady__();
    expect(h.index.ready).toBe(false);
    expect(h.index.statuses()).toEqual([]);

    // A note changed while the build is paused is read again before the result is published.
    await h.app.vault.modify(file(h.app, "Notes/10.md"), note({ ...ACME, company: "Changed", outcome: "offer" }));
    await h.app.metadataCache.settled__();
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.index.ready).toBe(true);
    expect(h.index.statuses()).toHaveLength(200);
    expect(h.index.get("Notes/10.md")).toMatchObject({ company: "Changed", state: "closed" });
    expect(h.index.buildStats.slices).toBeGreaterThan(1);
    expect(h.events.filter((e) => e.changed === null)).toHaveLength(1);
  });

  it("notes deleted, moved or created while the build is paused end up as a fresh build sees them", async () => {
    slowClock(2);
    const h = setup({ ...bigVault(600, "A"), ...bigVault(600, "B"), ...bigVault(600, "C") });
    h.app.workspace.setLayoutReady__();
    expect(h.index.ready).toBe(false); // paused somewhere in A
    const v = h.app.vault;
    await h.app.fileManager.trashFile(file(h.app, "A/0.md")); // an interview note the walk has already passed
    await h.app.fileManager.trashFile(file(h.app, "A/1.md")); // a sibling before the walk's place in the same folder
    await h.app.fileManager.trashFile(file(h.app, "B/10.md")); // one the walk has not reached
    await v.rename(file(h.app, "B/20.md"), "A/moved.md"); // from ahead of the walk to behind it
    await v.rename(file(h.app, "A/30.md"), "C/moved-back.md"); // from behind it to ahead of it
    await v.create("A/new.md", note({ ...ACME, company: "New" })); // into a folder already opened
    await v.createFolder("D");
    await v.create("D/late.md", note({ ...ACME, company: "Late" })); // a folder created mid-build
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.index.ready).toBe(true);
    expect(h.index.buildStats.slices).toBeGreaterThan(3);

    const fresh = new FollowUpIndex(h.app as never, () => h.settings, FIXED);
    fresh.load();
    await vi.advanceTimersByTimeAsync(5000);
    expect(fresh.ready).toBe(true);
    const paths = (ix: FollowUpIndex): string[] => ix.statuses().map((s) => s.path).sort();
    expect(paths(h.index)).toEqual(paths(fresh));
    expect(paths(h.index)).toHaveLength(180 - 2 + 2) // two interview notes deleted, two created;
    expect(paths(h.index)).toEqual(expect.arrayContaining(["A/moved.md", "C/moved-back.md", "A/new.md", "D/late.md"]));
    expect(paths(h.index)).not.toEqual(expect.arrayContaining(["A/0.md"]));
    fresh.unload();
  });

  it(`a vault of fewer than ${MIN_SLICE_STEPS} files and folders is built at once, however slow the machine`, async () => {
    slowClock(100);
    const small = setup(bigVault(MIN_SLICE_STEPS - 4)); // root + Notes/ + the notes
    small.app.workspace.setLayoutReady__();
    expect(small.index.ready).toBe(true);
    expect(small.index.buildStats.slices).toBe(1);
    expect(small.index.statuses()).toHaveLength(Math.ceil((MIN_SLICE_STEPS - 4) / 10)); // every tenth note is an interview

    const larger = setup(bigVault(MIN_SLICE_STEPS * 3));
    larger.app.workspace.setLayoutReady__();
    expect(larger.index.ready).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(larger.index.ready).toBe(true);
    expect(larger.index.buildStats.slices).toBeGreaterThanOrEqual(3); // each slice still moves on by MIN_SLICE_STEPS
    expect(larger.index.statuses()).toHaveLength(Math.ceil((MIN_SLICE_STEPS * 3) / 10));
  });

  it("a rebuild started during a build replaces it", async () => {
    slowClock(2);
    const h = setup(bigVault(1000));
    h.app.workspace.setLayoutReady__();
    h.settings.maxAttempts = 1;
    h.index.rebuild();
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.index.ready).toBe(true);
    expect(h.events).toEqual([{ revision: 1, changed: null }]);
  });
});

describe("unloading", () => {
  it("leaves no listener, timer or pending build behind", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(at(2026, 11, 25));
    const app = createApp({ files: VAULT });
    const watch = watchLeaks(app);
    const index = new FollowUpIndex(app as never, () => defaultSettings());
    index.load();
    app.workspace.setLayoutReady__();
    const during = watch.report();
    expect(during.events.metadataCache).toBe(2);
    expect(during.events.vault).toBe(1);
    expect(during.domListeners).toBe(2);
    expect(during.timeouts).toBe(1); // the wake timer

    index.unload();
    const after = watch.report();
    watch.stop();
    expect(after.details).toEqual([]);
    expect(after.total).toBe(0);

    // And nothing reacts any more.
    const events: unknown[] = [];
    app.workspace.on(INDEX_EVENT, (u) => events.push(u));
    await app.vault.modify(file(app, "Jobs/Acme.md"), note({ ...ACME, outcome: "offer" }));
    await app.metadataCache.settled__();
    vi.advanceTimersByTime(48 * 3600_000);
    expect(events).toEqual([]);
  });

  it("stops a build that is still running", async () => {
    slowClock(2);
    const files: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) files[`n${i}.md`] = note(ACME);
    const app = createApp({ files });
    const watch = watchLeaks(app);
    const index = new FollowUpIndex(app as never, () => defaultSettings());
    index.load();
    app.workspace.setLayoutReady__();
    expect(index.ready).toBe(false); // paused after the first slice
    expect(watch.report().timeouts).toBe(1); // the build's pause
    index.unload();
    expect(watch.report().total).toBe(0);
    watch.stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(index.ready).toBe(false);
  });
});

describe("detection", () => {
  it("selects exactly the notes isInterviewNote selects, whatever the settings (the fast pre-check never turns one away)", () => {
    const typeValues = ["interview", " Interview ", "INTERVIEW", "interviews", "meeting", "Ünterview", "ünterview"];
    const tagValues = ["interview", "#Interview/phone", "interviewing", "job", "ünterview/x", " interview"];
    const folders = ["Interviews", "interviews", "Jobs", "Templates", "Ünterviews", "Interviews/2026"];
    const fmArb = fc.record(
      {
        type: fc.oneof(fc.constantFrom(...typeValues), fc.array(fc.constantFrom(...typeValues), { maxLength: 2 })),
        tags: fc.oneof(fc.array(fc.constantFrom(...tagValues), { maxLength: 3 }), fc.constantFrom("job, interview", "interview/phone x", "meeting")),
        tag: fc.constantFrom("interview", "other"),
        interview_date: fc.constant("2026-11-18"),
      },
      { requiredKeys: ["interview_date"] },
    );
    const noteArb = fc.record({
      folder: fc.constantFrom(...folders),
      fm: fc.option(fmArb, { nil: undefined }),
      inline: fc.constantFrom("", "#interview", "#Interview/onsite", "#interviews", "#job", "#ünterview"),
    });
    const settingsArb = fc.record({
      type: fc.constantFrom("interview", "Interview", "", "ünterview"),
      tag: fc.constantFrom("interview", "#Interview", "", "ünterview"),
      folder: fc.constantFrom("Interviews", "/interviews/", "", "Ünterviews", "Interviews/2026"),
      templates: fc.constantFrom("", "Templates", "Interviews/2026"),
    });
    fc.assert(
      fc.property(fc.array(noteArb, { minLength: 1, maxLength: 12 }), settingsArb, (notes, det) => {
        const files: Record<string, string> = {};
        notes.forEach((n, i) => {
          files[`${n.folder}/n${i}.md`] = `${n.fm ? `---\n${stringifyYaml(n.fm)}---\n` : ""}Body ${n.inline}\n`;
        });
        const settings = defaultSettings();
        settings.detection = { type: det.type, tag: det.tag, folder: det.folder };
        settings.templatesFolder = det.templates;
        const h = setup(files, FIXED, settings);
        h.app.workspace.setLayoutReady__();
        const expected = h.app.vault
          .getMarkdownFiles()
          .filter((f) => {
            const cache = h.app.metadataCache.getFileCache(f)!;
            return isInterviewNote(f.path, cache.frontmatter, getAllTags(cache) ?? [], settings.detection, settings.templatesFolder);
          })
          .map((f) => f.path)
          .sort();
        expect(h.index.statuses().map((st) => st.path).sort()).toEqual(expected);
        h.index.unload();
      }),
      { numRuns: 300 },
    );
  });
});
