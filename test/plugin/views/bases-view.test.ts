// @vitest-environment happy-dom
/**
 * The "Follow-ups" Bases view, against the Bases stand-in (modelled on the 1.12 typings of
 * BasesView, QueryController, BasesQueryResult, BasesEntry): what it shows, in which order,
 * how it opens notes, when it draws again, and that it leaves nothing behind.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { compareStatuses } from "../../../src/core/agenda";
import { headline, headlineParts } from "../../../src/core/wording";
import { OTHER_ROWS_SHOWN } from "../../../src/plugin/render/bases";
import { BASES_REFRESH_MS, BASES_VIEW_NAME, BASES_VIEW_TYPE, NO_VALUE_GROUP, registerFollowUpBasesView, type FollowUpBasesView } from "../../../src/plugin/views/bases-view";
import { registerCommands } from "../../../src/plugin/commands";
import { INDEX_EVENT } from "../../../src/plugin/host";
import { stateClass } from "../../../src/plugin/render/common";
import { aNote } from "../../support/note-builder";
import { basesOf__, createApp, DEFAULT_MANIFEST, loadPlugin, openBase__, watchLeaks, type App, type OpenBase__ } from "../../support/obsidian";
import { note, ViewsTestHost } from "../test-host";
import { US } from "../../support/day-formats";
import { MINUTE, useClock } from "../../support/stand-in/clock";

class BasesHost extends ViewsTestHost {
  override onload(): void {
    super.onload();
    registerFollowUpBasesView(this.host);
    registerCommands(this.host);
  }
}

/** Interview notes seen on Wed 25 Nov 2026, one per kind of row, and two notes that are not. */
const FILES: Record<string, string> = {
  // due: first follow-up by email, window 25 Nov – 2 Dec.
  "Interviews/Acme.md": note(aNote().set("company", "Acme").set("role", "Analyst").interviewedOn("2026-11-18").thanked().build()),
  // overdue: thank-you never sent for an interview a week ago (final round, so no window yet).
  "Interviews/Northwind.md": note(aNote().set("company", "Northwind").set("role", "Data analyst").interviewedOn("2026-11-18").final().build()),
  // waiting: thanked yesterday's interview.
  "Interviews/Initech.md": note(aNote().set("company", "Initech").set("role", "Engineer").interviewedOn("2026-11-24").thanked().build()),
  // overdue: follow-up 2 by phone.
  "Interviews/Globex.md": note(aNote().set("company", "Globex").set("role", "Designer").thanked().withPhone().emailed("2026-11-05").interviewedOn("2026-10-28").build()),
  // upcoming
  "Interviews/Umbrella.md": note(aNote().set("company", "Umbrella").set("role", "Researcher").interviewedOn("2026-11-27").build()),
  "Daily/2026-11-25.md": "Nothing to see.\n",
  "Reading list.md": note({ status: "open" }),
};
const ALL = Object.keys(FILES);

const opened: OpenBase__[] = [];

async function start(files: Record<string, string> = FILES, app: App = createApp({ files })) {
  const plugin = await loadPlugin(new BasesHost(app, DEFAULT_MANIFEST));
  app.workspace.setLayoutReady__();
  await plugin.index.whenReady();
  return { app, plugin };
}

function open(app: App, files: string[] = ALL, groupBy?: string): OpenBase__ {
  const base = openBase__(app, { type: BASES_VIEW_TYPE, files, groupBy });
  opened.push(base);
  return base;
}

function viewOf(base: OpenBase__): FollowUpBasesView {
  return base.view as unknown as FollowUpBasesView;
}

const rowPaths = (el: HTMLElement): string[] => [...el.querySelectorAll<HTMLElement>(".ifu-bases-row")].map((r) => r.dataset.path ?? "");
const rowOf = (el: HTMLElement, path: string): HTMLElement => el.querySelector<HTMLElement>(`.ifu-bases-row[data-path="${path}"]`)!;
const cellText = (row: HTMLElement, cls: string): string => row.querySelector(`.${cls}`)?.textContent ?? "";

afterEach(() => {
  for (const base of opened.splice(0)) base.close__();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("registration", () => {
  it("registers the Follow-ups view with Bases, and the command", async () => {
    const { app } = await start();
    const registered = basesOf__(app).views.get(BASES_VIEW_TYPE);
    expect(registered?.registration.name).toBe(BASES_VIEW_NAME);
    expect(registered?.registration.icon).toBe("mail-check");
    expect(app.commands__.get("interview-followup:create-interviews-base")?.name).toBe("Create interviews base");
  });

  it("registers no view when Bases is turned off in the vault, and nothing breaks", async () => {
    const app = createApp({ files: FILES });
    basesOf__(app).enabled = false;
    const { plugin } = await start(FILES, app);
    expect(basesOf__(app).views.size).toBe(0);
    expect(plugin.index.statuses()).toHaveLength(5);
  });

  it("goes when the plugin unloads, and the open view with it", async () => {
    const { app, plugin } = await start();
    const base = open(app);
    const view = viewOf(base);
    plugin.unload();
    expect(basesOf__(app).views.has(BASES_VIEW_TYPE)).toBe(false);
    expect(base.view).toBeNull();
    expect((view as unknown as { isLoaded__: boolean }).isLoaded__).toBe(false);
    expect(base.containerEl.querySelector(".ifu-bases")).toBeNull();
  });
});

describe("what it shows", () => {
  it("every note of the base: interview notes most urgent first, then the others, plainly", async () => {
    const { app, plugin } = await start();
    const base = open(app);
    const expected = ALL.filter((p) => plugin.index.get(p))
      .map((p) => plugin.index.get(p)!)
      .sort(compareStatuses)
      .map((s) => s.path);
    expect(expected).toEqual(["Interviews/Globex.md", "Interviews/Northwind.md", "Interviews/Acme.md", "Interviews/Initech.md", "Interviews/Umbrella.md"]);
    // The other notes keep the base's order (here: by path).
    expect(rowPaths(base.containerEl)).toEqual([...expected, "Daily/2026-11-25.md", "Reading list.md"]);
    expect(viewOf(base).lastRender).toEqual({ interviewRows: 5, otherRows: 2, hiddenOthers: 0 });
  });

  it("state, next step with its channel, and when, in the sidebar's colours", async () => {
    const { app, plugin } = await start();
    const base = open(app);
    const today = plugin.index.today();
    for (const path of ["Interviews/Acme.md", "Interviews/Globex.md", "Interviews/Umbrella.md"]) {
      const status = plugin.index.get(path)!;
      const row = rowOf(base.containerEl, path);
      expect(row.classList.contains(stateClass(status))).toBe(true);
      // The headline every surface shows, split in two columns.
      expect(`${cellText(row, "ifu-bases-action")} ${cellText(row, "ifu-bases-when")}`.trim()).toBe(headline(status, today, US));
      expect(row.dataset.state).toBe(status.state);
      // Why, with the rule, through setTooltip on the state cell: one hover mechanism, no `title`.
      expect(row.querySelector(".ifu-bases-state")?.getAttribute("aria-label")).toBe(`${status.reason} (${status.rule})`);
    }
    const acme = rowOf(base.containerEl, "Interviews/Acme.md");
    expect(cellText(acme, "ifu-bases-note")).toBe("Acme — Analyst");
    expect(cellText(acme, "ifu-bases-state")).toBe("Due");
    expect(cellText(acme, "ifu-bases-action")).toBe("Email follow-up");
    expect(acme.dataset.channel).toBe("email");
    const globex = rowOf(base.containerEl, "Interviews/Globex.md");
    expect(cellText(globex, "ifu-bases-state")).toBe("Overdue");
    expect(cellText(globex, "ifu-bases-action")).toBe("Phone follow-up 2");
    expect(globex.dataset.channel).toBe("phone");
    expect(cellText(rowOf(base.containerEl, "Interviews/Umbrella.md"), "ifu-bases-state")).toBe("Upcoming");
    expect(base.containerEl.querySelectorAll("[title]")).toHaveLength(0);
    const daily = rowOf(base.containerEl, "Daily/2026-11-25.md");
    expect(daily.classList.contains("ifu-bases-other")).toBe(true);
    expect(daily.textContent).toBe("2026-11-25Not an interview note");
    expect([...base.containerEl.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Note", "State", "Next step", "When"]);
  });

  it("a grouped base: the base's groups, each most urgent first; entries without a value last", async () => {
    const files = {
      ...FILES,
      "Interviews/Acme.md": note(aNote().set("company", "Acme").set("stage", "second").interviewedOn("2026-11-18").thanked().build()),
      "Interviews/Globex.md": note(aNote().set("company", "Globex").set("stage", "second").thanked().withPhone().emailed("2026-11-05").interviewedOn("2026-10-28").build()),
      "Interviews/Initech.md": note(aNote().set("company", "Initech").set("stage", "first").interviewedOn("2026-11-24").thanked().build()),
    };
    const { app } = await start(files);
    const base = open(app, ALL, "stage");
    const groups = [...base.containerEl.querySelectorAll<HTMLElement>("tbody.ifu-bases-group")].map((g) => ({
      title: g.querySelector(".ifu-bases-group-name")?.textContent,
      count: g.querySelector(".ifu-group-count")?.textContent,
      rows: rowPaths(g),
    }));
    expect(groups).toEqual([
      { title: "Final round", count: "1", rows: ["Interviews/Northwind.md"] },
      { title: "first", count: "1", rows: ["Interviews/Initech.md"] },
      { title: "second", count: "2", rows: ["Interviews/Globex.md", "Interviews/Acme.md"] },
      { title: NO_VALUE_GROUP, count: "3", rows: ["Interviews/Umbrella.md", "Daily/2026-11-25.md", "Reading list.md"] },
    ]);
  });

  it("an ungrouped base has no group headings", async () => {
    const { app } = await start();
    const base = open(app);
    expect(base.containerEl.querySelectorAll(".ifu-bases-group-row")).toHaveLength(0);
    expect(base.containerEl.querySelectorAll("tbody.ifu-bases-group")).toHaveLength(1);
  });

  it("an empty base says so", async () => {
    const { app } = await start();
    const base = open(app, []);
    expect(base.containerEl.querySelector(".ifu-bases-message")?.textContent).toBe("No notes match this base's filters.");
    expect(base.containerEl.querySelector("table")).toBeNull();
  });

  it(`counts, rather than draws, the other notes past ${OTHER_ROWS_SHOWN} in a group`, async () => {
    const files: Record<string, string> = { "Interviews/Acme.md": FILES["Interviews/Acme.md"] };
    for (let i = 0; i < OTHER_ROWS_SHOWN + 7; i++) files[`Notes/${String(i).padStart(3, "0")}.md`] = "Text.\n";
    const { app } = await start(files);
    const base = open(app, Object.keys(files));
    expect(viewOf(base).lastRender).toEqual({ interviewRows: 1, otherRows: OTHER_ROWS_SHOWN, hiddenOthers: 7 });
    expect(rowPaths(base.containerEl)[0]).toBe("Interviews/Acme.md");
    expect(base.containerEl.querySelector(".ifu-bases-more")?.textContent).toBe("7 more notes that are not interview notes");
  });

  it("renders hostile values as text: no element is injected", async () => {
    const hostile = aNote()
      .set("company", "<img src=x onerror=window.__xss=1>")
      .set("role", "<script>window.__xss=2</script>")
      .set("stage", '"><svg onload=window.__xss=3>')
      .interviewedOn("2026-11-18")
      .build();
    const path = "Interviews/<b>bold</b> & <i>co</i>.md";
    const { app } = await start({ [path]: note(hostile), "Other/<img src=y>.md": "x\n" });
    const base = open(app, [path, "Other/<img src=y>.md"], "stage");
    const el = base.containerEl;
    expect(el.querySelectorAll("img, script, svg, b, i")).toHaveLength(0);
    expect(cellText(rowOf(el, path), "ifu-bases-note")).toBe("<img src=x onerror=window.__xss=1> — <script>window.__xss=2</script>");
    expect(el.querySelector(".ifu-bases-group-name")?.textContent).toBe('"><svg onload=window.__xss=3>');
    expect(cellText(el.querySelector<HTMLElement>(".ifu-bases-other")!, "ifu-bases-note")).toBe("<img src=y>");
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });
});

describe("opening notes", () => {
  it("click opens in place; Cmd/Ctrl-click and the middle button in a new tab; Enter too", async () => {
    const { app } = await start();
    const base = open(app);
    const link = (path: string): HTMLElement => rowOf(base.containerEl, path).querySelector<HTMLElement>(".ifu-bases-link")!;
    link("Interviews/Acme.md").dispatchEvent(new MouseEvent("click", { bubbles: true }));
    link("Interviews/Globex.md").dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true }));
    link("Interviews/Initech.md").dispatchEvent(new MouseEvent("click", { bubbles: true, metaKey: true }));
    link("Daily/2026-11-25.md").dispatchEvent(new MouseEvent("auxclick", { bubbles: true, button: 1 }));
    link("Interviews/Umbrella.md").dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, key: "Enter" }));
    await Promise.resolve();
    expect(app.workspace.opened__.filter((o) => o.via === "openLinkText").map((o) => [o.path, o.newLeaf])).toEqual([
      ["Interviews/Acme.md", false],
      ["Interviews/Globex.md", "tab"],
      ["Interviews/Initech.md", "tab"],
      ["Daily/2026-11-25.md", "tab"],
      ["Interviews/Umbrella.md", false],
    ]);
  });

  it("hovering a note asks for Obsidian's page preview", async () => {
    const { app } = await start();
    const base = open(app);
    const hovers: Record<string, unknown>[] = [];
    app.workspace.on("hover-link", (info: unknown) => hovers.push(info as Record<string, unknown>));
    const link = rowOf(base.containerEl, "Interviews/Acme.md").querySelector<HTMLElement>(".ifu-bases-link")!;
    link.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    expect(hovers).toHaveLength(1);
    expect(hovers[0]).toMatchObject({ source: "bases", linktext: "Interviews/Acme.md", targetEl: link, hoverParent: base.view });
  });
});

describe("keeping up", () => {
  it("draws again when the base's results change (onDataUpdated): a note edited, a note added", async () => {
    const { app } = await start();
    const base = open(app, ["Interviews/Acme.md"]);
    const before = base.updates__;
    const renders = viewOf(base).renderCount;
    vi.useFakeTimers();
    await app.vault.modify(app.vault.getFileByPath("Interviews/Acme.md")!, note(aNote().set("company", "Acme").interviewedOn("2026-11-18").thanked().emailed("2026-11-24").build()));
    await app.metadataCache.settled__();
    expect(base.updates__).toBeGreaterThan(before);
    await vi.advanceTimersByTimeAsync(BASES_REFRESH_MS);
    expect(cellText(rowOf(base.containerEl, "Interviews/Acme.md"), "ifu-bases-state")).toBe("Waiting");
    // The index's update and Bases' new results about the same edit cost one draw.
    expect(viewOf(base).renderCount).toBe(renders + 1);
  });

  it("does not draw while hidden, and catches up when shown again", async () => {
    const { app } = await start();
    const base = open(app, ["Interviews/Acme.md"]);
    const renders = viewOf(base).renderCount;
    vi.useFakeTimers();
    base.containerEl.hide();
    await app.vault.modify(app.vault.getFileByPath("Interviews/Acme.md")!, note(aNote().set("company", "Acme").interviewedOn("2026-11-18").thanked().emailed("2026-11-24").build()));
    await app.metadataCache.settled__();
    await vi.advanceTimersByTimeAsync(BASES_REFRESH_MS * 3);
    expect(viewOf(base).renderCount).toBe(renders);
    expect(cellText(rowOf(base.containerEl, "Interviews/Acme.md"), "ifu-bases-state")).toBe("Due");
    base.containerEl.show();
    app.workspace.trigger("layout-change");
    expect(viewOf(base).renderCount).toBe(renders + 1);
    expect(cellText(rowOf(base.containerEl, "Interviews/Acme.md"), "ifu-bases-state")).toBe("Waiting");
  });

  it("draws again on the index's update alone (a settings change), without new results from Bases", async () => {
    const { app, plugin } = await start();
    const base = open(app);
    const updates = base.updates__;
    expect(cellText(rowOf(base.containerEl, "Interviews/Acme.md"), "ifu-bases-state")).toBe("Due");
    // 25 Nov a holiday: the R4c window of the 18 Nov interview opens a business day later.
    plugin.settings.holidays = ["2026-11-25"];
    await plugin.saveSettings();
    await plugin.index.whenReady();
    await vi.waitFor(() => expect(cellText(rowOf(base.containerEl, "Interviews/Acme.md"), "ifu-bases-state")).toBe("Waiting"));
    expect(base.updates__).toBe(updates);
  });

  it("ignores index updates about notes that are not in the base", async () => {
    const { app } = await start();
    const base = open(app, ["Interviews/Acme.md"]);
    const table = base.containerEl.querySelector("table");
    vi.useFakeTimers();
    app.workspace.trigger(INDEX_EVENT, { revision: 1000, changed: ["Interviews/Globex.md"] });
    await vi.advanceTimersByTimeAsync(BASES_REFRESH_MS);
    expect(base.containerEl.querySelector("table")).toBe(table);
    app.workspace.trigger(INDEX_EVENT, { revision: 1001, changed: ["Interviews/Acme.md"] });
    await vi.advanceTimersByTimeAsync(BASES_REFRESH_MS);
    expect(base.containerEl.querySelector("table")).not.toBe(table);
  });

  it("before the index has read the vault, says so, then shows the statuses", async () => {
    const app = createApp({ files: FILES });
    const plugin = await loadPlugin(new BasesHost(app, DEFAULT_MANIFEST));
    const base = open(app);
    expect(base.containerEl.querySelector(".ifu-reading")?.textContent).toBe("Reading your vault…");
    expect(base.containerEl.querySelectorAll(".ifu-bases-other")).toHaveLength(0);
    app.workspace.setLayoutReady__();
    await plugin.index.whenReady();
    await vi.waitFor(() => expect(rowPaths(base.containerEl)).toHaveLength(ALL.length));
    expect(base.containerEl.querySelectorAll(".ifu-bases-other")).toHaveLength(2);
  });

  /** A base of Initech and Acme, with an index that reads the (fake) clock, as the plugin's does. */
  async function openOnTheClock(): Promise<{ plugin: BasesHost; base: OpenBase__ }> {
    class DayHost extends BasesHost {
      override onload(): void {
        this.addIndex(() => new Date());
        registerFollowUpBasesView(this.host);
      }
    }
    const app = createApp({ files: FILES });
    const plugin = await loadPlugin(new DayHost(app, DEFAULT_MANIFEST));
    app.workspace.setLayoutReady__();
    await plugin.index.whenReady();
    return { plugin, base: open(app, ["Interviews/Initech.md", "Interviews/Acme.md"]) };
  }

  it("crossing midnight with the clock running redraws every row for the new day, so 'from tomorrow' stays true", async () => {
    // Initech's window opens Tue 1 Dec (R4c): "from Tue 1 Dec" until the 29th, "from tomorrow" on the 30th.
    const clock = useClock(new Date(2026, 10, 29, 23, 58));
    try {
      const { plugin, base } = await openOnTheClock();
      const when = (): string => cellText(rowOf(base.containerEl, "Interviews/Initech.md"), "ifu-bases-when");
      const before = when();
      expect(before).toBe(headlineParts(plugin.index.get("Interviews/Initech.md")!, "2026-11-29", US).when);
      await clock.advance(3 * MINUTE); // 00:01 on the 30th, and the view's refresh delay
      expect(when()).not.toBe(before);
      expect(when()).toBe(headlineParts(plugin.index.get("Interviews/Initech.md")!, "2026-11-30", US).when);
      expect(when()).toBe("from tomorrow");
    } finally {
      clock.stop();
    }
  });

  it("a draw that finds a new day (a wake before any timer ran) answers that day's event itself: one draw", async () => {
    const clock = useClock(new Date(2026, 10, 29, 23, 58));
    try {
      const { base } = await openOnTheClock();
      const renders = viewOf(base).renderCount;
      clock.sleep(3 * MINUTE); // 00:01 on the 30th; no timer has run
      base.refresh__(); // Bases has new results: the view draws, asking the index for the day
      await clock.advance(3 * BASES_REFRESH_MS);
      expect(cellText(rowOf(base.containerEl, "Interviews/Initech.md"), "ifu-bases-when")).toBe("from tomorrow");
      expect(viewOf(base).renderCount).toBe(renders + 1);
    } finally {
      clock.stop();
    }
  });
});

describe("leaving nothing behind", () => {
  it("closing the base removes its listeners and elements", async () => {
    const { app } = await start();
    const watch = watchLeaks(app);
    const base = open(app);
    expect(app.workspace.listenerCount__(INDEX_EVENT)).toBeGreaterThan(0);
    base.close__();
    opened.splice(opened.indexOf(base), 1);
    expect(watch.report().total).toBe(0);
    watch.stop();
  });

  it("unloading the plugin with a base open leaves nothing", async () => {
    const app = createApp({ files: FILES });
    const watch = watchLeaks(app);
    const { plugin } = await start(FILES, app);
    const base = open(app);
    plugin.unload();
    base.close__();
    opened.splice(opened.indexOf(base), 1);
    expect(watch.report()).toMatchObject({ total: 0 });
    watch.stop();
  });
});
