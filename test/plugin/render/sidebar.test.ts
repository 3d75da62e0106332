// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { buildAgenda, type GroupId } from "../../../src/core/agenda";
import { headline } from "../../../src/core/wording";
import { detectionHint } from "../../../src/core/new-note";
import { renderAgenda } from "../../../src/plugin/render/sidebar";
import { installDomHelpers } from "../../support/dom";
import { aNote } from "../../support/note-builder";
import { freshContainer, renderOptions, sampleAgenda, sampleStatuses, statusOf, TODAY } from "./fixtures";
import { GB } from "../../support/day-formats";

beforeAll(() => installDomHelpers(window));

let el: HTMLElement;
beforeEach(() => {
  el = freshContainer();
});

const opts = renderOptions;

function groupEl(id: GroupId): HTMLDetailsElement | null {
  return el.querySelector<HTMLDetailsElement>(`details[data-group="${id}"]`);
}

describe("renderAgenda: the sidebar", () => {
  it("renders every group in order with its rows and counts", () => {
    renderAgenda(el, sampleAgenda(), opts());
    const ids = [...el.querySelectorAll("details.ifu-group")].map((d) => d.getAttribute("data-group"));
    expect(ids).toEqual(["overdue", "due", "waiting", "upcoming", "move-on", "attention", "closed"]);
    expect(el.querySelectorAll(".ifu-row")).toHaveLength(8);
    expect(groupEl("overdue")?.querySelectorAll(".ifu-row")).toHaveLength(2);
    expect(groupEl("overdue")?.querySelector(".ifu-group-count")?.textContent).toBe("2");
    expect(groupEl("overdue")?.querySelector(".ifu-group-name")?.textContent).toBe("Overdue");
    expect(groupEl("upcoming")?.querySelector(".ifu-group-name")?.textContent).toBe("Upcoming interviews");
    expect(el.querySelector(".ifu-today span")?.textContent).toBe("Today, Wed 25 Nov");
    expect(el.querySelector(".ifu-today-count")?.textContent).toBe("1 thank-you and 2 follow-ups due");
  });

  it("hides empty groups", () => {
    const only = buildAgenda([statusOf(aNote().interviewedOn("2026-11-18").thanked().build(), TODAY)]);
    renderAgenda(el, only, opts());
    expect([...el.querySelectorAll("details.ifu-group")].map((d) => d.getAttribute("data-group"))).toEqual(["due"]);
  });

  it("folds Closed by default and keeps the user's folding across renders", () => {
    const collapsed = new Set<GroupId>(["closed"]);
    renderAgenda(el, sampleAgenda(), opts({ collapsed }));
    expect(groupEl("closed")?.open).toBe(false);
    expect(groupEl("due")?.open).toBe(true);
    const due = groupEl("due")!;
    due.open = false;
    due.dispatchEvent(new Event("toggle"));
    expect(collapsed.has("due")).toBe(true);
    renderAgenda(el, sampleAgenda(), opts({ collapsed }));
    expect(groupEl("due")?.open).toBe(false);
    expect(groupEl("closed")?.open).toBe(false);
  });

  it("a row shows Company — Role, then the headline: what (accented) and when", () => {
    renderAgenda(el, sampleAgenda(), opts());
    const row = el.querySelector<HTMLElement>('.ifu-row[data-path="Interviews/Acme.md"]')!;
    expect(row.querySelector(".ifu-row-title")?.textContent).toBe("Acme — Analyst");
    expect(row.querySelector(".ifu-row-what")?.textContent).toBe("Email follow-up");
    expect(row.querySelector(".ifu-row-when")?.textContent).toBe("due by Wed 2 Dec");
    expect(row.querySelector(".ifu-row-meta")?.textContent).toBe("Email follow-up due by Wed 2 Dec");
    expect(row.hasClass("ifu-state-due")).toBe(true);
    expect(row.querySelector(".ifu-row-body")?.getAttribute("aria-label")).toMatch(/5 business days later is the time to ask\. \(R4c\)$/);
    const waiting = el.querySelector<HTMLElement>('.ifu-row[data-path="Interviews/Initech.md"]')!;
    expect(waiting.querySelector(".ifu-row-meta")?.textContent).toBe("Email follow-up from Tue 1 Dec");
    const overdue = el.querySelector<HTMLElement>('.ifu-row[data-path="Interviews/Globex.md"]')!;
    expect(overdue.querySelector(".ifu-row-meta")?.textContent).toBe("Phone follow-up 2 overdue by 6 days");
    // Every row's meta line is the headline the badge, the block and the CLI show.
    for (const s of sampleStatuses()) {
      const meta = el.querySelector(`.ifu-row[data-path="${s.path}"] .ifu-row-meta`)?.textContent ?? "";
      expect(meta.startsWith(headline(s, TODAY, GB)), s.path).toBe(true);
    }
  });

  it("falls back to the file's name when company or role is missing; closed rows have no day", () => {
    const s = statusOf(aNote().without("role").build(), TODAY, "Interviews/2026/Acme onsite.md");
    renderAgenda(el, buildAgenda([s, statusOf(aNote().set("outcome", "offer").build(), TODAY, "Interviews/Offer.md")]), opts());
    expect(el.querySelector('.ifu-row[data-path="Interviews/2026/Acme onsite.md"] .ifu-row-title')?.textContent).toBe("Acme onsite");
    const closed = el.querySelector('.ifu-row[data-path="Interviews/Offer.md"]')!;
    expect(closed.querySelector(".ifu-row-meta")?.textContent).toBe("Closed");
    expect(closed.querySelector(".ifu-row-when")).toBeNull();
  });

  it("the disclosure shows the reason, the rule id, the window and problems; state survives re-render", () => {
    const s = statusOf(aNote().interviewedOn("2026-11-18").thanked().withPhone().set("call_ok", true).set("outcome", "maybe").build(), TODAY);
    const expanded = new Set<string>();
    renderAgenda(el, buildAgenda([s]), opts({ expanded }));
    const row = el.querySelector<HTMLElement>(".ifu-row")!;
    expect(row.querySelector(".ifu-row-details")).toBeNull();
    expect(row.querySelector(".ifu-problem-count")?.textContent).toBe("1 problem");
    const disclosure = row.querySelector<HTMLButtonElement>(".ifu-disclosure")!;
    expect(disclosure.getAttribute("aria-expanded")).toBe("false");
    disclosure.click();
    expect(disclosure.getAttribute("aria-expanded")).toBe("true");
    const details = row.querySelector(".ifu-row-details")!;
    expect(details.querySelector(".ifu-rule")?.textContent).toBe("R4c");
    expect(details.textContent).toContain(s.reason);
    expect(details.querySelector(".ifu-window")?.textContent).toBe("Window: Wed 25 Nov – Wed 2 Dec");
    expect(details.querySelector(".ifu-alternatives")?.textContent).toBe("Also possible: a call.");
    expect(details.querySelector(".ifu-problem-key")?.textContent).toBe("outcome");
    expect(details.querySelector(".ifu-problem-value")?.textContent).toBe("maybe");
    expect(expanded.has(s.path)).toBe(true);
    renderAgenda(el, buildAgenda([s]), opts({ expanded }));
    expect(el.querySelectorAll(".ifu-row-details")).toHaveLength(1);
    el.querySelector<HTMLButtonElement>(".ifu-disclosure")!.click();
    expect(el.querySelector(".ifu-row-details")).toBeNull();
    expect(expanded.size).toBe(0);
  });

  it("invalid notes show their problems (key, value, message) without a click", () => {
    renderAgenda(el, sampleAgenda(), opts());
    const row = groupEl("attention")!.querySelector<HTMLElement>(".ifu-row")!;
    expect(row.querySelector(".ifu-row-what")?.textContent).toBe("Check interview_date: 2026-13-45");
    const problem = row.querySelector(".ifu-problem")!;
    expect(problem.querySelector(".ifu-problem-key")?.textContent).toBe("interview_date");
    expect(problem.querySelector(".ifu-problem-value")?.textContent).toBe("2026-13-45");
    expect(problem.querySelector(".ifu-problem-message")?.textContent).toMatch(/^there is no month 13/);
    // Worded as the CLI words it (wording.ts problemText).
    expect(problem.textContent).toMatch(/^interview_date "2026-13-45": there is no month 13/);
  });

  it("a click opens the note; Cmd/Ctrl-click and middle-click open a new tab; Enter opens", () => {
    const onOpen = vi.fn();
    renderAgenda(el, sampleAgenda(), opts({ onOpen }));
    const body = el.querySelector<HTMLElement>('.ifu-row[data-path="Interviews/Acme.md"] .ifu-row-body')!;
    body.click();
    body.dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true }));
    body.dispatchEvent(new MouseEvent("click", { bubbles: true, metaKey: true }));
    body.dispatchEvent(new MouseEvent("auxclick", { bubbles: true, button: 1 }));
    body.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    expect(onOpen.mock.calls).toEqual([
      ["Interviews/Acme.md", false],
      ["Interviews/Acme.md", true],
      ["Interviews/Acme.md", true],
      ["Interviews/Acme.md", true],
      ["Interviews/Acme.md", false],
    ]);
    // The disclosure does not open the note.
    el.querySelector<HTMLElement>(".ifu-disclosure")!.click();
    expect(onOpen).toHaveBeenCalledTimes(5);
  });

  it("row actions from a provider become buttons that run without opening the note", () => {
    const onOpen = vi.fn();
    const run = vi.fn();
    const setIcon = vi.fn((button: HTMLElement, icon: string) => button.setAttr("data-icon", icon));
    renderAgenda(el, sampleAgenda(), opts({
      onOpen,
      setIcon,
      rowActions: (s) => (s.action === "follow-up" ? [{ id: "insert", label: "Insert next message", icon: "mail", run: () => { run(s.path); } }] : []),
    }));
    const buttons = el.querySelectorAll<HTMLButtonElement>(".ifu-row-action");
    expect(buttons).toHaveLength(2); // Globex (overdue) and Acme (due)
    expect(buttons[0].getAttribute("aria-label")).toBe("Insert next message");
    expect(buttons[0].getAttribute("data-icon")).toBe("mail");
    buttons[1].click();
    expect(run).toHaveBeenCalledWith("Interviews/Acme.md");
    expect(onOpen).not.toHaveBeenCalled();
  });

  it("an empty vault shows the note format and, when offered, a new-note button", () => {
    const onNewNote = vi.fn();
    renderAgenda(el, buildAgenda([]), opts({ onNewNote }));
    expect(el.querySelector(".ifu-group")).toBeNull();
    expect(el.querySelector(".ifu-empty-title")?.textContent).toBe("No interview notes yet");
    expect(el.querySelector(".ifu-example")?.textContent).toContain("interview_date: 2026-11-18T14:00");
    // Every channel a follow-up goes by (R5, R6b: email, phone, or LinkedIn when preferred).
    const says = [...el.querySelectorAll(".ifu-empty-text")].map((e) => e.textContent).join(" ");
    expect(says).toMatch(/email, phone or LinkedIn/);
    el.querySelector<HTMLButtonElement>(".ifu-new-note")!.click();
    expect(onNewNote).toHaveBeenCalledOnce();
    renderAgenda(el, buildAgenda([]), opts());
    expect(el.querySelector(".ifu-new-note")).toBeNull();
  });

  it("the empty state describes the detection settings as they are, not the defaults", () => {
    const hint = (detection: { type: string; tag: string; folder: string }): string => {
      renderAgenda(el, buildAgenda([]), opts({ detection }));
      return el.querySelector(".ifu-empty-detection")?.textContent ?? "";
    };
    expect(hint({ type: "interview", tag: "interview", folder: "Interviews" })).toBe(
      "A note is an interview note when it has the property type: interview, has the tag #interview or is in the folder Interviews (or a folder inside it). Keep one note per interview, with properties like these:",
    );
    expect(hint({ type: "", tag: "#job/interview", folder: "" })).toBe(
      "A note is an interview note when it has the tag #job/interview. Keep one note per interview, with properties like these:",
    );
    expect(hint({ type: "", tag: " ", folder: "/Jobs/2026/" })).toBe(
      "A note is an interview note when it is in the folder Jobs/2026 (or a folder inside it). Keep one note per interview, with properties like these:",
    );
    expect(hint({ type: "Meeting", tag: "", folder: "Jobs" })).toBe(
      "A note is an interview note when it has the property type: Meeting or is in the folder Jobs (or a folder inside it). Keep one note per interview, with properties like these:",
    );
    expect(hint({ type: "", tag: "", folder: "" })).toBe(
      "Finding interview notes is off: no type, tag or folder is set. Choose one under Settings → Interview Follow-up → Finding interview notes.",
    );
    expect(detectionHint({ type: "<b>x</b>", tag: "", folder: "" })).toContain("type: <b>x</b>");
    renderAgenda(el, buildAgenda([]), opts({ detection: { type: "<img src=x onerror=alert(1)>", tag: "", folder: "" } }));
    expect(el.querySelector("img")).toBeNull();
  });

  it("re-rendering replaces the content instead of adding to it", () => {
    renderAgenda(el, sampleAgenda(), opts());
    renderAgenda(el, sampleAgenda(), opts());
    expect(el.querySelectorAll(".ifu-sidebar")).toHaveLength(1);
    expect(el.querySelectorAll(".ifu-row")).toHaveLength(8);
  });
});

describe("hostile frontmatter renders as text", () => {
  const hostile = aNote()
    .set("company", "<img src=x onerror=alert(1)>")
    .set("role", "<script>alert(2)</script>")
    .set("interviewer", '"><svg onload=alert(3)>')
    .set("outcome", "<img src=y onerror=alert(4)>")
    .interviewedOn("2026-11-18")
    .thanked()
    .build();

  it("in the sidebar, rows and details create no img, script or svg element", () => {
    const s = statusOf(hostile, TODAY, "Interviews/<b>bold</b>.md");
    const bad = statusOf({ ...hostile, interview_date: "<img src=z onerror=alert(5)>" }, TODAY, "Interviews/bad.md");
    renderAgenda(el, buildAgenda([s, bad]), opts({ expanded: new Set([s.path, bad.path]) }));
    expect(el.querySelector("img, script, svg, b")).toBeNull();
    expect(el.textContent).toContain("<img src=x onerror=alert(1)> — <script>alert(2)</script>");
    expect(el.textContent).toContain("<img src=y onerror=alert(4)>");
    expect(el.textContent).toContain("<img src=z onerror=alert(5)>");
  });

  it("in the basename fallback and the empty-state example", () => {
    const s = statusOf(aNote().without("company").build(), TODAY, "Interviews/<svg onload=alert(1)>.md");
    renderAgenda(el, buildAgenda([s]), opts());
    expect(el.querySelector("svg")).toBeNull();
    expect(el.querySelector(".ifu-row-title")?.textContent).toBe("<svg onload=alert(1)>");
    renderAgenda(el, buildAgenda([]), opts({ example: "<script>alert(1)</script>" }));
    expect(el.querySelector("script")).toBeNull();
  });
});
