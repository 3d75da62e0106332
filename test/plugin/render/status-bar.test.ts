// @vitest-environment happy-dom
/** The status bar item's text (render/status-bar.ts). */
import { beforeAll, describe, expect, it } from "vitest";
import { actionableStatuses, renderStatusBar, statusBarText } from "../../../src/plugin/render/status-bar";
import { installDomHelpers } from "../../support/dom";
import { aNote } from "../../support/note-builder";
import { sampleStatuses, statusOf, TODAY } from "./fixtures";

beforeAll(() => installDomHelpers(window));

describe("status bar", () => {
  it("says what is due, thank-yous apart from follow-ups, singular or plural", () => {
    const thanks = statusOf(aNote().build(), "2026-11-19");
    const followUp = statusOf(aNote().thanked().build(), TODAY);
    expect(statusBarText([])).toBe("");
    expect(statusBarText([followUp])).toBe("1 follow-up due");
    expect(statusBarText([followUp, followUp])).toBe("2 follow-ups due");
    expect(statusBarText([thanks])).toBe("1 thank-you due");
    expect(statusBarText([thanks, followUp, followUp])).toBe("1 thank-you and 2 follow-ups due");
  });

  it("hides itself when nothing is due", () => {
    const item = createDiv();
    renderStatusBar(item, sampleStatuses());
    expect(item.textContent).toBe("1 thank-you and 2 follow-ups due");
    expect(item.getAttribute("aria-label")).toBe("1 thank-you and 2 follow-ups due: open the follow-up sidebar");
    expect(item.hasClass("ifu-hidden")).toBe(false);
    renderStatusBar(item, sampleStatuses("2026-10-01"));
    expect(item.hasClass("ifu-hidden")).toBe(true);
    expect(item.textContent).toBe("");
  });

  it("counts overdue and due, not waiting, upcoming, move on, invalid or closed", () => {
    expect(actionableStatuses(sampleStatuses()).map((s) => s.state)).toEqual(["thank-you-overdue", "follow-up-overdue", "follow-up-due"]);
    expect(actionableStatuses(sampleStatuses("2026-10-01"))).toEqual([]);
  });
});
