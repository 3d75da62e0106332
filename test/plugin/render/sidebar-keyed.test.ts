// @vitest-environment happy-dom
/**
 * Keyed rendering of the sidebar: `AgendaRenderer.update` re-creates only the rows of the notes
 * that changed, and the result is the DOM a full render of the same agenda gives. Row identity is
 * checked by comparing the DOM node objects before and after.
 */
import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { buildAgenda, type GroupId } from "../../../src/core/agenda";
import type { FollowUpStatus } from "../../../src/core/types";
import { AgendaRenderer, renderAgenda, type AgendaRenderOptions } from "../../../src/plugin/render/sidebar";
import { type RowActionProvider } from "../../../src/plugin/render/sidebar-row";
import { arbFrontmatter } from "../../support/arbitraries";
import { installDomHelpers } from "../../support/dom";
import { aNote } from "../../support/note-builder";
import { freshContainer, renderOptions, sampleStatuses, statusOf, TODAY } from "./fixtures";
import { GB } from "../../support/day-formats";

beforeAll(() => installDomHelpers(window));

let el: HTMLElement;
beforeEach(() => {
  el = freshContainer();
});

const opts = renderOptions;

/**
 * Every row element on screen, by path. Walks the tree by hand: happy-dom's querySelectorAll
 * keeps memory per call, which the property test below would pile up over its runs.
 */
function rowsByPath(root: Element, out = new Map<string, Element>()): Map<string, Element> {
  for (const child of Array.from(root.children)) {
    if (child.classList.contains("ifu-row")) out.set(child.getAttribute("data-path")!, child);
    else rowsByPath(child, out);
  }
  return out;
}

function pathsIn(root: HTMLElement, group: GroupId): string[] {
  return [...root.querySelectorAll(`details[data-group="${group}"] .ifu-row`)].map((r) => r.getAttribute("data-path")!);
}

function countOf(root: HTMLElement, group: GroupId): string | null | undefined {
  return root.querySelector(`details[data-group="${group}"] .ifu-group-count`)?.textContent;
}

/** What a full render of `statuses` draws, as HTML, with the same options. */
function fullHtml(statuses: readonly FollowUpStatus[], o: AgendaRenderOptions): string {
  const other = document.body.createDiv();
  renderAgenda(other, buildAgenda(statuses), o);
  const html = other.innerHTML;
  other.remove();
  return html;
}

const INITECH_DUE = statusOf(aNote().set("company", "Initech").set("role", "Engineer").interviewedOn("2026-11-18").thanked().build(), TODAY, "Interviews/Initech.md");

describe("AgendaRenderer: keyed updates", () => {
  it("a first update with nothing rendered yet draws everything", () => {
    const r = new AgendaRenderer(el);
    const stats = r.update(buildAgenda(sampleStatuses()), new Set(), opts());
    expect(stats).toEqual({ full: true, rowsCreated: 8, rowsRemoved: 0 });
    expect(el.innerHTML).toBe(fullHtml(sampleStatuses(), opts()));
  });

  it("one changed note re-creates exactly one row; every other row keeps its element", () => {
    const r = new AgendaRenderer(el);
    const statuses = sampleStatuses();
    r.render(buildAgenda(statuses), opts());
    const before = rowsByPath(el);
    const i = statuses.findIndex((s) => s.path === "Interviews/Acme.md");
    statuses[i] = statusOf(aNote().set("role", "Senior analyst").interviewedOn("2026-11-18").thanked().build(), TODAY, "Interviews/Acme.md");
    const stats = r.update(buildAgenda(statuses), new Set(["Interviews/Acme.md"]), opts());
    expect(stats).toEqual({ full: false, rowsCreated: 1, rowsRemoved: 1 });
    const after = rowsByPath(el);
    expect(after.size).toBe(8);
    for (const [path, row] of after) {
      if (path === "Interviews/Acme.md") expect(row).not.toBe(before.get(path));
      else expect(row).toBe(before.get(path));
    }
    expect(after.get("Interviews/Acme.md")!.querySelector(".ifu-row-title")?.textContent).toBe("Acme — Senior analyst");
    expect(r.rowOf("Interviews/Acme.md")).toBe(after.get("Interviews/Acme.md"));
    expect(el.innerHTML).toBe(fullHtml(statuses, opts()));
  });

  it("a note moving from Waiting to Due moves its row and updates both counts and the due line", () => {
    const r = new AgendaRenderer(el);
    const statuses = [...sampleStatuses(), statusOf(aNote().set("company", "Hooli").interviewedOn("2026-11-23").thanked().build(), TODAY, "Interviews/Zeta.md")];
    r.render(buildAgenda(statuses), opts());
    expect(pathsIn(el, "waiting")).toEqual(["Interviews/Zeta.md", "Interviews/Initech.md"]);
    expect(countOf(el, "due")).toBe("1");
    expect(el.querySelector(".ifu-today-count")?.textContent).toBe("1 thank-you and 2 follow-ups due");
    const before = rowsByPath(el);

    statuses[statuses.findIndex((s) => s.path === "Interviews/Initech.md")] = INITECH_DUE;
    r.update(buildAgenda(statuses), new Set(["Interviews/Initech.md"]), opts());
    expect(pathsIn(el, "waiting")).toEqual(["Interviews/Zeta.md"]);
    expect(pathsIn(el, "due")).toEqual(["Interviews/Acme.md", "Interviews/Initech.md"]);
    expect(countOf(el, "waiting")).toBe("1");
    expect(countOf(el, "due")).toBe("2");
    expect(el.querySelector(".ifu-today-count")?.textContent).toBe("1 thank-you and 3 follow-ups due");
    const moved = el.querySelector('.ifu-row[data-path="Interviews/Initech.md"]')!;
    expect(moved.getAttribute("data-state")).toBe("follow-up-due");
    expect(moved.closest("details")?.getAttribute("data-group")).toBe("due");
    expect(rowsByPath(el).get("Interviews/Zeta.md")).toBe(before.get("Interviews/Zeta.md"));
    expect(rowsByPath(el).get("Interviews/Acme.md")).toBe(before.get("Interviews/Acme.md"));
    expect(el.innerHTML).toBe(fullHtml(statuses, opts()));
  });

  it("hides a group its last row leaves, and shows a group that fills, in the fixed order", () => {
    const r = new AgendaRenderer(el);
    const statuses = sampleStatuses();
    r.render(buildAgenda(statuses), opts());
    const dueSection = el.querySelector('details[data-group="due"]');
    statuses[statuses.findIndex((s) => s.path === "Interviews/Initech.md")] = INITECH_DUE;
    r.update(buildAgenda(statuses), new Set(["Interviews/Initech.md"]), opts());
    const groups = (): (string | null)[] => [...el.querySelectorAll("details.ifu-group")].map((d) => d.getAttribute("data-group"));
    expect(groups()).toEqual(["overdue", "due", "upcoming", "move-on", "attention", "closed"]);
    // The Due group was kept, not rebuilt.
    expect(el.querySelector('details[data-group="due"]')).toBe(dueSection);

    statuses.push(statusOf(aNote().set("company", "Zeta").interviewedOn("2026-11-24").thanked().build(), TODAY, "Interviews/Zeta.md"));
    r.update(buildAgenda(statuses), new Set(["Interviews/Zeta.md"]), opts());
    expect(groups()).toEqual(["overdue", "due", "waiting", "upcoming", "move-on", "attention", "closed"]);
    expect(countOf(el, "waiting")).toBe("1");
    expect(el.innerHTML).toBe(fullHtml(statuses, opts()));
  });

  it("a deleted note's row disappears; the others stay", () => {
    const r = new AgendaRenderer(el);
    const statuses = sampleStatuses();
    r.render(buildAgenda(statuses), opts());
    const before = rowsByPath(el);
    const remaining = statuses.filter((s) => s.path !== "Interviews/Globex.md");
    const stats = r.update(buildAgenda(remaining), new Set(["Interviews/Globex.md"]), opts());
    expect(stats).toEqual({ full: false, rowsCreated: 0, rowsRemoved: 1 });
    expect(el.querySelector('.ifu-row[data-path="Interviews/Globex.md"]')).toBeNull();
    expect(before.get("Interviews/Globex.md")!.isConnected).toBe(false);
    expect(countOf(el, "overdue")).toBe("1");
    expect(el.querySelector(".ifu-today-count")?.textContent).toBe("1 thank-you and 1 follow-up due");
    for (const [path, row] of rowsByPath(el)) expect(row).toBe(before.get(path));
    expect(el.innerHTML).toBe(fullHtml(remaining, opts()));
  });

  it("a new note's row appears in its sorted place", () => {
    const r = new AgendaRenderer(el);
    const statuses = [
      statusOf(aNote().set("company", "A").interviewedOn("2026-11-20").thanked().build(), TODAY, "Interviews/A.md"),
      statusOf(aNote().set("company", "C").interviewedOn("2026-11-24").thanked().build(), TODAY, "Interviews/C.md"),
    ];
    r.render(buildAgenda(statuses), opts());
    expect(pathsIn(el, "waiting")).toEqual(["Interviews/A.md", "Interviews/C.md"]);
    const before = rowsByPath(el);
    statuses.push(statusOf(aNote().set("company", "B").interviewedOn("2026-11-22").thanked().build(), TODAY, "Interviews/B.md"));
    const stats = r.update(buildAgenda(statuses), new Set(["Interviews/B.md"]), opts());
    expect(stats).toEqual({ full: false, rowsCreated: 1, rowsRemoved: 0 });
    expect(pathsIn(el, "waiting")).toEqual(["Interviews/A.md", "Interviews/B.md", "Interviews/C.md"]);
    expect(countOf(el, "waiting")).toBe("3");
    expect(rowsByPath(el).get("Interviews/A.md")).toBe(before.get("Interviews/A.md"));
    expect(rowsByPath(el).get("Interviews/C.md")).toBe(before.get("Interviews/C.md"));
  });

  it("keeps expanded details and folded groups; a re-created row opens if it was expanded", () => {
    const r = new AgendaRenderer(el);
    const expanded = new Set<string>();
    const collapsed = new Set<GroupId>(["closed"]);
    const statuses = sampleStatuses();
    r.render(buildAgenda(statuses), opts({ expanded, collapsed }));
    for (const path of ["Interviews/Acme.md", "Interviews/Northwind.md"]) el.querySelector<HTMLElement>(`.ifu-row[data-path="${path}"] .ifu-disclosure`)!.click();
    const overdue = el.querySelector<HTMLDetailsElement>('details[data-group="overdue"]')!;
    overdue.open = false;
    overdue.dispatchEvent(new Event("toggle"));
    const northwindDetails = el.querySelector('.ifu-row[data-path="Interviews/Northwind.md"] .ifu-row-details');

    statuses[statuses.findIndex((s) => s.path === "Interviews/Acme.md")] = statusOf(
      aNote().set("role", "Lead").interviewedOn("2026-11-18").thanked().build(),
      TODAY,
      "Interviews/Acme.md",
    );
    r.update(buildAgenda(statuses), new Set(["Interviews/Acme.md"]), opts({ expanded, collapsed }));
    expect(el.querySelector('.ifu-row[data-path="Interviews/Acme.md"]')?.classList.contains("is-expanded")).toBe(true);
    expect(el.querySelector('.ifu-row[data-path="Interviews/Acme.md"] .ifu-row-details')).not.toBeNull();
    expect(el.querySelector('.ifu-row[data-path="Interviews/Northwind.md"] .ifu-row-details')).toBe(northwindDetails);
    expect(el.querySelector<HTMLDetailsElement>('details[data-group="overdue"]')!.open).toBe(false);
    expect(el.querySelector<HTMLDetailsElement>('details[data-group="closed"]')!.open).toBe(false);
  });

  it("gives a re-created row its row actions, which run", () => {
    const r = new AgendaRenderer(el);
    const run = vi.fn();
    const rowActions: RowActionProvider = (s) => (s.action === "follow-up" ? [{ id: "log", label: "Log a follow-up", icon: "list-plus", run }] : []);
    const statuses = sampleStatuses();
    r.render(buildAgenda(statuses), opts({ rowActions }));
    statuses[statuses.findIndex((s) => s.path === "Interviews/Initech.md")] = INITECH_DUE;
    r.update(buildAgenda(statuses), new Set(["Interviews/Initech.md"]), opts({ rowActions }));
    el.querySelector<HTMLElement>('.ifu-row[data-path="Interviews/Initech.md"] .ifu-row-action')!.click();
    expect(run).toHaveBeenCalledOnce();
    expect(el.innerHTML).toBe(fullHtml(statuses, opts({ rowActions })));
  });

  it("opens the re-created row's note with its own path", () => {
    const r = new AgendaRenderer(el);
    const onOpen = vi.fn();
    const statuses = sampleStatuses();
    r.render(buildAgenda(statuses), opts({ onOpen }));
    statuses[statuses.findIndex((s) => s.path === "Interviews/Initech.md")] = INITECH_DUE;
    r.update(buildAgenda(statuses), new Set(["Interviews/Initech.md"]), opts({ onOpen }));
    el.querySelector<HTMLElement>('.ifu-row[data-path="Interviews/Initech.md"] .ifu-row-body')!.click();
    expect(onOpen).toHaveBeenCalledWith("Interviews/Initech.md", false);
  });

  it("falls back to a full render for changed: null, a new day, an empty agenda, or a container emptied by someone else", () => {
    const r = new AgendaRenderer(el);
    const statuses = sampleStatuses();
    r.render(buildAgenda(statuses), opts());
    expect(r.update(buildAgenda(statuses), null, opts())).toEqual({ full: true, rowsCreated: 8, rowsRemoved: 8 });
    // Tomorrow every "in 2 days" is stale.
    const tomorrow = sampleStatuses("2026-11-26");
    expect(r.update(buildAgenda(tomorrow), new Set(), opts({ today: "2026-11-26" })).full).toBe(true);
    expect(el.querySelector(".ifu-today span")?.textContent).toBe("Today, Thu 26 Nov");
    expect(el.innerHTML).toBe(fullHtml(tomorrow, opts({ today: "2026-11-26" })));
    // Every note gone: the empty state, then back.
    expect(r.update(buildAgenda([]), new Set(tomorrow.map((s) => s.path)), opts({ today: "2026-11-26" })).full).toBe(true);
    expect(el.querySelector(".ifu-empty")).not.toBeNull();
    expect(r.update(buildAgenda(tomorrow), new Set(tomorrow.map((s) => s.path)), opts({ today: "2026-11-26" })).full).toBe(true);
    expect(el.querySelector(".ifu-empty")).toBeNull();
    el.empty();
    expect(r.update(buildAgenda(tomorrow), new Set(), opts({ today: "2026-11-26" })).full).toBe(true);
    expect(el.querySelectorAll(".ifu-row")).toHaveLength(8);
  });

  it("redoes a row the list of changes left out when it appeared, vanished or changed group", () => {
    const r = new AgendaRenderer(el);
    const statuses = sampleStatuses();
    r.render(buildAgenda(statuses), opts());
    const next = statuses.filter((s) => s.path !== "Interviews/Globex.md").map((s) => (s.path === "Interviews/Initech.md" ? INITECH_DUE : s));
    next.push(statusOf(aNote().set("company", "New").interviewedOn("2026-11-24").thanked().build(), TODAY, "Interviews/New.md"));
    r.update(buildAgenda(next), new Set(), opts());
    expect(el.innerHTML).toBe(fullHtml(next, opts()));
  });
});

// ---------------------------------------------------------------------------------------------
// Property: any sequence of changes, applied row by row, gives what a full render gives.

const PATHS = ["Interviews/a.md", "Interviews/b.md", "Interviews/c.md", "Interviews/d.md", "Interviews/e.md", "Interviews/f.md", "Interviews/g.md", "Jobs/h.md", "Jobs/i.md", "z.md"];
const RUNS = Number(process.env.FC_RUNS ?? 150);

/** One change: the note at `path` now has front matter `fm`, or is gone (null). */
const arbChange = fc.record({ path: fc.constantFrom(...PATHS), fm: fc.option(arbFrontmatter, { nil: null, freq: 5 }) });
/** A coalesced burst of changes, as one render sees it. */
const arbBurst = fc.array(arbChange, { minLength: 1, maxLength: 4 });

describe("AgendaRenderer: incremental updates equal a full render", () => {
  it(`property: random sequences of changes (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        fc.array(arbChange, { maxLength: PATHS.length }),
        fc.array(arbBurst, { minLength: 1, maxLength: 12 }),
        fc.subarray(PATHS),
        fc.boolean(),
        (initial, bursts, expandedPaths, withActions) => {
          document.body.empty();
          const container = document.body.createDiv();
          const expanded = new Set(expandedPaths);
          const collapsed = new Set<GroupId>(["closed"]);
          const rowActions: RowActionProvider | undefined = withActions
            ? (s) => (s.action === "follow-up" || s.action === "wait" ? [{ id: "log", label: "Log a follow-up", icon: "list-plus", run: () => undefined }] : [])
            : undefined;
          const o: AgendaRenderOptions = { today: TODAY, days: GB, onOpen: () => undefined, expanded, collapsed, rowActions };
          const notes = new Map<string, FollowUpStatus>();
          for (const c of initial) {
            if (c.fm) notes.set(c.path, statusOf(c.fm, TODAY, c.path));
            else notes.delete(c.path);
          }
          const r = new AgendaRenderer(container);
          r.render(buildAgenda([...notes.values()]), o);
          for (const burst of bursts) {
            const before = rowsByPath(container);
            const changed = new Set<string>();
            for (const c of burst) {
              changed.add(c.path);
              if (c.fm) notes.set(c.path, statusOf(c.fm, TODAY, c.path));
              else notes.delete(c.path);
            }
            const wasEmpty = before.size === 0;
            const stats = r.update(buildAgenda([...notes.values()]), changed, o);
            const after = rowsByPath(container);
            // Same DOM as a full render: groups, counts, rows in order, details, actions.
            expect(container.innerHTML).toBe(fullHtml([...notes.values()], o));
            if (wasEmpty || notes.size === 0) {
              expect(stats.full).toBe(true);
              continue;
            }
            // Only the changed notes' rows are new; every other row is the same element.
            expect(stats.full).toBe(false);
            let created = 0;
            for (const [path, row] of after) {
              if (changed.has(path)) {
                expect(row).not.toBe(before.get(path));
                created++;
              } else {
                expect(row).toBe(before.get(path));
              }
            }
            expect(stats.rowsCreated).toBe(created);
            expect(stats.rowsRemoved).toBe([...changed].filter((p) => before.has(p)).length);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
