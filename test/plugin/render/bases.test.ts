// @vitest-environment happy-dom
/**
 * The Bases view's table as drawn by its render function: the words of the State, Next step and
 * When columns for every kind of row, and what it shows before the index is ready.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { groupOf } from "../../../src/core/agenda";
import { headlineParts } from "../../../src/core/wording";
import { renderBasesFollowUps, type BasesRenderOptions } from "../../../src/plugin/render/bases";
import { installDomHelpers } from "../../support/dom";
import { aNote } from "../../support/note-builder";
import { GB } from "../../support/day-formats";
import { freshContainer, sampleStatuses, statusOf, TODAY } from "./fixtures";

beforeAll(() => installDomHelpers(window));

const options = (extra: Partial<BasesRenderOptions> = {}): BasesRenderOptions => ({ today: TODAY, days: GB, ready: true, onOpen: vi.fn(), ...extra });

function cells(el: HTMLElement, path: string): { state: string; what: string; when: string } {
  const row = el.querySelector<HTMLElement>(`.ifu-bases-row[data-path="${path}"]`)!;
  const text = (cls: string): string => row.querySelector(`.${cls}`)?.textContent ?? "";
  return { state: text("ifu-bases-state"), what: text("ifu-bases-action"), when: text("ifu-bases-when") };
}

describe("the State, Next step and When columns", () => {
  it("name one note's state in the singular, and never repeat it as the next step", () => {
    const el = freshContainer();
    const statuses = sampleStatuses();
    renderBasesFollowUps(el, [{ title: null, rows: statuses.map((s) => ({ path: s.path, status: s })) }], options());
    const shown = Object.fromEntries(statuses.map((s) => [groupOf(s.state), cells(el, s.path)]));
    expect(Object.fromEntries(Object.entries(shown).map(([g, c]) => [g, c.state]))).toEqual({
      overdue: "Overdue",
      due: "Due",
      waiting: "Waiting",
      upcoming: "Upcoming",
      "move-on": "Move on",
      attention: "Needs attention",
      closed: "Closed",
    });
    for (const c of Object.values(shown)) expect(c.what).not.toBe(c.state);
    // The other rows keep the headline every surface shows, in two parts.
    const acme = statuses.find((s) => s.path === "Interviews/Acme.md")!;
    const { what, when } = headlineParts(acme, TODAY, GB);
    expect(cells(el, acme.path)).toEqual({ state: "Due", what, when });
  });

  it("move on: the next step of R9, and which follow-up went unanswered", () => {
    const el = freshContainer();
    const s = statusOf(aNote().interviewedOn("2026-11-18").thanked().emailed("2026-11-25").emailed("2026-12-02").emailed("2026-12-09").build(), "2026-12-23");
    expect(s.state).toBe("no-response");
    renderBasesFollowUps(el, [{ title: null, rows: [{ path: s.path, status: s }] }], options({ today: "2026-12-23" }));
    expect(cells(el, s.path)).toEqual({ state: "Move on", what: "Try an inside contact or a reference", when: "follow-up of Wed 9 Dec unanswered" });
  });

  it("closed: a kind reply after a rejection (R1), else nothing to send", () => {
    const el = freshContainer();
    const rejected = statusOf(aNote().interviewedOn("2026-11-18").set("outcome", "rejected").build(), TODAY, "Interviews/Rejected.md");
    const offer = statusOf(aNote().interviewedOn("2026-11-18").set("outcome", "offer").build(), TODAY, "Interviews/Offer.md");
    renderBasesFollowUps(el, [{ title: null, rows: [rejected, offer].map((s) => ({ path: s.path, status: s })) }], options());
    expect(cells(el, rejected.path)).toEqual({ state: "Closed", what: "A kind reply, if not sent yet", when: "" });
    expect(cells(el, offer.path)).toEqual({ state: "Closed", what: "Nothing to send", when: "" });
  });
});

describe("before the index is ready", () => {
  it("says what the sidebar and the blocks say while the vault is read", () => {
    const el = freshContainer();
    renderBasesFollowUps(el, [{ title: null, rows: [{ path: "Interviews/Acme.md", status: null }] }], options({ ready: false }));
    expect(el.querySelector(".ifu-reading")?.textContent).toBe("Reading your vault…");
    expect(el.querySelector(".ifu-reading")?.getAttribute("role")).toBe("status");
    expect(el.querySelectorAll(".ifu-bases-row")).toHaveLength(0);
  });
});
