// @vitest-environment happy-dom
/**
 * Issue 10, item 1: the day moves on by itself. With a clock that runs (not a frozen "now") across
 * local midnight — in every zone the suite runs in — and with the window hidden or the computer
 * asleep over midnight, every surface shows the new day even when no note's status changed: the
 * sidebar's "Today, …" line and its "in N days", the reading-view and Live Preview badges
 * ("due by Thu 26 Nov" becomes "due today"), the `followup` block and the status bar.
 *
 * Expected texts are computed with the render functions for the day, so the test checks that
 * each surface shows the new day's words, whatever the words are.
 */
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { afterEach, describe, expect, it } from "vitest";
import type { Day, FollowUpStatus } from "../../src/core/types";
import { BLOCK_REFRESH_MS, registerAgendaBlock } from "../../src/plugin/views/agenda-block";
import { registerBadges } from "../../src/plugin/views/badges";
import { INDEX_EVENT, SIDEBAR_VIEW_TYPE, type IndexUpdate } from "../../src/plugin/host";
import { sameStatus } from "../../src/core/evaluate";
import { headline, headlineParts, todayHeading } from "../../src/core/wording";
import { badgeText } from "../../src/plugin/render/badge";
import { actionableStatuses, statusBarText } from "../../src/plugin/render/status-bar";
import { FollowUpView, registerSidebar, SIDEBAR_REFRESH_MS } from "../../src/plugin/views/sidebar-view";
import { registerStatusBar } from "../../src/plugin/views/status-bar";
import { HOUR, MINUTE, useClock, type StandInClock } from "../support/stand-in/clock";
import {
  createApp,
  DEFAULT_MANIFEST,
  editorInfoField,
  editorLivePreviewField,
  loadPlugin,
  renderCodeBlock,
  renderReadingView,
  type App,
} from "../support/obsidian";
import { aNote } from "../support/note-builder";
import { note, ViewsTestHost } from "./test-host";
import { US } from "../support/day-formats";

/** The index reads the running clock (vitest's fake timers drive `new Date()`). */
class RunningClockHost extends ViewsTestHost {
  override onload(): void {
    this.addIndex(() => new Date());
  }
}

const BEFORE: Day = "2026-11-25";
const AFTER: Day = "2026-11-26";

/** Two notes whose status is the same on both days; only the words counted from today change. */
const STEADY = {
  // Waiting: the window opens Tue 1 Dec ("in 6 days", then "in 5 days").
  "Interviews/Globex.md": note(aNote().set("company", "Globex").set("role", "Designer").interviewedOn("2026-11-24").thanked().build()),
  // Due, last day Thu 26 Nov (R4c: 11-19 … 11-26): "due by Thu 26 Nov", then "due today".
  "Interviews/Hooli.md": note(aNote().set("company", "Hooli").set("role", "PM").interviewedOn("2026-11-12").thanked().build(), "## Notes\nA good talk.\n"),
  "Daily/2026-11-25.md": "```followup\n```\n",
};

/** A note whose window opens at midnight (R4c from Thu 19 Nov: opens Thu 26 Nov). */
const COMING_DUE = { "Interviews/Initech.md": note(aNote().set("company", "Initech").interviewedOn("2026-11-19").thanked().build()) };

interface Surfaces {
  app: App;
  plugin: RunningClockHost;
  sidebar: FollowUpView;
  statusBar: HTMLElement;
  block: HTMLElement;
  reading: HTMLElement;
  live: EditorView;
  events: IndexUpdate[];
}

let clock: StandInClock | null = null;
const editors: EditorView[] = [];

afterEach(() => {
  for (const view of editors.splice(0)) view.destroy();
  clock?.stop();
  clock = null;
  document.body.empty();
});

/** Obsidian with the plugin's views open: sidebar, status bar, a `followup` block, Hooli in reading view and in Live Preview. */
async function openEverything(start: Date, files: Record<string, string>): Promise<Surfaces> {
  clock = useClock(start);
  const app = createApp({ files });
  const plugin = await loadPlugin(new RunningClockHost(app, DEFAULT_MANIFEST));
  registerSidebar(plugin.host);
  const statusBar = registerStatusBar(plugin.host)!;
  registerBadges(plugin.host);
  registerAgendaBlock(plugin.host);
  app.workspace.setLayoutReady__();
  await plugin.index.whenReady();
  const events: IndexUpdate[] = [];
  app.workspace.on(INDEX_EVENT, (u) => events.push(u as IndexUpdate));

  const leaf = app.workspace.getRightLeaf(false)!;
  await leaf.setViewState({ type: SIDEBAR_VIEW_TYPE, active: true });
  // As activateSidebar does: the sidebar is shown (expanded), not only given the view.
  await app.workspace.revealLeaf(leaf);
  const sidebar = leaf.view as unknown as FollowUpView;
  document.body.appendChild(sidebar.containerEl);
  document.body.appendChild(app.statusBarEl__);
  const block = (await renderCodeBlock(app, "followup", "", { sourcePath: "Daily/2026-11-25.md" })).el;
  const reading = (await renderReadingView(app, "Interviews/Hooli.md")).el;
  document.body.appendChild(reading);
  const live = new EditorView({
    parent: document.body.createDiv(),
    state: EditorState.create({
      doc: app.vault.readSync__(app.vault.getFileByPath("Interviews/Hooli.md")!),
      extensions: [editorInfoField.init(() => ({ file: { path: "Interviews/Hooli.md" } })), editorLivePreviewField.init(() => true), app.editorExtensions__[0] as never],
    }),
  });
  editors.push(live);
  return { app, plugin, sidebar, statusBar, block, reading, live, events };
}

function status(s: Surfaces, path: string): FollowUpStatus {
  const found = s.plugin.index.get(path);
  if (!found) throw new Error(`no status for ${path}`);
  return found;
}

/** What each surface shows for the steady notes. */
function shown(s: Surfaces): Record<string, string | null | undefined> {
  return {
    header: s.sidebar.contentEl.querySelector(".ifu-today span")?.textContent,
    sidebarGlobex: s.sidebar.contentEl.querySelector('.ifu-row[data-path="Interviews/Globex.md"] .ifu-row-when')?.textContent,
    sidebarHooli: s.sidebar.contentEl.querySelector('.ifu-row[data-path="Interviews/Hooli.md"] .ifu-row-when')?.textContent,
    blockGlobex: s.block.querySelector('a[data-href="Interviews/Globex.md"]')?.parentElement?.querySelector(".ifu-agenda-detail")?.textContent,
    readingBadge: s.reading.querySelector(".ifu-badge-text")?.textContent,
    liveBadge: s.live.contentDOM.querySelector(".ifu-badge-text")?.textContent,
  };
}

/** What each surface must show on `day`, worked out with the render functions. */
function expected(s: Surfaces, day: Day): Record<string, unknown> {
  const globex = status(s, "Interviews/Globex.md");
  const hooli = status(s, "Interviews/Hooli.md");
  return {
    header: todayHeading(day, US),
    sidebarGlobex: headlineParts(globex, day, US).when,
    sidebarHooli: headlineParts(hooli, day, US).when,
    blockGlobex: ` — ${headline(globex, day, US)}`,
    readingBadge: badgeText(hooli, day, US),
    liveBadge: badgeText(hooli, day, US),
  };
}

describe("the day moves on by itself", () => {
  it("at local midnight, with the clock running, every surface shows the new day though no status changed", async () => {
    const s = await openEverything(new Date(2026, 10, 25, 23, 58), STEADY);
    expect(shown(s)).toEqual(expected(s, BEFORE));
    // The words do differ from one day to the next (or this test would prove nothing).
    expect(expected(s, AFTER)).not.toEqual(expected(s, BEFORE));
    const statusesBefore = s.plugin.index.statuses().map((x) => ({ ...x }));

    await clock!.advance(MINUTE); // 23:59: nothing yet
    expect(s.events).toEqual([]);
    await clock!.advance(2 * MINUTE); // 00:01
    await clock!.advance(Math.max(SIDEBAR_REFRESH_MS, BLOCK_REFRESH_MS));

    // No status changed…
    const statusesAfter = s.plugin.index.statuses();
    expect(statusesAfter.every((x, i) => sameStatus(x, statusesBefore[i]))).toBe(true);
    // …yet the index announced the day, and everything shows it.
    expect(s.events).toEqual([{ revision: expect.any(Number) as number, changed: null, today: AFTER }]);
    expect(shown(s)).toEqual(expected(s, AFTER));
  });

  it("a note whose window opens at midnight is counted in the status bar", async () => {
    const s = await openEverything(new Date(2026, 10, 25, 23, 59), { ...STEADY, ...COMING_DUE });
    const before = s.statusBar.textContent;
    expect(before).toBe(statusBarText(actionableStatuses(s.plugin.index.statuses())));
    await clock!.advance(2 * MINUTE);
    expect(status(s, "Interviews/Initech.md").state).toBe("follow-up-due");
    expect(s.statusBar.textContent).toBe(statusBarText(actionableStatuses(s.plugin.index.statuses())));
    expect(s.statusBar.textContent).not.toBe(before);
  });

  it("after the computer slept through midnight with the window hidden, the index moves on within a minute and the sidebar when shown", async () => {
    const s = await openEverything(new Date(2026, 10, 25, 22, 0), STEADY);
    const renders = s.sidebar.renderCount;
    clock!.hide();
    clock!.sleep(8 * HOUR); // 06:00 the next day; no timer ran
    // Awake a minute, the window still hidden: the midnight timer is hours away, the minute's
    // clock check is not. The hidden sidebar does not draw.
    await clock!.advance(MINUTE);
    expect(s.events.map((e) => [e.changed, e.today])).toEqual([[null, AFTER]]);
    expect(s.sidebar.renderCount).toBe(renders);
    expect(shown(s).header).toBe(todayHeading(BEFORE, US));

    clock!.show();
    await clock!.advance(Math.max(SIDEBAR_REFRESH_MS, BLOCK_REFRESH_MS));
    expect(shown(s)).toEqual(expected(s, AFTER));
    expect(s.events.map((e) => [e.changed, e.today])).toEqual([[null, AFTER]]);
  });

  it("a computer waking with the window in front (no focus, no visibilitychange) shows the new day within two minutes", async () => {
    const s = await openEverything(new Date(2026, 10, 25, 22, 0), STEADY);
    const LATER: Day = "2026-11-27";
    // Hooli's last day is Thu 26 Nov: "due by tomorrow" on the 25th, overdue on the 27th.
    expect(status(s, "Interviews/Hooli.md").state).toBe("follow-up-due");
    clock!.sleep(33 * HOUR); // 07:00 on the 27th; no timer ran, the window never left the front
    await clock!.advance(2 * MINUTE + Math.max(SIDEBAR_REFRESH_MS, BLOCK_REFRESH_MS));
    expect(s.plugin.index.get("Interviews/Hooli.md")?.state).toBe("follow-up-overdue");
    expect(s.events.map((e) => [e.changed, e.today])).toEqual([[null, LATER]]);
    expect(shown(s)).toEqual(expected(s, LATER));
    expect(shown(s).sidebarHooli).toMatch(/^overdue by 1 day/);
  });

  it("with the window hidden over midnight, the sidebar and block wait, then catch up when it is shown", async () => {
    const s = await openEverything(new Date(2026, 10, 25, 23, 30), STEADY);
    const renders = { sidebar: s.sidebar.renderCount, block: s.block.querySelector(".ifu-agenda") };
    clock!.hide();
    await clock!.advance(HOUR); // 00:30: the index moved on, nothing hidden was drawn
    expect(s.plugin.index.today()).toBe(AFTER);
    expect(s.events).toHaveLength(1);
    expect(s.sidebar.renderCount).toBe(renders.sidebar);
    expect(s.block.querySelector(".ifu-agenda")).toBe(renders.block);

    clock!.show();
    await clock!.advance(Math.max(SIDEBAR_REFRESH_MS, BLOCK_REFRESH_MS));
    expect(shown(s)).toEqual(expected(s, AFTER));
    expect(s.sidebar.renderCount).toBe(renders.sidebar + 1);
  });
});

describe("a reader of today() gets statuses of that day", () => {
  it("just after a wake, before any timer ran, today() brings the statuses to the new day first", async () => {
    clock = useClock(new Date(2026, 10, 25, 22, 0));
    const app = createApp({ files: { ...STEADY, ...COMING_DUE } });
    const plugin = await loadPlugin(new RunningClockHost(app, DEFAULT_MANIFEST));
    app.workspace.setLayoutReady__();
    await plugin.index.whenReady();
    const events: IndexUpdate[] = [];
    app.workspace.on(INDEX_EVENT, (u) => events.push(u as IndexUpdate));
    // R4c: Initech's window opens Thu 26 Nov; Hooli's last day is that Thursday.
    expect(plugin.index.get("Interviews/Initech.md")?.state).toBe("waiting");
    clock.sleep(9 * HOUR); // 07:00 on the 26th; no timer ran, no focus, no visibilitychange
    expect(plugin.index.statusDay).toBe(BEFORE);

    expect(plugin.index.today()).toBe(AFTER);
    // The statuses now match the day the caller words them against.
    expect(plugin.index.get("Interviews/Initech.md")?.state).toBe("follow-up-due");
    expect(plugin.index.statusDay).toBe(AFTER);
    expect(events.map((e) => [e.changed, e.today])).toEqual([[null, AFTER]]);
    // Asking again costs nothing: no second recompute, no second event.
    expect(plugin.index.today()).toBe(AFTER);
    expect(events).toHaveLength(1);
  });
});
