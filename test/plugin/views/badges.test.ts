// @vitest-environment happy-dom
import type { MarkdownPostProcessorContext } from "obsidian";
import { afterEach, describe, expect, it } from "vitest";
import { useClock } from "../../support/stand-in/clock";
import { BadgeRenderChild, registerBadges } from "../../../src/plugin/views/badges";
import { createApp, DEFAULT_MANIFEST, loadPlugin, renderReadingView, runPostProcessors, watchLeaks, type App, type Component } from "../../support/obsidian";
import { aNote } from "../../support/note-builder";
import { note, startHost, ViewsTestHost } from "../test-host";

interface Section {
  el: HTMLElement;
  lineStart: number;
  lineEnd: number;
}

/** Sections as Obsidian's reading view renders them, each with its source lines. */
function sectionsOf(text: string, frontmatter: boolean): Section[] {
  const lines = text.split("\n");
  const out: Section[] = [];
  let i = 0;
  if (frontmatter) {
    const end = lines.indexOf("---", 1);
    const el = createDiv({ cls: ["el-pre", "mod-frontmatter", "mod-ui"] });
    el.createEl("pre", { cls: "frontmatter", text: lines.slice(1, end).join("\n") });
    out.push({ el, lineStart: 0, lineEnd: end });
    i = end + 1;
  }
  for (; i < lines.length; i++) {
    if (lines[i].trim() === "") continue;
    const el = createDiv({ cls: "el-p" });
    el.createEl("p", { text: lines[i] });
    out.push({ el, lineStart: i, lineEnd: i });
  }
  return out;
}

/** Runs the registered post-processors over each section, as reading view does. */
async function renderReading(app: App, path: string, text: string, frontmatter = true): Promise<{ sections: Section[]; children: Component[] }> {
  const sections = sectionsOf(text, frontmatter);
  const children: Component[] = [];
  for (const section of sections) {
    const ctx = {
      docId: "doc",
      sourcePath: path,
      frontmatter: null,
      addChild: (child: Component) => {
        children.push(child);
        child.load();
      },
      getSectionInfo: (el: HTMLElement) => {
        const s = sections.find((x) => x.el === el);
        return s ? { text, lineStart: s.lineStart, lineEnd: s.lineEnd } : null;
      },
    } as unknown as MarkdownPostProcessorContext;
    for (const pp of app.postProcessors__) await pp(section.el, ctx);
  }
  return { sections, children };
}

const badges = (sections: Section[]): HTMLElement[] => sections.flatMap((s) => [...s.el.querySelectorAll<HTMLElement>(".ifu-badge")]);

const ACME = note(aNote().interviewedOn("2026-11-18").thanked().build(), "## Notes\n\nThey liked the dashboard.\n");

afterEach(() => document.body.empty());

describe("the badge in reading view", () => {
  it("adds exactly one badge, in the top section, and none in the others", async () => {
    const { app, plugin } = await startHost({ "Interviews/Acme.md": ACME });
    registerBadges(plugin.host);
    const { sections } = await renderReading(app, "Interviews/Acme.md", ACME);
    expect(sections).toHaveLength(3);
    expect(badges(sections)).toHaveLength(1);
    const badge = sections[0].el.querySelector<HTMLElement>(".ifu-badge")!;
    expect(badge.querySelector(".ifu-badge-text")?.textContent).toBe("Email follow-up due by Wed, Dec 2");
    expect(badge.getAttribute("aria-label")).toMatch(/\(R4c\)$/);
    expect(badge.hasClass("ifu-state-due")).toBe(true);
    expect(sections[0].el.firstElementChild?.hasClass("ifu-badge-host")).toBe(true);
    expect(sections.slice(1).every((s) => s.el.querySelector(".ifu-badge-host") === null)).toBe(true);
  });

  it("adds no second badge when a section is processed again", async () => {
    const { app, plugin } = await startHost({ "Interviews/Acme.md": ACME });
    registerBadges(plugin.host);
    const { sections } = await renderReading(app, "Interviews/Acme.md", ACME);
    const ctx = {
      sourcePath: "Interviews/Acme.md",
      addChild: (c: Component) => c.load(),
      getSectionInfo: () => ({ text: ACME, lineStart: 0, lineEnd: 5 }),
    } as unknown as MarkdownPostProcessorContext;
    for (const pp of app.postProcessors__) await pp(sections[0].el, ctx);
    expect(badges(sections)).toHaveLength(1);
  });

  it("shows nothing on a note that is not an interview note", async () => {
    const text = note({ title: "Groceries" }, "Milk\n");
    const { app, plugin } = await startHost({ "Lists/Groceries.md": text });
    registerBadges(plugin.host);
    const { sections } = await renderReading(app, "Lists/Groceries.md", text);
    expect(badges(sections)).toHaveLength(0);
    expect(sections[0].el.querySelector(".ifu-badge-host")?.hasClass("ifu-hidden")).toBe(true);
  });

  it("uses the first section of a note without frontmatter (found by its folder)", async () => {
    const text = "Met Dana at Acme.\n\nSecond paragraph.\n";
    const { app, plugin } = await startHost({ "Interviews/No frontmatter.md": text });
    registerBadges(plugin.host);
    const { sections } = await renderReading(app, "Interviews/No frontmatter.md", text, false);
    expect(badges(sections)).toHaveLength(1);
    expect(sections[0].el.querySelector(".ifu-badge-text")?.textContent).toBe("Add interview_date");
  });

  it("follows the index: the badge changes when its note changes, and only then", async () => {
    const globex = note(aNote().set("company", "Globex").interviewedOn("2026-11-24").thanked().build());
    const { app, plugin } = await startHost({ "Interviews/Acme.md": ACME, "Interviews/Globex.md": globex });
    registerBadges(plugin.host);
    const { sections, children } = await renderReading(app, "Interviews/Acme.md", ACME);
    const child = children.find((c) => c instanceof BadgeRenderChild) as BadgeRenderChild;
    expect(child.renderCount).toBe(1);
    await app.vault.modify(app.vault.getFileByPath("Interviews/Globex.md")!, note(aNote().set("company", "Globex").set("outcome", "rejected").interviewedOn("2026-11-24").build()));
    await app.metadataCache.settled__();
    expect(child.renderCount).toBe(1);
    await app.vault.modify(app.vault.getFileByPath("Interviews/Acme.md")!, note(aNote().interviewedOn("2026-11-18").set("outcome", "offer").build()));
    await app.metadataCache.settled__();
    expect(child.renderCount).toBe(2);
    expect(badges(sections)).toHaveLength(1);
    expect(sections[0].el.querySelector(".ifu-badge-text")?.textContent).toBe("Closed");
  });

  it("drawn first after a wake past midnight (no timer has run), it draws once, for the new day", async () => {
    const clock = useClock(new Date(2026, 10, 24, 23, 58));
    try {
      const app = createApp({ files: { "Interviews/Acme.md": ACME } });
      const host = new ViewsTestHost(app, DEFAULT_MANIFEST);
      host.clock = () => new Date(); // the running clock, as the plugin's index reads it
      const plugin = await loadPlugin(host);
      app.workspace.setLayoutReady__();
      await plugin.index.whenReady();
      registerBadges(plugin.host);
      clock.sleep(3 * 60_000); // 00:01 on the 25th
      const { sections, children } = await renderReading(app, "Interviews/Acme.md", ACME);
      const child = children.find((c) => c instanceof BadgeRenderChild) as BadgeRenderChild;
      expect(plugin.index.statusDay).toBe("2026-11-25");
      expect(child.renderCount).toBe(1);
      expect(badges(sections)).toHaveLength(1);
    } finally {
      clock.stop();
    }
  });

  it("appears when a note becomes an interview note after it was rendered", async () => {
    const plain = note({ title: "Call with Acme" });
    const { app, plugin } = await startHost({ "Notes/Acme call.md": plain });
    registerBadges(plugin.host);
    const { sections } = await renderReading(app, "Notes/Acme call.md", plain);
    expect(badges(sections)).toHaveLength(0);
    await app.vault.modify(app.vault.getFileByPath("Notes/Acme call.md")!, note(aNote().interviewedOn("2026-11-26").build()));
    await app.metadataCache.settled__();
    expect(badges(sections)).toHaveLength(1);
    expect(sections[0].el.querySelector(".ifu-badge-text")?.textContent).toBe("Interview tomorrow");
  });

  it("renders hostile values as text", async () => {
    const text = note(aNote().set("company", "<img src=x onerror=alert(1)>").interviewedOn('"><svg onload=alert(1)>').build());
    const { app, plugin } = await startHost({ "Interviews/<script>x</script>.md": text });
    registerBadges(plugin.host);
    const { sections } = await renderReading(app, "Interviews/<script>x</script>.md", text);
    expect(badges(sections)).toHaveLength(1);
    expect(sections[0].el.querySelector("img, script, svg")).toBeNull();
    expect(sections[0].el.querySelector(".ifu-badge-text")?.textContent).toBe('Check interview_date: "><svg onload=alert(1)>');
  });

  it("works through the stand-in's runPostProcessors too (whole note as one section)", async () => {
    const { app, plugin } = await startHost({ "Interviews/Acme.md": ACME });
    registerBadges(plugin.host);
    const el = createDiv();
    el.createEl("p", { text: "Body" });
    const rendered = await runPostProcessors(app, el, { sourcePath: "Interviews/Acme.md" });
    expect(el.querySelectorAll(".ifu-badge")).toHaveLength(1);
    rendered.unload();
  });

  it("shows in a hover preview and a whole-note embed, not in an embed of one heading (docs/views.md: the badge on the note)", async () => {
    const { app, plugin } = await startHost({ "Interviews/Acme.md": ACME });
    registerBadges(plugin.host);
    const count = async (options: Parameters<typeof renderReadingView>[2]): Promise<number> => {
      const rendered = await renderReadingView(app, "Interviews/Acme.md", options);
      const n = rendered.el.querySelectorAll(".ifu-badge").length;
      rendered.unload();
      return n;
    };
    expect(await count({})).toBe(1);
    expect(await count({ container: "hover-popover" })).toBe(1);
    expect(await count({ container: "embed" })).toBe(1);
    expect(await count({ container: "embed", subpath: "#Notes" })).toBe(0);
  });

  it("stops listening when its section goes away", async () => {
    const { app, plugin } = await startHost({ "Interviews/Acme.md": ACME });
    const watch = watchLeaks(app);
    registerBadges(plugin.host);
    const { children } = await renderReading(app, "Interviews/Acme.md", ACME);
    expect(watch.report().events.workspace).toBe(2); // the badge child + the Live Preview refresher
    for (const c of children) c.unload();
    expect(watch.report().events.workspace).toBe(1);
    plugin.unload();
    const report = watch.report();
    watch.stop();
    expect(report.total).toBe(0);
  });
});
