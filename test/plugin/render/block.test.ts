// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { buildAgenda } from "../../../src/core/agenda";
import { parseBlockOptions } from "../../../src/core/block-options";
import { renderAgendaBlock } from "../../../src/plugin/render/block";
import { installDomHelpers } from "../../support/dom";
import { aNote } from "../../support/note-builder";
import { sampleAgenda, statusOf, TODAY } from "./fixtures";
import { GB } from "../../support/day-formats";

beforeAll(() => installDomHelpers(window));

describe("renderAgendaBlock", () => {
  let el: HTMLElement;
  beforeEach(() => {
    document.body.empty();
    el = document.body.createDiv();
  });

  it("lists internal links to the notes, grouped, every group but Closed by default", () => {
    renderAgendaBlock(el, sampleAgenda(), parseBlockOptions(""), { today: TODAY, days: GB, onOpen: vi.fn() });
    const groups = [...el.querySelectorAll(".ifu-agenda-group")].map((g) => g.getAttribute("data-group"));
    expect(groups).toEqual(["overdue", "due", "waiting", "upcoming", "move-on", "attention"]);
    const links = [...el.querySelectorAll<HTMLAnchorElement>("a.internal-link")];
    expect(links).toHaveLength(7);
    // Most urgent first: Globex's deadline (19 Nov) passed before Northwind's (22 Nov).
    expect(links[0].getAttribute("data-href")).toBe("Interviews/Globex.md");
    expect(links[1].textContent).toBe("Northwind — Data analyst");
    const acme = el.querySelector('a[data-href="Interviews/Acme.md"]')!.parentElement!;
    expect(acme.textContent).toBe("Acme — Analyst — Email follow-up due by Wed 2 Dec");
  });

  it("show and limit pick the groups and cap the items", () => {
    renderAgendaBlock(el, sampleAgenda(), parseBlockOptions("show: due, overdue\nlimit: 2"), { today: TODAY, days: GB, onOpen: vi.fn() });
    expect([...el.querySelectorAll("a.internal-link")].map((a) => a.getAttribute("data-href"))).toEqual([
      "Interviews/Globex.md",
      "Interviews/Northwind.md",
    ]);
    expect(el.querySelector('[data-group="due"]')).toBeNull();
    renderAgendaBlock(el, sampleAgenda(), parseBlockOptions("show: closed"), { today: TODAY, days: GB, onOpen: vi.fn() });
    expect([...el.querySelectorAll("a.internal-link")].map((a) => a.getAttribute("data-href"))).toEqual(["Interviews/Vandelay.md"]);
  });

  it("a click opens the note, Cmd/Ctrl-click in a new tab", () => {
    const onOpen = vi.fn();
    renderAgendaBlock(el, sampleAgenda(), parseBlockOptions("show: due"), { today: TODAY, days: GB, onOpen });
    const link = el.querySelector<HTMLAnchorElement>("a.internal-link")!;
    link.click();
    link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, metaKey: true }));
    expect(onOpen.mock.calls).toEqual([
      ["Interviews/Acme.md", false],
      ["Interviews/Acme.md", true],
    ]);
  });

  it("shows errors naming the line, then what it could read", () => {
    renderAgendaBlock(el, sampleAgenda(), parseBlockOptions("show: due\ncolour: red"), { today: TODAY, days: GB, onOpen: vi.fn() });
    const errors = [...el.querySelectorAll(".ifu-agenda-error")].map((e) => e.textContent);
    expect(errors).toEqual(["Unknown option on line 2: colour (use show, folder or limit)"]);
    expect(el.querySelectorAll("a.internal-link")).toHaveLength(1);
  });

  it("says so when nothing matches", () => {
    const waitingOnly = buildAgenda([statusOf(aNote().interviewedOn("2026-11-24").thanked().build(), TODAY)]);
    renderAgendaBlock(el, waitingOnly, parseBlockOptions("show: overdue, due"), { today: TODAY, days: GB, onOpen: vi.fn() });
    expect(el.querySelector(".ifu-agenda-empty")?.textContent).toBe("Nothing due.");
    renderAgendaBlock(el, buildAgenda([]), parseBlockOptions(""), { today: TODAY, days: GB, onOpen: vi.fn() });
    expect(el.querySelector(".ifu-agenda-empty")?.textContent).toBe("Nothing to show.");
    expect(el.querySelectorAll(".ifu-agenda")).toHaveLength(1);
  });

  it("renders hostile values and option text as text", () => {
    const s = statusOf(
      aNote().set("company", "<img src=x onerror=alert(1)>").set("role", "<script>alert(2)</script>").build(),
      TODAY,
      'Interviews/"><svg onload=alert(3)>.md',
    );
    renderAgendaBlock(el, buildAgenda([s]), parseBlockOptions("<img src=q onerror=alert(4)>: 1\nshow: <svg onload=alert(5)>"), {
      today: TODAY,
      days: GB,
      onOpen: vi.fn(),
    });
    expect(el.querySelector("img, script, svg")).toBeNull();
    expect(el.querySelector("a.internal-link")?.getAttribute("data-href")).toBe('Interviews/"><svg onload=alert(3)>.md');
    expect(el.textContent).toContain("Unknown option on line 1: <img src=q onerror=alert(4)>");
  });
});
