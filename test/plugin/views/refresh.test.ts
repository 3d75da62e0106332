// @vitest-environment happy-dom
/**
 * The one way live views keep up with the index (views/refresh.ts, after Dataview's
 * refreshable view): updates gathered for a moment cost one draw; a draw only when stale and on
 * screen; a hidden view catches up when shown; nothing left behind on unload.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { INDEX_EVENT, type IndexUpdate } from "../../../src/plugin/host";
import { isOnScreen, Refresher } from "../../../src/plugin/views/refresh";
import { installDomHelpers } from "../../support/dom";
import { Component, createApp, watchLeaks, type App } from "../../support/obsidian";

const DELAY = 100;

/** A view whose staleness and visibility the test sets, counting its draws. */
class FakeView extends Component {
  stale = true;
  visible = true;
  draws = 0;
  readonly el = document.body.createDiv();
  readonly refresher = new Refresher({ isVisible: () => this.visible, isStale: () => this.stale, draw: () => this.draw() }, DELAY);
  readonly seen: IndexUpdate[] = [];
  skip = false;

  constructor(private readonly app: App) {
    super();
  }

  override onload(): void {
    this.refresher.keepUp(this as never, this.app.workspace as never, this.el, (update) => {
      this.seen.push(update);
      return !this.skip;
    });
  }

  private draw(): void {
    this.draws++;
    this.stale = false;
  }
}

function update(revision: number, changed: string[] | null = ["a.md"]): IndexUpdate {
  return { revision, changed, today: "2026-11-25" };
}

/** A loaded view; `before` sets it up first. */
function loadedView(before: (view: FakeView) => void = () => undefined): FakeView {
  const view = new FakeView(app);
  before(view);
  view.load();
  return view;
}

/** One index update, and the wait for the draw it may cause. */
function indexUpdateSettles(revision = 1): void {
  app.workspace.trigger(INDEX_EVENT, update(revision));
  vi.advanceTimersByTime(DELAY);
}

let app: App;
beforeAll(() => installDomHelpers(window));
beforeEach(() => {
  vi.useFakeTimers();
  app = createApp();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.empty();
});

describe("Refresher", () => {
  it("gathers a burst of index updates into one draw, DELAY after the first", () => {
    const view = loadedView();
    for (let r = 1; r <= 5; r++) app.workspace.trigger(INDEX_EVENT, update(r));
    expect(view.seen.map((u) => u.revision)).toEqual([1, 2, 3, 4, 5]);
    vi.advanceTimersByTime(DELAY - 1);
    expect(view.draws).toBe(0);
    vi.advanceTimersByTime(1);
    expect(view.draws).toBe(1);
  });

  it("draws only what is stale and on screen; a hidden view catches up when shown", () => {
    const view = loadedView((v) => (v.visible = false));
    indexUpdateSettles();
    expect(view.draws).toBe(0);
    view.visible = true;
    app.workspace.trigger("layout-change");
    expect(view.draws).toBe(1);
    app.workspace.trigger("active-leaf-change");
    view.el.doc.dispatchEvent(new Event("visibilitychange"));
    expect(view.draws).toBe(1); // no longer stale
    view.stale = true;
    app.workspace.trigger("active-leaf-change");
    expect(view.draws).toBe(2);
    view.stale = true;
    view.el.doc.dispatchEvent(new Event("visibilitychange"));
    expect(view.draws).toBe(3);
  });

  it("skips an update the view says it has already drawn", () => {
    const view = loadedView((v) => (v.skip = true));
    indexUpdateSettles();
    expect(view.seen).toHaveLength(1);
    expect(view.draws).toBe(0);
  });

  it("a refresh now takes the place of the one scheduled", () => {
    const view = loadedView();
    app.workspace.trigger(INDEX_EVENT, update(1));
    view.refresher.refresh();
    expect(view.draws).toBe(1);
    view.stale = true;
    vi.advanceTimersByTime(DELAY);
    expect(view.draws).toBe(1);
  });

  it("leaves no listener or timer behind when its owner unloads", () => {
    const watch = watchLeaks(app);
    const view = loadedView();
    app.workspace.trigger(INDEX_EVENT, update(1));
    view.unload();
    vi.advanceTimersByTime(DELAY);
    expect(view.draws).toBe(0);
    const report = watch.report();
    watch.stop();
    expect(report.details).toEqual([]);
    expect(report.total).toBe(0);
  });
});

describe("isOnScreen", () => {
  it("is false for a detached or hidden element and in a hidden window", () => {
    const el = document.body.createDiv();
    expect(isOnScreen(el)).toBe(true);
    el.hide();
    expect(isOnScreen(el)).toBe(false);
    el.show();
    el.detach();
    expect(isOnScreen(el)).toBe(false);
    document.body.appendChild(el);
    const visibility = vi.spyOn(document, "visibilityState", "get").mockReturnValue("hidden");
    expect(isOnScreen(el)).toBe(false);
    visibility.mockRestore();
  });
});
