// @vitest-environment happy-dom
/**
 * The sidebar view with the real index: a change to one note re-creates that note's row and no
 * other (checked by DOM node identity); coalesced updates are drawn together; `changed: null`
 * and missed events draw everything. After each incremental render the DOM is compared with
 * what a full render of the same index draws.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { GroupId } from "../../../src/core/agenda";
import { INDEX_EVENT, SIDEBAR_VIEW_TYPE, type IndexUpdate } from "../../../src/plugin/host";
import { FollowUpView, registerSidebar, SIDEBAR_REFRESH_MS } from "../../../src/plugin/views/sidebar-view";
import type { App } from "../../support/obsidian";
import { aNote } from "../../support/note-builder";
import { note, startHost, type ViewsTestHost } from "../test-host";

const acme = (role = "Analyst"): string => note(aNote().set("role", role).interviewedOn("2026-11-18").thanked().build());
const initechWaiting = note(aNote().set("company", "Initech").set("role", "Engineer").interviewedOn("2026-11-24").thanked().build());
const initechDue = note(aNote().set("company", "Initech").set("role", "Engineer").interviewedOn("2026-11-18").thanked().build());

const FILES = {
  "Interviews/Acme.md": acme(),
  "Interviews/Northwind.md": note(aNote().set("company", "Northwind").set("role", "Data analyst").interviewedOn("2026-11-20").final().build()),
  "Interviews/Initech.md": initechWaiting,
  "Interviews/Zeta.md": note(aNote().set("company", "Zeta").set("role", "Writer").interviewedOn("2026-11-23").thanked().build()),
  "Interviews/Umbrella.md": note(aNote().set("company", "Umbrella").set("role", "Researcher").interviewedOn("2026-11-27 10:00").build()),
  "Interviews/Broken.md": note(aNote().set("company", "Broken").interviewedOn("2026-13-45").build()),
  "Interviews/Vandelay.md": note(aNote().set("company", "Vandelay").set("outcome", "offer").build()),
  "Other/Hooli.md": note(aNote().set("company", "Hooli").set("role", "PM").interviewedOn("2026-11-17").thanked().build()),
  "Journal/2026-11-25.md": "Just a day.\n",
};

async function openSidebar(app: App, plugin: ViewsTestHost): Promise<FollowUpView> {
  registerSidebar(plugin.host);
  const leaf = app.workspace.getRightLeaf(false)!;
  await leaf.setViewState({ type: SIDEBAR_VIEW_TYPE, active: true });
  // As activateSidebar does: the sidebar is shown (expanded), not only given the view.
  await app.workspace.revealLeaf(leaf);
  const view = leaf.view as unknown as FollowUpView;
  document.body.appendChild(view.containerEl);
  return view;
}

function rowsByPath(view: FollowUpView): Map<string, Element> {
  return new Map([...view.contentEl.querySelectorAll(".ifu-row")].map((r) => [r.getAttribute("data-path")!, r]));
}

function pathsIn(view: FollowUpView, group: GroupId): string[] {
  return [...view.contentEl.querySelectorAll(`details[data-group="${group}"] .ifu-row`)].map((r) => r.getAttribute("data-path")!);
}

function countOf(view: FollowUpView, group: GroupId): string | null | undefined {
  return view.contentEl.querySelector(`details[data-group="${group}"] .ifu-group-count`)?.textContent;
}

/** Rows that are new since `before`, and rows of `before` that are still the same element. */
function diff(before: Map<string, Element>, view: FollowUpView): { created: string[]; kept: number } {
  const created: string[] = [];
  let kept = 0;
  for (const [path, row] of rowsByPath(view)) {
    if (before.get(path) === row) kept++;
    else created.push(path);
  }
  return { created: created.sort(), kept };
}

/** The view's DOM now equals the DOM a full render draws (which then replaces it). */
function expectSameAsFullRender(view: FollowUpView): void {
  const incremental = view.contentEl.innerHTML;
  view.render();
  expect(view.lastRender?.full).toBe(true);
  expect(incremental).toBe(view.contentEl.innerHTML);
}

async function setup(): Promise<{ app: App; plugin: ViewsTestHost; view: FollowUpView }> {
  const { app, plugin } = await startHost(FILES);
  const view = await openSidebar(app, plugin);
  vi.useFakeTimers();
  return { app, plugin, view };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.empty();
});

describe("the sidebar view: keyed rendering", () => {
  it("one changed note re-creates exactly one row; the others are the same elements", async () => {
    const { app, view } = await setup();
    const before = rowsByPath(view);
    expect(before.size).toBe(8);
    await app.vault.modify(app.vault.getFileByPath("Interviews/Acme.md")!, acme("Senior analyst"));
    await app.metadataCache.settled__();
    vi.advanceTimersByTime(SIDEBAR_REFRESH_MS);
    expect(view.renderCount).toBe(2);
    expect(view.lastRender).toEqual({ full: false, rowsCreated: 1, rowsRemoved: 1 });
    expect(diff(before, view)).toEqual({ created: ["Interviews/Acme.md"], kept: 7 });
    expect(view.contentEl.textContent).toContain("Acme — Senior analyst");
    expectSameAsFullRender(view);
  });

  it("a note moving from Waiting to Due moves its row and updates both group counts", async () => {
    const { app, view } = await setup();
    expect(pathsIn(view, "waiting")).toEqual(["Interviews/Zeta.md", "Interviews/Initech.md"]);
    expect(pathsIn(view, "due")).toEqual(["Other/Hooli.md", "Interviews/Acme.md"]);
    expect(countOf(view, "waiting")).toBe("2");
    expect(countOf(view, "due")).toBe("2");
    const before = rowsByPath(view);
    await app.vault.modify(app.vault.getFileByPath("Interviews/Initech.md")!, initechDue);
    await app.metadataCache.settled__();
    vi.advanceTimersByTime(SIDEBAR_REFRESH_MS);
    expect(pathsIn(view, "waiting")).toEqual(["Interviews/Zeta.md"]);
    expect(pathsIn(view, "due")).toEqual(["Other/Hooli.md", "Interviews/Acme.md", "Interviews/Initech.md"]);
    expect(countOf(view, "waiting")).toBe("1");
    expect(countOf(view, "due")).toBe("3");
    expect(view.contentEl.querySelector(".ifu-today-count")?.textContent).toBe("1 thank-you and 3 follow-ups due");
    expect(diff(before, view)).toEqual({ created: ["Interviews/Initech.md"], kept: 7 });
    expectSameAsFullRender(view);
  });

  it("a deleted note's row disappears and the group hides when it empties", async () => {
    const { app, view } = await setup();
    const before = rowsByPath(view);
    await app.fileManager.trashFile(app.vault.getFileByPath("Interviews/Umbrella.md")!);
    await app.metadataCache.settled__();
    vi.advanceTimersByTime(SIDEBAR_REFRESH_MS);
    expect(view.contentEl.querySelector('.ifu-row[data-path="Interviews/Umbrella.md"]')).toBeNull();
    expect(view.contentEl.querySelector('details[data-group="upcoming"]')).toBeNull();
    expect(view.lastRender).toEqual({ full: false, rowsCreated: 0, rowsRemoved: 1 });
    expect(diff(before, view)).toEqual({ created: [], kept: 7 });
    expectSameAsFullRender(view);
  });

  it("a new note's row appears in its sorted place", async () => {
    const { app, view } = await setup();
    const before = rowsByPath(view);
    await app.vault.create("Interviews/Beta.md", note(aNote().set("company", "Beta").set("role", "Tester").interviewedOn("2026-11-23 08:00").thanked().build()));
    await app.metadataCache.settled__();
    await app.vault.create("Interviews/Move on.md", note(aNote().set("company", "Gone").interviewedOn("2026-10-01").thanked().emailed("2026-10-08").emailed("2026-10-20").emailed("2026-11-03").build()));
    await app.metadataCache.settled__();
    vi.advanceTimersByTime(SIDEBAR_REFRESH_MS);
    expect(pathsIn(view, "waiting")).toEqual(["Interviews/Beta.md", "Interviews/Zeta.md", "Interviews/Initech.md"]);
    expect(pathsIn(view, "move-on")).toEqual(["Interviews/Move on.md"]);
    const groups = [...view.contentEl.querySelectorAll("details.ifu-group")].map((d) => d.getAttribute("data-group"));
    expect(groups).toEqual(["overdue", "due", "waiting", "upcoming", "move-on", "attention", "closed"]);
    expect(diff(before, view)).toEqual({ created: ["Interviews/Beta.md", "Interviews/Move on.md"], kept: 8 });
    expectSameAsFullRender(view);
  });

  it("a renamed note's row is replaced by one under its new path", async () => {
    const { app, view } = await setup();
    const before = rowsByPath(view);
    await app.vault.rename(app.vault.getFileByPath("Interviews/Zeta.md")!, "Interviews/Alpha.md");
    vi.advanceTimersByTime(SIDEBAR_REFRESH_MS);
    expect(pathsIn(view, "waiting")).toEqual(["Interviews/Alpha.md", "Interviews/Initech.md"]);
    expect(diff(before, view)).toEqual({ created: ["Interviews/Alpha.md"], kept: 7 });
    expectSameAsFullRender(view);
  });

  it("coalesces a burst: one render re-creates the union of the changed rows", async () => {
    const { app, view } = await setup();
    const before = rowsByPath(view);
    await app.vault.modify(app.vault.getFileByPath("Interviews/Acme.md")!, acme("Lead"));
    await app.metadataCache.settled__();
    vi.advanceTimersByTime(SIDEBAR_REFRESH_MS / 2);
    await app.vault.modify(app.vault.getFileByPath("Interviews/Initech.md")!, initechDue);
    await app.metadataCache.settled__();
    await app.vault.modify(app.vault.getFileByPath("Interviews/Acme.md")!, acme("Staff"));
    await app.metadataCache.settled__();
    expect(view.renderCount).toBe(1);
    vi.advanceTimersByTime(SIDEBAR_REFRESH_MS);
    expect(view.renderCount).toBe(2);
    expect(view.lastRender?.full).toBe(false);
    expect(diff(before, view)).toEqual({ created: ["Interviews/Acme.md", "Interviews/Initech.md"], kept: 6 });
    expect(view.contentEl.textContent).toContain("Acme — Staff");
    expectSameAsFullRender(view);
  });

  it("a changed: null update in the burst wins: everything is drawn again", async () => {
    const { app, plugin, view } = await setup();
    await app.vault.modify(app.vault.getFileByPath("Interviews/Acme.md")!, acme("Lead"));
    await app.metadataCache.settled__();
    // A settings change the index answers with a full rebuild (Other/Hooli.md drops out).
    plugin.settings.detection = { type: "", tag: "", folder: "Interviews" };
    let rebuilt = false;
    app.workspace.on(INDEX_EVENT, (u) => (rebuilt ||= (u as IndexUpdate).changed === null));
    await plugin.saveSettings();
    for (let ms = 0; !rebuilt && ms < SIDEBAR_REFRESH_MS / 2; ms++) await vi.advanceTimersByTimeAsync(1);
    expect(rebuilt).toBe(true);
    // Both updates fell in the same window.
    expect(view.renderCount).toBe(1);
    await vi.advanceTimersByTimeAsync(SIDEBAR_REFRESH_MS);
    expect(view.renderCount).toBe(2);
    expect(view.lastRender?.full).toBe(true);
    expect(view.contentEl.querySelector('.ifu-row[data-path="Other/Hooli.md"]')).toBeNull();
    expect(view.contentEl.textContent).toContain("Acme — Lead");
  });

  it("an event it did not see (a gap in revisions) means a full render", async () => {
    const { app, plugin, view } = await setup();
    await app.vault.modify(app.vault.getFileByPath("Interviews/Acme.md")!, acme("Lead"));
    await app.metadataCache.settled__();
    app.workspace.trigger(INDEX_EVENT, { revision: plugin.index.revision + 2, changed: ["Interviews/Nowhere.md"] });
    vi.advanceTimersByTime(SIDEBAR_REFRESH_MS);
    expect(view.renderCount).toBe(2);
    expect(view.lastRender?.full).toBe(true);
    expect(view.contentEl.textContent).toContain("Acme — Lead");
  });

  it("gathers the changes made while hidden and draws only those rows when shown", async () => {
    const { app, view } = await setup();
    const before = rowsByPath(view);
    view.containerEl.hide();
    await app.vault.modify(app.vault.getFileByPath("Interviews/Acme.md")!, acme("Lead"));
    await app.metadataCache.settled__();
    vi.advanceTimersByTime(SIDEBAR_REFRESH_MS * 3);
    await app.vault.modify(app.vault.getFileByPath("Interviews/Northwind.md")!, note(aNote().set("company", "Northwind").set("role", "Data analyst").interviewedOn("2026-11-20").thanked().build()));
    await app.metadataCache.settled__();
    vi.advanceTimersByTime(SIDEBAR_REFRESH_MS * 3);
    expect(view.renderCount).toBe(1);
    view.containerEl.show();
    app.workspace.trigger("active-leaf-change", null);
    expect(view.renderCount).toBe(2);
    expect(view.lastRender?.full).toBe(false);
    expect(diff(before, view)).toEqual({ created: ["Interviews/Acme.md", "Interviews/Northwind.md"], kept: 6 });
    expectSameAsFullRender(view);
  });

  it("keeps another row's open details and the folded groups across a row-by-row render", async () => {
    const { app, view } = await setup();
    view.contentEl.querySelector<HTMLElement>('.ifu-row[data-path="Interviews/Zeta.md"] .ifu-disclosure')!.click();
    const details = view.contentEl.querySelector('.ifu-row[data-path="Interviews/Zeta.md"] .ifu-row-details');
    expect(details).not.toBeNull();
    const overdue = view.contentEl.querySelector<HTMLDetailsElement>('details[data-group="overdue"]')!;
    overdue.open = false;
    overdue.dispatchEvent(new Event("toggle"));
    await app.vault.modify(app.vault.getFileByPath("Interviews/Initech.md")!, initechDue);
    await app.metadataCache.settled__();
    vi.advanceTimersByTime(SIDEBAR_REFRESH_MS);
    expect(view.lastRender?.full).toBe(false);
    expect(view.contentEl.querySelector('.ifu-row[data-path="Interviews/Zeta.md"] .ifu-row-details')).toBe(details);
    expect(view.contentEl.querySelector('details[data-group="overdue"]')).toBe(overdue);
    expect(overdue.open).toBe(false);
    // A full render keeps both too (the view holds the state).
    view.render();
    expect(view.contentEl.querySelector('.ifu-row[data-path="Interviews/Zeta.md"] .ifu-row-details')).not.toBeNull();
    expect(view.contentEl.querySelector<HTMLDetailsElement>('details[data-group="overdue"]')!.open).toBe(false);
  });

  it("re-created rows carry the row actions; a new provider means a full render", async () => {
    const { app, plugin, view } = await setup();
    const run = vi.fn();
    plugin.rowActions = (s) => (s.action === "follow-up" ? [{ id: "log", label: "Log a follow-up", icon: "list-plus", run }] : []);
    app.workspace.trigger("layout-change");
    expect(view.lastRender?.full).toBe(true);
    const before = rowsByPath(view);
    await app.vault.modify(app.vault.getFileByPath("Interviews/Initech.md")!, initechDue);
    await app.metadataCache.settled__();
    vi.advanceTimersByTime(SIDEBAR_REFRESH_MS);
    expect(diff(before, view)).toEqual({ created: ["Interviews/Initech.md"], kept: 7 });
    view.contentEl.querySelector<HTMLElement>('.ifu-row[data-path="Interviews/Initech.md"] .ifu-row-action')!.click();
    expect(run).toHaveBeenCalledOnce();
    expectSameAsFullRender(view);
  });

  it("after closing and opening again it draws everything", async () => {
    const { app, view } = await setup();
    await view.onClose();
    expect(view.contentEl.childElementCount).toBe(0);
    await app.vault.modify(app.vault.getFileByPath("Interviews/Acme.md")!, acme("Lead"));
    await app.metadataCache.settled__();
    vi.advanceTimersByTime(SIDEBAR_REFRESH_MS);
    view.refresh();
    expect(view.lastRender?.full).toBe(true);
    expect(view.contentEl.querySelectorAll(".ifu-row")).toHaveLength(8);
  });
});
