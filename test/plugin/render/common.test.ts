// @vitest-environment happy-dom
/**
 * What every surface's render functions share (render/common.ts): one hover mechanism per
 * element, through the `setTooltip` the plugin hands in.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { parseBlockOptions } from "../../../src/core/block-options";
import { renderBadge } from "../../../src/plugin/render/badge";
import { renderAgendaBlock } from "../../../src/plugin/render/block";
import type { UiHelpers } from "../../../src/plugin/render/common";
import { renderAgenda } from "../../../src/plugin/render/sidebar";
import { renderStatusBar } from "../../../src/plugin/render/status-bar";
import { installDomHelpers } from "../../support/dom";
import { GB } from "../../support/day-formats";
import { freshContainer, renderOptions as opts, sampleAgenda, sampleStatuses, TODAY } from "./fixtures";

beforeAll(() => installDomHelpers(window));

let el: HTMLElement;
beforeEach(() => {
  el = freshContainer();
});

describe("hover text: one mechanism per element", () => {
  /** Everything the views draw: the sidebar (a row open, with actions), a badge, a block, the status bar. */
  function drawEverything(ui: UiHelpers = {}): void {
    const statuses = sampleStatuses();
    const expanded = new Set(statuses.map((s) => s.path));
    renderAgenda(el, sampleAgenda(), opts({ ...ui, expanded, rowActions: () => [{ id: "log", label: "Log a follow-up", icon: "list-plus", run: vi.fn() }] }));
    renderBadge(el.createDiv(), statuses[2], TODAY, GB, ui);
    renderAgendaBlock(el.createDiv(), sampleAgenda(), parseBlockOptions(""), { today: TODAY, days: GB, onOpen: vi.fn() });
    renderStatusBar(el.createDiv(), statuses);
  }

  it("never gives an element a title: hover text is the aria-label Obsidian's setTooltip sets", () => {
    drawEverything();
    expect([...el.querySelectorAll("[title]")].map((e) => e.outerHTML.slice(0, 80))).toEqual([]);
    expect(el.querySelectorAll("[aria-label]").length).toBeGreaterThan(10);
  });

  it("uses the tooltip function the plugin hands in (Obsidian's setTooltip) for every hover text", () => {
    const calls: [HTMLElement, string][] = [];
    drawEverything({
      setTooltip: (target, text) => {
        calls.push([target, text]);
        target.setAttr("aria-label", text);
      },
    });
    const texts = calls.map(([, text]) => text);
    expect(texts).toContain("Log a follow-up");
    expect(texts).toContain("Rule id in the follow-up rules");
    expect(calls.some(([target]) => target.hasClass("ifu-badge"))).toBe(true);
    expect(calls.some(([target]) => target.hasClass("ifu-row-body"))).toBe(true);
  });
});
