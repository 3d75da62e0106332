// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { buildAgenda } from "../../src/core/agenda";
import { parseAgendaOptions, renderAgendaBlock } from "../../src/plugin/render";
import { installDomHelpers } from "../support/dom";
import { aNote } from "../support/note-builder";
import { sampleAgenda, statusOf, TODAY } from "./views-fixtures";

beforeAll(() => installDomHelpers(window));

describe("parseAgendaOptions", () => {
  it("reads nothing from an empty block", () => {
    expect(parseAgendaOptions("")).toEqual({ show: null, folder: null, limit: null, errors: [] });
    expect(parseAgendaOptions("\n  \n# a comment\n")).toEqual({ show: null, folder: null, limit: null, errors: [] });
  });

  it("reads show, folder and limit, one per line", () => {
    expect(parseAgendaOptions("show: overdue, due\nfolder: Interviews/2026/\nlimit: 10")).toEqual({
      show: ["overdue", "due"],
      folder: "Interviews/2026",
      limit: 10,
      errors: [],
    });
  });

  it("puts groups in agenda order, ignores repeats, and accepts titles and any case", () => {
    expect(parseAgendaOptions("show: Closed, Needs attention, due, DUE, move_on, Upcoming interviews").show).toEqual([
      "due",
      "upcoming",
      "move-on",
      "attention",
      "closed",
    ]);
    expect(parseAgendaOptions("Show:waiting").show).toEqual(["waiting"]);
    expect(parseAgendaOptions("show: waiting,").errors).toEqual([]);
  });

  it("names the line of an unknown option, group or bad limit, and keeps the rest", () => {
    const o = parseAgendaOptions("show: due, overdo\ncolour: red\nlimit: ten\nlimit: 0\nfolder: Jobs\njust words");
    expect(o.errors).toEqual([
      "Unknown group on line 1: overdo (use overdue, due, waiting, upcoming, move-on, attention, closed)",
      "Unknown option on line 2: colour (use show, folder or limit)",
      "Bad limit on line 3: ten (use a whole number, 1 or more)",
      "Bad limit on line 4: 0 (use a whole number, 1 or more)",
      "Line 6 is not an option: just words (write it as key: value)",
    ]);
    expect(o.show).toEqual(["due"]);
    expect(o.folder).toBe("Jobs");
    expect(o.limit).toBeNull();
    expect(parseAgendaOptions("show:").errors[0]).toMatch(/^Empty show on line 1/);
    expect(parseAgendaOptions("limit: 2.5").errors[0]).toMatch(/^Bad limit on line 1: 2\.5/);
    expect(parseAgendaOptions("limit:").errors[0]).toMatch(/^Bad limit on line 1: \(empty\)/);
  });

  it("never throws on odd input", () => {
    for (const src of [":", "::::", "show: ,,,", "\r\n\r\n", "limit: 99999999999999999999", "folder:", "\u0000: x"]) {
      expect(() => parseAgendaOptions(src)).not.toThrow();
    }
    expect(parseAgendaOptions("folder: /").folder).toBeNull();
  });
});

describe("renderAgendaBlock", () => {
  let el: HTMLElement;
  beforeEach(() => {
    document.body.empty();
    el = document.body.createDiv();
  });

  it("lists internal links to the notes, grouped, every group but Closed by default", () => {
    renderAgendaBlock(el, sampleAgenda(), parseAgendaOptions(""), { today: TODAY, onOpen: vi.fn() });
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
    renderAgendaBlock(el, sampleAgenda(), parseAgendaOptions("show: due, overdue\nlimit: 2"), { today: TODAY, onOpen: vi.fn() });
    expect([...el.querySelectorAll("a.internal-link")].map((a) => a.getAttribute("data-href"))).toEqual([
      "Interviews/Globex.md",
      "Interviews/Northwind.md",
    ]);
    expect(el.querySelector('[data-group="due"]')).toBeNull();
    renderAgendaBlock(el, sampleAgenda(), parseAgendaOptions("show: closed"), { today: TODAY, onOpen: vi.fn() });
    expect([...el.querySelectorAll("a.internal-link")].map((a) => a.getAttribute("data-href"))).toEqual(["Interviews/Vandelay.md"]);
  });

  it("a click opens the note, Cmd/Ctrl-click in a new tab", () => {
    const onOpen = vi.fn();
    renderAgendaBlock(el, sampleAgenda(), parseAgendaOptions("show: due"), { today: TODAY, onOpen });
    const link = el.querySelector<HTMLAnchorElement>("a.internal-link")!;
    link.click();
    link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, metaKey: true }));
    expect(onOpen.mock.calls).toEqual([
      ["Interviews/Acme.md", false],
      ["Interviews/Acme.md", true],
    ]);
  });

  it("shows errors naming the line, then what it could read", () => {
    renderAgendaBlock(el, sampleAgenda(), parseAgendaOptions("show: due\ncolour: red"), { today: TODAY, onOpen: vi.fn() });
    const errors = [...el.querySelectorAll(".ifu-agenda-error")].map((e) => e.textContent);
    expect(errors).toEqual(["Unknown option on line 2: colour (use show, folder or limit)"]);
    expect(el.querySelectorAll("a.internal-link")).toHaveLength(1);
  });

  it("says so when nothing matches", () => {
    const waitingOnly = buildAgenda([statusOf(aNote().interviewedOn("2026-11-24").thanked().build(), TODAY)]);
    renderAgendaBlock(el, waitingOnly, parseAgendaOptions("show: overdue, due"), { today: TODAY, onOpen: vi.fn() });
    expect(el.querySelector(".ifu-agenda-empty")?.textContent).toBe("Nothing due.");
    renderAgendaBlock(el, buildAgenda([]), parseAgendaOptions(""), { today: TODAY, onOpen: vi.fn() });
    expect(el.querySelector(".ifu-agenda-empty")?.textContent).toBe("Nothing to show.");
    expect(el.querySelectorAll(".ifu-agenda")).toHaveLength(1);
  });

  it("renders hostile values and option text as text", () => {
    const s = statusOf(
      aNote().set("company", "<img src=x onerror=alert(1)>").set("role", "<script>alert(2)</script>").build(),
      TODAY,
      'Interviews/"><svg onload=alert(3)>.md',
    );
    renderAgendaBlock(el, buildAgenda([s]), parseAgendaOptions("<img src=q onerror=alert(4)>: 1\nshow: <svg onload=alert(5)>"), {
      today: TODAY,
      onOpen: vi.fn(),
    });
    expect(el.querySelector("img, script, svg")).toBeNull();
    expect(el.querySelector("a.internal-link")?.getAttribute("data-href")).toBe('Interviews/"><svg onload=alert(3)>.md');
    expect(el.textContent).toContain("Unknown option on line 1: <img src=q onerror=alert(4)>");
  });
});
