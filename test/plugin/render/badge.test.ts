// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from "vitest";
import { badgeText, renderBadge } from "../../../src/plugin/render/badge";
import { aNote } from "../../support/note-builder";
import { installDomHelpers } from "../../support/dom";
import { statusOf } from "./fixtures";
import { GB } from "../../support/day-formats";

beforeAll(() => installDomHelpers(window));

describe("badgeText: the status's headline, one per state", () => {
  const I = "2026-11-18"; // a Wednesday

  it("thank-you due and overdue", () => {
    const note = aNote().interviewedOn(I).build();
    expect(statusOf(note, "2026-11-19").state).toBe("thank-you-due");
    expect(badgeText(statusOf(note, "2026-11-18"), "2026-11-18", GB)).toBe("Thank-you due by tomorrow (at the latest Fri 20 Nov)");
    expect(badgeText(statusOf(note, "2026-11-19"), "2026-11-19", GB)).toBe("Thank-you due today (at the latest tomorrow)");
    expect(badgeText(statusOf(note, "2026-11-20"), "2026-11-20", GB)).toBe("Thank-you due today (the last day)");
    expect(statusOf(note, "2026-11-23").state).toBe("thank-you-overdue");
    expect(badgeText(statusOf(note, "2026-11-23"), "2026-11-23", GB)).toBe("Thank-you overdue by 3 days");
  });

  it("follow-up due: by the deadline, or today on the last day", () => {
    const note = aNote().interviewedOn(I).thanked().build();
    const s = statusOf(note, "2026-11-25");
    expect(s.state).toBe("follow-up-due");
    expect(badgeText(s, "2026-11-25", GB)).toBe("Email follow-up due by Wed 2 Dec");
    expect(badgeText(statusOf(note, "2026-12-01"), "2026-12-01", GB)).toBe("Email follow-up due by tomorrow");
    expect(badgeText(statusOf(note, "2026-12-02"), "2026-12-02", GB)).toBe("Email follow-up due today (the last day)");
  });

  it("follow-up overdue names the channel, the attempt and how late it is", () => {
    const note = aNote().interviewedOn(I).thanked().withPhone().emailed("2026-11-25").build();
    const s = statusOf(note, "2026-12-10");
    expect(s.state).toBe("follow-up-overdue");
    expect(badgeText(s, "2026-12-10", GB)).toBe("Phone follow-up 2 overdue by 1 day");
    expect(badgeText(statusOf(note, "2026-12-14"), "2026-12-14", GB)).toBe("Phone follow-up 2 overdue by 5 days");
  });

  it("waiting and upcoming", () => {
    expect(badgeText(statusOf(aNote().interviewedOn(I).thanked().build(), "2026-11-20"), "2026-11-20", GB)).toBe("Email follow-up from Wed 25 Nov");
    expect(badgeText(statusOf(aNote().interviewedOn(I).thanked().build(), "2026-11-24"), "2026-11-24", GB)).toBe("Email follow-up from tomorrow");
    expect(badgeText(statusOf(aNote().interviewedOn("2026-11-27").build(), "2026-11-25"), "2026-11-25", GB)).toBe("Interview on Fri 27 Nov");
    expect(badgeText(statusOf(aNote().interviewedOn("2026-11-26").build(), "2026-11-25"), "2026-11-25", GB)).toBe("Interview tomorrow");
    expect(badgeText(statusOf(aNote().interviewedOn("2026-11-25 14:00").build(), "2026-11-25"), "2026-11-25", GB)).toBe("Interview today");
  });

  it("a date in another year carries the year", () => {
    const s = statusOf(aNote().interviewedOn("2027-01-07").build(), "2026-12-20");
    expect(badgeText(s, "2026-12-20", GB)).toBe("Interview on Thu, 7 Jan 2027");
  });

  it("move on after three unanswered follow-ups", () => {
    const note = aNote().interviewedOn(I).thanked().emailed("2026-11-25").emailed("2026-12-02").emailed("2026-12-09").build();
    const s = statusOf(note, "2026-12-23");
    expect(s.state).toBe("no-response");
    expect(badgeText(s, "2026-12-23", GB)).toBe("Move on: follow-up of Wed 9 Dec unanswered");
    expect(badgeText(statusOf(note, "2026-12-10"), "2026-12-10", GB)).toBe("Waiting for an answer until Wed 23 Dec");
  });

  it("closed says so; a rejection suggests a kind reply; the reason names the outcome", () => {
    const offer = statusOf(aNote().set("outcome", "offer").build(), "2026-11-25");
    expect(badgeText(offer, "2026-11-25", GB)).toBe("Closed");
    expect(offer.reason).toBe("Closed: they made you an offer.");
    const rejected = statusOf(aNote().set("outcome", "rejected").build(), "2026-11-25");
    expect(badgeText(rejected, "2026-11-25", GB)).toBe("Closed: not this time");
    const next = statusOf(aNote().set("outcome", "next-round").thanked().build(), "2026-11-25");
    expect(badgeText(next, "2026-11-25", GB)).toBe("Closed");
    expect(next.reason).toContain("next round");
  });

  it("invalid notes say which key to check, or to add", () => {
    const bad = statusOf(aNote().interviewedOn("2026-13-45").build(), "2026-11-25");
    expect(bad.state).toBe("invalid");
    expect(badgeText(bad, "2026-11-25", GB)).toBe("Check interview_date: 2026-13-45");
    const missing = statusOf(aNote().without("interview_date").build(), "2026-11-25");
    expect(badgeText(missing, "2026-11-25", GB)).toBe("Add interview_date");
    const long = statusOf(aNote().interviewedOn("x".repeat(60)).build(), "2026-11-25");
    expect(badgeText(long, "2026-11-25", GB)).toBe(`Check interview_date: ${"x".repeat(39)}…`);
  });
});

describe("renderBadge", () => {
  it("carries the state colour class, the text and the reason with its rule id on hover", () => {
    const s = statusOf(aNote().interviewedOn("2026-11-18").thanked().build(), "2026-11-25");
    const el = createDiv();
    const badge = renderBadge(el, s, "2026-11-25", GB);
    expect(badge.hasClass("ifu-badge")).toBe(true);
    expect(badge.hasClass("ifu-state-due")).toBe(true);
    expect(badge.getAttr("data-state")).toBe("follow-up-due");
    expect(badge.querySelector(".ifu-badge-text")?.textContent).toBe("Email follow-up due by Wed 2 Dec");
    // One hover text, the reason (as setTooltip sets it), never a second one in `title`.
    expect(badge.getAttr("aria-label")).toBe(`${s.reason} (R4c)`);
    expect(badge.hasAttribute("title")).toBe(false);
  });

  it("renders hostile values as text", () => {
    const s = statusOf(aNote().interviewedOn('"><svg onload=alert(1)>').build(), "2026-11-25");
    const el = createDiv();
    renderBadge(el, s, "2026-11-25", GB);
    expect(el.querySelector("svg, img, script")).toBeNull();
    expect(el.textContent).toContain('"><svg onload=alert(1)>');
  });
});
