// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { AgendaBlockChild, BLOCK_REFRESH_MS, registerAgendaBlock } from "../../../src/plugin/views/agenda-block";
import { createApp, DEFAULT_MANIFEST, loadPlugin, renderCodeBlock, watchLeaks } from "../../support/obsidian";
import { aNote } from "../../support/note-builder";
import { note, startHost, ViewsTestHost } from "../test-host";

const FILES = {
  "Interviews/2026/Acme.md": note(aNote().interviewedOn("2026-11-18").thanked().build()),
  "Interviews/2026/Globex.md": note(aNote().set("company", "Globex").set("role", "Designer").interviewedOn("2026-11-20").final().build()),
  "Interviews/2025/Initech.md": note(aNote().set("company", "Initech").set("role", "Engineer").interviewedOn("2025-11-18").thanked().emailed("2025-11-25").emailed("2025-12-02").emailed("2025-12-09").build()),
  "Interviews/2026/Umbrella.md": note(aNote().set("company", "Umbrella").set("role", "Scientist").interviewedOn("2026-11-30").build()),
};

afterEach(() => {
  vi.useRealTimers();
  document.body.empty();
});

const links = (el: HTMLElement): (string | null)[] => [...el.querySelectorAll("a.internal-link")].map((a) => a.getAttribute("data-href"));

describe("the followup code block", () => {
  it("lists the agenda as internal links, every group but Closed by default", async () => {
    const { app, plugin } = await startHost(FILES);
    registerAgendaBlock(plugin.host);
    const { el } = await renderCodeBlock(app, "followup", "", { sourcePath: "Home.md" });
    expect(links(el)).toEqual(["Interviews/2026/Globex.md", "Interviews/2026/Acme.md", "Interviews/2026/Umbrella.md", "Interviews/2025/Initech.md"]);
    expect([...el.querySelectorAll(".ifu-agenda-heading")].map((h) => h.textContent)).toEqual(["Overdue", "Due", "Upcoming interviews", "Move on"]);
  });

  it("applies show, folder and limit", async () => {
    const { app, plugin } = await startHost(FILES);
    registerAgendaBlock(plugin.host);
    const due = await renderCodeBlock(app, "followup", "show: overdue, due\nfolder: Interviews/2026\nlimit: 1");
    expect(links(due.el)).toEqual(["Interviews/2026/Globex.md"]);
    const old = await renderCodeBlock(app, "followup", "folder: Interviews/2025");
    expect(links(old.el)).toEqual(["Interviews/2025/Initech.md"]);
  });

  it("opens the note on click (new tab with Cmd/Ctrl), from the block's note", async () => {
    const { app, plugin } = await startHost(FILES);
    registerAgendaBlock(plugin.host);
    const { el } = await renderCodeBlock(app, "followup", "show: due", { sourcePath: "Daily/2026-11-25.md" });
    const link = el.querySelector<HTMLAnchorElement>("a.internal-link")!;
    link.click();
    link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true }));
    const opened = app.workspace.opened__.filter((o) => o.via === "openLinkText");
    expect(opened.map((o) => [o.linktext, o.newLeaf])).toEqual([
      ["Interviews/2026/Acme.md", false],
      ["Interviews/2026/Acme.md", true],
    ]);
  });

  it("offers Obsidian's page preview when a link is hovered", async () => {
    const { app, plugin } = await startHost(FILES);
    registerAgendaBlock(plugin.host);
    const hovers: unknown[] = [];
    app.workspace.on("hover-link", (info: unknown) => hovers.push(info));
    const { el } = await renderCodeBlock(app, "followup", "show: due", { sourcePath: "Home.md" });
    document.body.appendChild(el);
    el.querySelector(".ifu-agenda-heading")!.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    expect(hovers).toHaveLength(0);
    const link = el.querySelector<HTMLAnchorElement>("a.internal-link")!;
    link.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    expect(hovers).toMatchObject([{ source: "preview", linktext: "Interviews/2026/Acme.md", sourcePath: "Home.md", targetEl: link }]);
    el.detach();
  });

  it("shows a message naming the line for an unknown option, group or bad limit, and never throws", async () => {
    const { app, plugin } = await startHost(FILES);
    registerAgendaBlock(plugin.host);
    const { el } = await renderCodeBlock(app, "followup", "show: due\ncolour: red\nlimit: lots\nshow: someday");
    expect([...el.querySelectorAll(".ifu-agenda-error")].map((e) => e.textContent)).toEqual([
      "Unknown option on line 2: colour (use show, folder or limit)",
      "Bad limit on line 3: lots (use a whole number, 1 or more)",
      "Unknown group on line 4: someday (use overdue, due, waiting, upcoming, move-on, attention, closed)",
    ]);
    expect(links(el)).toEqual(["Interviews/2026/Acme.md"]);
  });

  it("says Nothing due. when nothing matches", async () => {
    const { app, plugin } = await startHost(FILES);
    registerAgendaBlock(plugin.host);
    const { el } = await renderCodeBlock(app, "followup", "show: due\nfolder: Elsewhere");
    expect(el.querySelector(".ifu-agenda-empty")?.textContent).toBe("Nothing due.");
  });

  it("stays live: re-renders when the index changes, once per revision", async () => {
    const { app, plugin } = await startHost(FILES);
    registerAgendaBlock(plugin.host);
    const { el, children } = await renderCodeBlock(app, "followup", "show: due, waiting");
    const child = children[0] as unknown as AgendaBlockChild;
    expect(child.renderCount).toBe(1);
    vi.useFakeTimers();
    await app.vault.modify(app.vault.getFileByPath("Interviews/2026/Acme.md")!, note(aNote().interviewedOn("2026-11-18").thanked().emailed("2026-11-25").build()));
    await app.metadataCache.settled__();
    expect(child.renderCount).toBe(1); // gathered for a moment first
    await vi.advanceTimersByTimeAsync(BLOCK_REFRESH_MS);
    expect(child.renderCount).toBe(2);
    expect(el.querySelector('[data-group="waiting"] a')?.getAttribute("data-href")).toBe("Interviews/2026/Acme.md");
    child.render();
    expect(child.renderCount).toBe(2);
    expect(el.querySelectorAll(".ifu-agenda")).toHaveLength(1);
  });

  it("shows an error instead of throwing when the index fails", async () => {
    const { app, plugin } = await startHost(FILES);
    registerAgendaBlock(plugin.host);
    plugin.index.agenda = () => {
      throw new Error("boom");
    };
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const { el } = await renderCodeBlock(app, "followup", "");
      expect(el.querySelector(".ifu-agenda-error")?.textContent).toBe("The follow-up agenda could not be shown; see the developer console.");
      expect(logged).toHaveBeenCalledOnce();
    } finally {
      logged.mockRestore();
    }
  });

  it("renders hostile values and paths as text", async () => {
    const { app, plugin } = await startHost({
      'Interviews/"><svg onload=alert(1)>.md': note(aNote().set("company", "<img src=x onerror=alert(1)>").set("role", "<script>alert(2)</script>").build()),
    });
    registerAgendaBlock(plugin.host);
    const { el } = await renderCodeBlock(app, "followup", "show: <img src=y onerror=alert(3)>");
    expect(el.querySelector("img, script, svg")).toBeNull();
    expect(el.querySelector("a.internal-link")?.textContent).toBe("<img src=x onerror=alert(1)> — <script>alert(2)</script>");
  });

  it("stops listening when the block goes away", async () => {
    const { app, plugin } = await startHost(FILES);
    registerAgendaBlock(plugin.host);
    const watch = watchLeaks(app);
    const rendered = await renderCodeBlock(app, "followup", "");
    expect(watch.report().events.workspace).toBe(3); // index updates, layout changes, active leaf changes
    expect(watch.report().domListeners).toBeGreaterThan(0);
    rendered.unload();
    const report = watch.report();
    watch.stop();
    expect(report.total).toBe(0);
  });

  it("renders once for a burst of index events", async () => {
    const { app, plugin } = await startHost(FILES);
    registerAgendaBlock(plugin.host);
    const { children } = await renderCodeBlock(app, "followup", "");
    const child = children[0] as unknown as AgendaBlockChild;
    vi.useFakeTimers();
    for (const day of ["2026-11-21", "2026-11-22", "2026-11-23"]) {
      await app.vault.modify(app.vault.getFileByPath("Interviews/2026/Acme.md")!, note(aNote().interviewedOn("2026-11-18").thanked().emailed(day).build()));
      await app.metadataCache.settled__();
    }
    await vi.advanceTimersByTimeAsync(BLOCK_REFRESH_MS * 3);
    expect(child.renderCount).toBe(2);
  });

  it("does not render while hidden, and catches up when shown", async () => {
    const { app, plugin } = await startHost(FILES);
    registerAgendaBlock(plugin.host);
    const { el, children } = await renderCodeBlock(app, "followup", "show: due, waiting");
    const child = children[0] as unknown as AgendaBlockChild;
    vi.useFakeTimers();
    el.parentElement!.hide(); // its tab is in the background
    await app.vault.modify(app.vault.getFileByPath("Interviews/2026/Acme.md")!, note(aNote().interviewedOn("2026-11-18").thanked().emailed("2026-11-25").build()));
    await app.metadataCache.settled__();
    await vi.advanceTimersByTimeAsync(BLOCK_REFRESH_MS * 3);
    expect(child.renderCount).toBe(1);
    el.parentElement!.show();
    app.workspace.trigger("active-leaf-change", null);
    expect(child.renderCount).toBe(2);
    expect(el.querySelector('[data-group="waiting"] a')?.getAttribute("data-href")).toBe("Interviews/2026/Acme.md");
  });

  it("says it is reading the vault while the first build runs, then shows the agenda", async () => {
    const app = createApp({ files: FILES });
    const plugin = await loadPlugin(new ViewsTestHost(app, DEFAULT_MANIFEST));
    registerAgendaBlock(plugin.host);
    const { el } = await renderCodeBlock(app, "followup", "");
    expect(el.querySelector(".ifu-reading")?.textContent).toBe("Reading your vault…");
    expect(el.textContent).not.toContain("Nothing");
    vi.useFakeTimers();
    app.workspace.setLayoutReady__();
    await plugin.index.whenReady();
    await vi.advanceTimersByTimeAsync(BLOCK_REFRESH_MS);
    expect(el.querySelector(".ifu-reading")).toBeNull();
    expect(links(el)).toContain("Interviews/2026/Acme.md");
  });
});
