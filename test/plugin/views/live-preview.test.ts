// @vitest-environment happy-dom
import { EditorState, StateEffect, Text } from "@codemirror/state";
import { Decoration, EditorView, WidgetType } from "@codemirror/view";
import { afterEach, describe, expect, it, vi } from "vitest";
import { INDEX_EVENT, type IndexUpdate } from "../../../src/plugin/host";
import { bodyStart, createBadgeExtension, refreshBadgeEffect } from "../../../src/plugin/views/live-preview";
import { editorInfoField, editorLivePreviewField, setLivePreview__, watchLeaks, type App } from "../../support/obsidian";
import { aNote } from "../../support/note-builder";
import { note, startHost, type ViewsTestHost } from "../test-host";

const ACME = note(aNote().interviewedOn("2026-11-18").thanked().build(), "## Notes\nThey liked the dashboard.\n");

const views: EditorView[] = [];
afterEach(() => {
  for (const v of views.splice(0)) v.destroy();
  document.body.empty();
});

function openEditor(plugin: ViewsTestHost, path: string | null, doc: string, livePreview = true): { view: EditorView; refreshes: () => number } {
  let refreshes = 0;
  const view = new EditorView({
    parent: document.body.createDiv(),
    state: EditorState.create({
      doc,
      extensions: [
        editorInfoField.init(() => ({ file: path === null ? null : { path } })),
        editorLivePreviewField.init(() => livePreview),
        createBadgeExtension(plugin.host),
        EditorView.updateListener.of((u) => {
          for (const tr of u.transactions) if (tr.effects.some((e) => e.is(refreshBadgeEffect))) refreshes++;
        }),
      ],
    }),
  });
  views.push(view);
  return { view, refreshes: () => refreshes };
}

const widgets = (view: EditorView): HTMLElement[] => [...view.contentDOM.querySelectorAll<HTMLElement>(".ifu-badge-live")];
/**
 * The text of the document line the badge stands above: a block widget is a block of its own
 * (a child of the content element, not inside a line), followed by the line it precedes.
 */
function widgetLine(view: EditorView): string | null {
  const widget = widgets(view)[0];
  if (!widget) return null;
  expect(widget.parentElement).toBe(view.contentDOM);
  const next = widget.nextElementSibling as HTMLElement | null;
  if (!next) return view.state.doc.line(view.state.doc.lines).text + " (badge below)";
  return view.state.doc.lineAt(view.posAtDOM(next)).text;
}
const badgeText = (view: EditorView): string | null => view.contentDOM.querySelector(".ifu-badge-text")?.textContent ?? null;

async function start(): Promise<{ app: App; plugin: ViewsTestHost }> {
  return startHost({
    "Interviews/Acme.md": ACME,
    "Interviews/Globex.md": note(aNote().set("company", "Globex").interviewedOn("2026-11-24").thanked().build()),
    "Lists/Groceries.md": note({ title: "Groceries" }, "Milk\n"),
  });
}

describe("bodyStart", () => {
  it("is just after the closing fence, or 0 without complete frontmatter", () => {
    expect(bodyStart(Text.of(["---", "a: 1", "---", "Body"]))).toBe("---\na: 1\n---\n".length);
    expect(bodyStart(Text.of(["---", "a: 1", "---"]))).toBe("---\na: 1\n---".length);
    expect(bodyStart(Text.of(["---", "a: 1", "Body"]))).toBe(0);
    expect(bodyStart(Text.of(["Body", "---"]))).toBe(0);
    expect(bodyStart(Text.of([""]))).toBe(0);
    expect(bodyStart(Text.of(["---  ", "a: 1", "---\t", "Body"]))).toBe("---  \na: 1\n---\t\n".length);
  });
});

describe("the badge in Live Preview", () => {
  it("shows one widget at the start of the body in Live Preview", async () => {
    const { plugin } = await start();
    const { view } = openEditor(plugin, "Interviews/Acme.md", ACME);
    expect(widgets(view)).toHaveLength(1);
    expect(widgetLine(view)).toBe("## Notes");
    expect(badgeText(view)).toBe("Email follow-up due by Wed, Dec 2");
    expect(widgets(view)[0].querySelector(".ifu-badge")?.getAttribute("aria-label")).toMatch(/\(R4c\)$/);
  });

  it("is a block widget from a state field: the cursor never sits beside it, and a click on it moves nothing", async () => {
    const { plugin } = await start();
    const { view } = openEditor(plugin, "Interviews/Acme.md", ACME);
    const widget = widgets(view)[0];
    expect(widget.classList.contains("cm-line")).toBe(false);
    // No document line holds the badge, so no cursor position is inside or beside it.
    for (const line of view.contentDOM.querySelectorAll(".cm-line")) expect(line.querySelector(".ifu-badge-live")).toBeNull();
    const before = view.state.selection.main.head;
    widget.querySelector(".ifu-badge")!.dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
    expect(view.state.selection.main.head).toBe(before);
  });

  it("sits below the properties of a note that has no body yet", async () => {
    const { app, plugin } = await start();
    const text = note(aNote().set("company", "Initech").interviewedOn("2026-11-18").thanked().build(), "").trimEnd();
    await app.vault.create("Interviews/Initech.md", text);
    await app.metadataCache.settled__();
    const { view } = openEditor(plugin, "Interviews/Initech.md", text);
    expect(widgets(view)).toHaveLength(1);
    expect(widgetLine(view)).toBe("--- (badge below)");
  });

  it("shows nothing in source mode, and follows a switch between the modes", async () => {
    const { plugin } = await start();
    const { view } = openEditor(plugin, "Interviews/Acme.md", ACME, false);
    expect(widgets(view)).toHaveLength(0);
    view.dispatch({ effects: setLivePreview__.of(true) });
    expect(widgets(view)).toHaveLength(1);
    view.dispatch({ effects: setLivePreview__.of(false) });
    expect(widgets(view)).toHaveLength(0);
  });

  it("shows nothing for a note that is not an interview note, or an editor without a file", async () => {
    const { plugin } = await start();
    expect(widgets(openEditor(plugin, "Lists/Groceries.md", note({ title: "Groceries" }, "Milk\n")).view)).toHaveLength(0);
    expect(widgets(openEditor(plugin, null, ACME).view)).toHaveLength(0);
  });

  it("stays at the top of the body when text is inserted above or below it", async () => {
    const { plugin } = await start();
    const { view } = openEditor(plugin, "Interviews/Acme.md", ACME);
    // Above: a new frontmatter line pushes it down.
    view.dispatch({ changes: { from: view.state.doc.line(2).from, insert: "stage: first\n" } });
    expect(widgetLine(view)).toBe("## Notes");
    // At the body's start: it stays first.
    view.dispatch({ changes: { from: bodyStart(view.state.doc), insert: "Intro\n" } });
    expect(widgetLine(view)).toBe("Intro");
    // Below: nothing moves.
    view.dispatch({ changes: { from: view.state.doc.length, insert: "More notes.\n" } });
    expect(widgetLine(view)).toBe("Intro");
    expect(widgets(view)).toHaveLength(1);
    // Frontmatter broken open: the badge goes to the document's start.
    const fence = [...Array(view.state.doc.lines).keys()].map((i) => view.state.doc.line(i + 1)).filter((l) => l.text === "---")[1];
    view.dispatch({ changes: { from: fence.from, to: fence.to, insert: "--" } });
    expect(widgetLine(view)).toBe("---");
  });

  it("refreshes when its note's status changes, and only for its note", async () => {
    const { app, plugin } = await start();
    const { view, refreshes } = openEditor(plugin, "Interviews/Acme.md", ACME);
    await app.vault.modify(app.vault.getFileByPath("Interviews/Globex.md")!, note(aNote().set("company", "Globex").set("outcome", "offer").interviewedOn("2026-11-24").build()));
    await app.metadataCache.settled__();
    expect(refreshes()).toBe(0);
    await app.vault.modify(app.vault.getFileByPath("Interviews/Acme.md")!, note(aNote().interviewedOn("2026-11-18").thanked().emailed("2026-11-25").build()));
    await app.metadataCache.settled__();
    expect(refreshes()).toBe(1);
    expect(badgeText(view)).toBe("Email follow-up 2 from Wed, Dec 2");
    // A full recompute (settings changed, new day) refreshes every editor.
    plugin.settings.maxAttempts = 1;
    plugin.index.rebuild();
    await plugin.index.whenReady();
    await new Promise((resolve) => window.setTimeout(resolve, 10));
    expect(refreshes()).toBe(2);
    expect(badgeText(view)).toBe("Waiting for an answer until Wed, Dec 9");
  });

  it("refreshes an editor whose own drawing announced a new day, once that drawing is done", async () => {
    const { app, plugin } = await start();
    const { view, refreshes } = openEditor(plugin, "Interviews/Acme.md", ACME);
    // What a `followup` block inside Live Preview does when the index finds a new day as the block
    // asks for it: the index's event fires while this editor is drawing its widgets.
    class AnnouncesADay extends WidgetType {
      toDOM(): HTMLElement {
        const update: IndexUpdate = { revision: plugin.index.revision + 1, changed: null, today: "2026-11-26" };
        app.workspace.trigger(INDEX_EVENT, update);
        return createSpan();
      }
    }
    const block = Decoration.widget({ widget: new AnnouncesADay(), block: true }).range(0);
    expect(() => view.dispatch({ effects: StateEffect.appendConfig.of(EditorView.decorations.of(Decoration.set([block]))) })).not.toThrow();
    await Promise.resolve();
    expect(refreshes()).toBe(1);
  });

  it("forgets a destroyed editor and leaves no listener after unload", async () => {
    const { app, plugin } = await start();
    const watch = watchLeaks(app);
    const { view, refreshes } = openEditor(plugin, "Interviews/Acme.md", ACME);
    const dispatch = vi.spyOn(view, "dispatch");
    view.destroy();
    await app.vault.modify(app.vault.getFileByPath("Interviews/Acme.md")!, note(aNote().interviewedOn("2026-11-18").build()));
    await app.metadataCache.settled__();
    expect(dispatch).not.toHaveBeenCalled();
    expect(refreshes()).toBe(0);
    plugin.unload();
    const report = watch.report();
    watch.stop();
    expect(report.events.workspace).toBe(0);
  });

  it("renders hostile values as text", async () => {
    const text = note(aNote().set("company", "<img src=x onerror=alert(1)>").interviewedOn('"><svg onload=alert(1)>').build());
    const { app, plugin } = await start();
    await app.vault.create("Interviews/Hostile.md", text);
    await app.metadataCache.settled__();
    const { view } = openEditor(plugin, "Interviews/Hostile.md", text);
    expect(widgets(view)).toHaveLength(1);
    expect(view.contentDOM.querySelector(".ifu-badge-live img, .ifu-badge-live svg, .ifu-badge-live script")).toBeNull();
  });
});
