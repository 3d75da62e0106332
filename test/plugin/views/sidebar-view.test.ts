// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { INDEX_EVENT, SIDEBAR_VIEW_TYPE } from "../../../src/plugin/host";
import { registerCommands } from "../../../src/plugin/commands";
import { FollowUpView, registerSidebar, SIDEBAR_REFRESH_MS } from "../../../src/plugin/views/sidebar-view";
import { NewInterviewModal } from "../../../src/plugin/commands/modals";
import { createApp, DEFAULT_MANIFEST, loadPlugin, Modal, runCommand, watchLeaks, type App, type WorkspaceLeaf } from "../../support/obsidian";
import { aNote } from "../../support/note-builder";
import { note, startHost, ViewsTestHost } from "../test-host";

const FILES = {
  "Interviews/Acme.md": note(aNote().interviewedOn("2026-11-18").thanked().build()),
  "Interviews/Globex.md": note(aNote().set("company", "Globex").set("role", "Designer").interviewedOn("2026-11-24").thanked().build()),
  "Interviews/Broken.md": note(aNote().set("company", "Broken").interviewedOn("2026-13-45").build()),
  "Journal/2026-11-25.md": "Just a day.\n",
};

async function openSidebar(app: App, plugin: ViewsTestHost): Promise<{ leaf: WorkspaceLeaf; view: FollowUpView }> {
  registerSidebar(plugin.host);
  const leaf = app.workspace.getRightLeaf(false)!;
  await leaf.setViewState({ type: SIDEBAR_VIEW_TYPE, active: true });
  // As activateSidebar does: the sidebar is shown (expanded), not only given the view.
  await app.workspace.revealLeaf(leaf);
  const view = leaf.view as unknown as FollowUpView;
  expect(view).toBeInstanceOf(FollowUpView);
  // The stand-in keeps views detached; in the document the view is "on screen".
  document.body.appendChild(view.containerEl);
  return { leaf, view };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.empty();
});

describe("the sidebar view", () => {
  it("registers its view and a ribbon icon; the ribbon icon and the open-sidebar command open the sidebar", async () => {
    const { app, plugin } = await startHost(FILES);
    registerSidebar(plugin.host);
    registerCommands(plugin.host);
    const ribbon = app.ribbonItems__.find((r) => r.title === "Open follow-up sidebar");
    expect(ribbon?.icon).toBe("mail-check");
    ribbon!.el.click();
    expect(app.commands__.get("interview-followup:open-sidebar")?.name).toBe("Open follow-up sidebar");
    expect(runCommand(app, "interview-followup:open-sidebar")).toBe(true);
    expect(plugin.sidebarActivations).toBe(2);
    expect(app.commands__.get("interview-followup:open-sidebar")?.hotkeys).toBeUndefined();
  });

  it("does no work in its constructor (deferred views)", async () => {
    const { app, plugin } = await startHost(FILES);
    const leaf = app.workspace.getRightLeaf(false)!;
    const trap = new Proxy(plugin, {
      get(target, key) {
        if (key === "index" || key === "settings") throw new Error(`constructor read host.${String(key)}`);
        return Reflect.get(target, key) as unknown;
      },
    });
    const view = new FollowUpView(leaf as never, trap as never);
    expect(view.contentEl.childElementCount).toBe(0);
    expect(view.getViewType()).toBe(SIDEBAR_VIEW_TYPE);
    expect(view.getDisplayText()).toBe("Follow-ups");
    expect(view.getIcon()).toBe("mail-check");
  });

  it("renders the agenda on open: groups, rows and the invalid note's problem", async () => {
    const { app, plugin } = await startHost(FILES);
    const { view } = await openSidebar(app, plugin);
    const rows = [...view.contentEl.querySelectorAll(".ifu-row")].map((r) => r.getAttribute("data-path"));
    expect(rows).toEqual(["Interviews/Acme.md", "Interviews/Globex.md", "Interviews/Broken.md"]);
    expect(view.contentEl.querySelector(".ifu-group-attention .ifu-problem-value")?.textContent).toBe("2026-13-45");
    expect(view.contentEl.querySelector(".ifu-today span")?.textContent).toBe("Today, Wed, Nov 25");
    expect(view.renderCount).toBe(1);
  });

  it("opens a note on click in the current tab, in a new tab with Cmd/Ctrl", async () => {
    const { app, plugin } = await startHost(FILES);
    const { view } = await openSidebar(app, plugin);
    const body = (): HTMLElement => view.contentEl.querySelector<HTMLElement>('.ifu-row[data-path="Interviews/Globex.md"] .ifu-row-body')!;
    body().click();
    await vi.waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe("Interviews/Globex.md"));
    expect(app.workspace.getLeavesOfType("markdown")).toHaveLength(1);
    const journal = app.vault.getFileByPath("Journal/2026-11-25.md")!;
    await app.workspace.getLeaf(false).openFile(journal);
    body().dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true }));
    await vi.waitFor(() => expect(app.workspace.getLeavesOfType("markdown")).toHaveLength(2));
    expect(app.workspace.getActiveFile()?.path).toBe("Interviews/Globex.md");
  });

  it("shows the tab that already has the note, loading it when it is deferred, instead of opening a copy", async () => {
    const { app, plugin } = await startHost(FILES);
    const { view } = await openSidebar(app, plugin);
    // The user reads the journal; Globex is open in a background tab, deferred since startup.
    const current = app.workspace.getLeaf(false);
    await current.openFile(app.vault.getFileByPath("Journal/2026-11-25.md")!);
    const background = app.workspace.openDeferred__("Interviews/Globex.md");
    expect(background.isDeferred).toBe(true);

    view.contentEl.querySelector<HTMLElement>('.ifu-row[data-path="Interviews/Globex.md"] .ifu-row-body')!.click();
    await vi.waitFor(() => expect(app.workspace.activeLeaf).toBe(background));
    expect(background.isDeferred).toBe(false);
    expect(app.workspace.revealed__).toContain(background);
    expect(app.workspace.getLeavesOfType("markdown")).toHaveLength(2);
    // The journal is still where it was.
    expect(current.getViewState().state?.file).toBe("Journal/2026-11-25.md");
  });

  it("re-renders once per burst of index changes, only when the revision changed", async () => {
    const { app, plugin } = await startHost(FILES);
    const { view } = await openSidebar(app, plugin);
    vi.useFakeTimers();
    const file = app.vault.getFileByPath("Interviews/Globex.md")!;
    await app.vault.modify(file, note(aNote().set("company", "Globex").set("role", "Lead designer").interviewedOn("2026-11-24").thanked().build()));
    await app.metadataCache.settled__();
    await app.vault.modify(file, note(aNote().set("company", "Globex").set("role", "Staff designer").interviewedOn("2026-11-24").thanked().build()));
    await app.metadataCache.settled__();
    expect(view.renderCount).toBe(1);
    vi.advanceTimersByTime(SIDEBAR_REFRESH_MS);
    expect(view.renderCount).toBe(2);
    expect(view.contentEl.textContent).toContain("Globex — Staff designer");
    // An event with nothing new (same revision) costs nothing.
    app.workspace.trigger(INDEX_EVENT, { revision: plugin.index.revision, changed: [] });
    vi.advanceTimersByTime(SIDEBAR_REFRESH_MS);
    app.workspace.trigger("layout-change");
    expect(view.renderCount).toBe(2);
  });

  it("skips renders while hidden, and catches up when shown again", async () => {
    const { app, plugin } = await startHost(FILES);
    const { view } = await openSidebar(app, plugin);
    vi.useFakeTimers();
    view.containerEl.hide();
    const file = app.vault.getFileByPath("Interviews/Acme.md")!;
    await app.vault.modify(file, note(aNote().set("role", "Senior analyst").interviewedOn("2026-11-18").thanked().build()));
    await app.metadataCache.settled__();
    vi.advanceTimersByTime(SIDEBAR_REFRESH_MS * 3);
    expect(view.renderCount).toBe(1);
    expect(view.isStale()).toBe(true);
    view.containerEl.show();
    app.workspace.trigger("active-leaf-change", null);
    expect(view.renderCount).toBe(2);
    expect(view.contentEl.textContent).toContain("Acme — Senior analyst");
    // Showing it again with nothing new does not render.
    view.onResize();
    expect(view.renderCount).toBe(2);
  });

  it("skips renders in a collapsed sidebar and renders when it is expanded", async () => {
    const { app, plugin } = await startHost(FILES);
    const { leaf, view } = await openSidebar(app, plugin);
    vi.useFakeTimers();
    expect(leaf.getRoot()).toBe(app.workspace.rightSplit);
    app.workspace.rightSplit.collapse();
    expect(view.isVisible()).toBe(false);
    const file = app.vault.getFileByPath("Interviews/Acme.md")!;
    await app.vault.modify(file, note(aNote().set("outcome", "offer").interviewedOn("2026-11-18").build()));
    await app.metadataCache.settled__();
    vi.advanceTimersByTime(SIDEBAR_REFRESH_MS);
    expect(view.renderCount).toBe(1);
    app.workspace.rightSplit.expand();
    app.workspace.trigger("layout-change");
    expect(view.renderCount).toBe(2);
    expect(view.contentEl.querySelector('.ifu-group-closed .ifu-row[data-path="Interviews/Acme.md"]')).not.toBeNull();
  });

  it("asks its leaf's root which sidebar it is in: a collapsed left sidebar hides it, a tab in the main area never is", async () => {
    const { app, plugin } = await startHost(FILES);
    registerSidebar(plugin.host);
    const left = app.workspace.getLeftLeaf(false)!;
    await left.setViewState({ type: SIDEBAR_VIEW_TYPE });
    await app.workspace.revealLeaf(left);
    const inLeft = left.view as unknown as FollowUpView;
    document.body.appendChild(inLeft.containerEl);
    expect(left.getRoot()).toBe(app.workspace.leftSplit);
    expect(inLeft.isVisible()).toBe(true);
    app.workspace.leftSplit.collapse();
    expect(inLeft.isVisible()).toBe(false);

    const tab = app.workspace.getLeaf("tab");
    await tab.setViewState({ type: SIDEBAR_VIEW_TYPE });
    const inTab = tab.view as unknown as FollowUpView;
    document.body.appendChild(inTab.containerEl);
    expect(tab.getRoot()).toBe(app.workspace.rootSplit);
    app.workspace.rightSplit.collapse();
    expect(inTab.isVisible()).toBe(true);
  });

  it("keeps folded groups and expanded rows across re-renders", async () => {
    const { app, plugin } = await startHost(FILES);
    const { view } = await openSidebar(app, plugin);
    view.contentEl.querySelector<HTMLElement>('.ifu-row[data-path="Interviews/Acme.md"] .ifu-disclosure')!.click();
    const waiting = view.contentEl.querySelector<HTMLDetailsElement>(".ifu-group-waiting")!;
    waiting.open = false;
    waiting.dispatchEvent(new Event("toggle"));
    view.render();
    expect(view.contentEl.querySelector('.ifu-row[data-path="Interviews/Acme.md"] .ifu-row-details')).not.toBeNull();
    expect(view.contentEl.querySelector<HTMLDetailsElement>(".ifu-group-waiting")!.open).toBe(false);
  });

  it("shows the row actions a provider gives, and picks a new provider up at the next refresh", async () => {
    const { app, plugin } = await startHost(FILES);
    const { view } = await openSidebar(app, plugin);
    expect(view.contentEl.querySelector(".ifu-row-action")).toBeNull();
    const run = vi.fn(async () => {
      await Promise.resolve();
    });
    plugin.rowActions = (s) => (s.state === "follow-up-due" ? [{ id: "log", label: "Log a follow-up", icon: "list-plus", run }] : []);
    expect(view.isStale()).toBe(true);
    app.workspace.trigger("layout-change");
    const button = view.contentEl.querySelector<HTMLButtonElement>('.ifu-row[data-path="Interviews/Acme.md"] .ifu-row-action')!;
    expect(button.getAttribute("aria-label")).toBe("Log a follow-up");
    expect(button.querySelector("svg.lucide-list-plus")).not.toBeNull();
    button.click();
    expect(run).toHaveBeenCalledOnce();
    expect(app.workspace.opened__).toHaveLength(0);
    plugin.rowActions = null;
    app.workspace.trigger("layout-change");
    expect(view.contentEl.querySelector(".ifu-row-action")).toBeNull();
  });

  it("an empty vault shows how to start, with a button that opens the new-note form", async () => {
    const { app, plugin } = await startHost({ "Journal/x.md": "Hello\n" });
    const { view } = await openSidebar(app, plugin);
    expect(view.contentEl.querySelector(".ifu-empty-title")?.textContent).toBe("No interview notes yet");
    expect(view.contentEl.querySelector(".ifu-example")?.textContent).toContain("type: interview");
    // The form itself, called directly: no command registry (`app.commands` is not public API).
    expect((app as unknown as { commands?: unknown }).commands).toBeUndefined();
    view.contentEl.querySelector<HTMLButtonElement>(".ifu-new-note")!.click();
    expect(Modal.open__.at(-1)).toBeInstanceOf(NewInterviewModal);
    Modal.open__.at(-1)!.close();
  });

  it("says it is reading the vault while the first build runs, never that there are no notes", async () => {
    const app = createApp({ files: FILES });
    const plugin = await loadPlugin(new ViewsTestHost(app, DEFAULT_MANIFEST));
    const { view } = await openSidebar(app, plugin);
    expect(view.contentEl.querySelector(".ifu-reading")?.textContent).toBe("Reading your vault…");
    expect(view.contentEl.querySelector(".ifu-empty")).toBeNull();
    vi.useFakeTimers();
    app.workspace.setLayoutReady__();
    await plugin.index.whenReady();
    vi.advanceTimersByTime(SIDEBAR_REFRESH_MS);
    expect(view.contentEl.querySelector(".ifu-reading")).toBeNull();
    expect(view.contentEl.querySelectorAll(".ifu-row")).toHaveLength(3);
  });

  it("the empty state follows the detection and key settings as they are now", async () => {
    const { app, plugin } = await startHost({ "Journal/x.md": "Hello\n" });
    const { view } = await openSidebar(app, plugin);
    vi.useFakeTimers();
    plugin.settings.detection = { type: "", tag: "job/interview", folder: "" };
    plugin.settings.keys.interview_date = "date";
    await plugin.saveSettings();
    // No note matches, before or after: the index still says the settings changed.
    vi.advanceTimersByTime(SIDEBAR_REFRESH_MS);
    expect(view.contentEl.querySelector(".ifu-empty-detection")?.textContent).toBe(
      "A note is an interview note when it has the tag #job/interview. Keep one note per interview, with properties like these:",
    );
    const example = view.contentEl.querySelector(".ifu-example")?.textContent ?? "";
    expect(example).toContain("tags:\n  - job/interview");
    expect(example).toContain("\ndate: 2026-11-18T14:00\n");
    expect(example).not.toContain("type:");
    plugin.settings.detection = { type: "", tag: "", folder: "" };
    await plugin.saveSettings();
    vi.advanceTimersByTime(SIDEBAR_REFRESH_MS);
    expect(view.contentEl.querySelector(".ifu-empty-detection")?.textContent).toMatch(/^Finding interview notes is off/);
  });

  it("leaves nothing behind when the plugin unloads, and does not detach its leaf", async () => {
    const { app, plugin } = await startHost(FILES);
    const watch = watchLeaks(app);
    const { leaf, view } = await openSidebar(app, plugin);
    const file = app.vault.getFileByPath("Interviews/Acme.md")!;
    await app.vault.modify(file, note(aNote().set("role", "Analyst II").interviewedOn("2026-11-18").thanked().build()));
    await app.metadataCache.settled__();
    plugin.unload();
    // The stand-in closes the plugin's views asynchronously (onClose, then unload).
    await new Promise((resolve) => window.setTimeout(resolve, 0));
    expect(view.contentEl.childElementCount).toBe(0);
    view.containerEl.detach();
    const report = watch.report();
    watch.stop();
    expect(report.details).toEqual([]);
    expect(report.total).toBe(0);
    expect(app.workspace.detachCalls__).toEqual([]);
    expect(app.workspace.leaves__).toContain(leaf);
  });
});
