// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { registerStatusBar } from "../../../src/plugin/views/status-bar";
import { resetPlatform, setPlatform, watchLeaks } from "../../support/obsidian";
import { aNote } from "../../support/note-builder";
import { note, startHost } from "../test-host";

afterEach(() => resetPlatform());

const DUE = note(aNote().interviewedOn("2026-11-18").thanked().build()); // follow-up due on 25 Nov
const OVERDUE = note(aNote().set("company", "Globex").interviewedOn("2026-11-18").build()); // thank-you overdue
const WAITING = note(aNote().set("company", "Initech").interviewedOn("2026-11-24").thanked().build());

describe("the status bar item", () => {
  it("counts overdue and due notes, in the plural", async () => {
    const { app, plugin } = await startHost({ "Interviews/A.md": DUE, "Interviews/B.md": OVERDUE, "Interviews/C.md": WAITING });
    const el = registerStatusBar(plugin.host)!;
    expect(app.statusBarEl__.contains(el)).toBe(true);
    expect(el.textContent).toBe("2 follow-ups due");
    expect(el.hasClass("ifu-hidden")).toBe(false);
  });

  it("says 1 in the singular, and hides at zero, following the index", async () => {
    const { app, plugin } = await startHost({ "Interviews/A.md": DUE, "Interviews/C.md": WAITING });
    const el = registerStatusBar(plugin.host)!;
    expect(el.textContent).toBe("1 follow-up due");
    await app.vault.modify(app.vault.getFileByPath("Interviews/A.md")!, note(aNote().interviewedOn("2026-11-18").thanked().emailed("2026-11-25").build()));
    await app.metadataCache.settled__();
    expect(el.textContent).toBe("");
    expect(el.hasClass("ifu-hidden")).toBe(true);
    await app.vault.modify(app.vault.getFileByPath("Interviews/C.md")!, OVERDUE);
    await app.metadataCache.settled__();
    expect(el.textContent).toBe("1 follow-up due");
    expect(el.hasClass("ifu-hidden")).toBe(false);
  });

  it("is hidden before the index is built, then shows the count", async () => {
    const { createApp, loadPlugin, DEFAULT_MANIFEST } = await import("../../support/obsidian");
    const { ViewsTestHost } = await import("../test-host");
    const app = createApp({ files: { "Interviews/A.md": DUE } });
    const plugin = await loadPlugin(new ViewsTestHost(app, DEFAULT_MANIFEST));
    const el = registerStatusBar(plugin.host)!;
    expect(el.hasClass("ifu-hidden")).toBe(true);
    app.workspace.setLayoutReady__();
    await plugin.index.whenReady();
    expect(el.textContent).toBe("1 follow-up due");
  });

  it("opens the sidebar on click", async () => {
    const { plugin } = await startHost({ "Interviews/A.md": DUE });
    const el = registerStatusBar(plugin.host)!;
    el.click();
    expect(plugin.sidebarActivations).toBe(1);
  });

  it("adds nothing on mobile", async () => {
    setPlatform({ isMobile: true, isDesktop: false });
    const { app, plugin } = await startHost({ "Interviews/A.md": DUE });
    expect(registerStatusBar(plugin.host)).toBeNull();
    expect(app.statusBarEl__.childElementCount).toBe(0);
  });

  it("is removed with its listeners when the plugin unloads", async () => {
    const { app, plugin } = await startHost({ "Interviews/A.md": DUE });
    const watch = watchLeaks(app);
    const el = registerStatusBar(plugin.host)!;
    plugin.unload();
    const report = watch.report();
    watch.stop();
    expect(el.isConnected).toBe(false);
    expect(app.statusBarEl__.contains(el)).toBe(false);
    expect(report.total).toBe(0);
  });
});
