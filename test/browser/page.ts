/**
 * The browser test page: bundled by run.mjs (esbuild, `obsidian` aliased to obsidian-shim.ts)
 * into an IIFE. It runs the real engine on sample notes and the real render code, the real
 * reading-view post-processor and the real Live Preview extension (with @codemirror/view), then
 * exposes a few hooks on `window.ifuTest` for the runner's checks.
 */
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import type { MarkdownPostProcessorContext } from "obsidian";
import { buildAgenda } from "../../src/core/agenda";
import { startOfDay } from "../../src/core/dates";
import { makeDayFormat } from "../../src/core/day-format";
import { parseInterviewNote } from "../../src/core/note";
import { computeStatus } from "../../src/core/rules";
import { defaultSettings } from "../../src/core/settings";
import type { FollowUpStatus, InterviewNote } from "../../src/core/types";
import { badgePostProcessor } from "../../src/plugin/views/badges";
import { INDEX_EVENT, type FollowUpHost, type IndexUpdate } from "../../src/plugin/host";
import { createBadgeExtension } from "../../src/plugin/views/live-preview";
import { renderBasesFollowUps } from "../../src/plugin/render/bases";
import { AgendaRenderer, renderAgenda } from "../../src/plugin/render/sidebar";
import { type RowActionProvider } from "../../src/plugin/render/sidebar-row";
import { installDomHelpers } from "../support/dom";
import { aNote } from "../support/note-builder";
import { Component, editorInfoField, editorLivePreviewField, setLivePreview } from "./obsidian-shim";

installDomHelpers(window);

const TODAY = "2026-11-25";
/** Days as a US user reads them: the README's screenshots are made from this page. */
const DAYS = makeDayFormat("en-US");

/** The sample vault: one note per agenda group, two overdue. */
const SAMPLE: { path: string; fm: Record<string, unknown> }[] = [
  { path: "Interviews/Northwind.md", fm: aNote().set("company", "Northwind").set("role", "Data analyst").interviewedOn("2026-11-20").final().build() },
  {
    path: "Interviews/Globex.md",
    fm: aNote().set("company", "Globex").set("role", "Product designer").thanked().withPhone().emailed("2026-11-05").interviewedOn("2026-10-28").build(),
  },
  { path: "Interviews/Acme.md", fm: aNote().set("role", "Business analyst").interviewedOn("2026-11-18").thanked().build() },
  { path: "Interviews/Initech.md", fm: aNote().set("company", "Initech").set("role", "Backend engineer").interviewedOn("2026-11-24").thanked().build() },
  { path: "Interviews/Umbrella.md", fm: aNote().set("company", "Umbrella").set("role", "Research scientist").interviewedOn("2026-11-27 10:00").build() },
  {
    path: "Interviews/Hooli.md",
    fm: aNote().set("company", "Hooli").set("role", "Product manager").interviewedOn("2026-10-01").thanked().emailed("2026-10-08").emailed("2026-10-20").emailed("2026-11-03").build(),
  },
  { path: "Interviews/Soylent onsite.md", fm: aNote().set("company", "Soylent").set("role", "Chef").interviewedOn("2026-13-45").build() },
  { path: "Interviews/Vandelay.md", fm: aNote().set("company", "Vandelay").set("role", "Importer").set("outcome", "offer").build() },
];

const HOSTILE = aNote()
  .set("company", "<img src=x onerror=window.__xss=1>")
  .set("role", "<script>window.__xss=2</script>")
  .set("interviewer", '"><svg onload=window.__xss=3>')
  .interviewedOn("2026-11-18")
  .build();

// ---- A small in-page index and host, enough for the real badge code ----
type Listener = (update: IndexUpdate) => void;
const listeners = new Set<Listener>();
const notes = new Map<string, InterviewNote>();
const statuses = new Map<string, FollowUpStatus>();
let revision = 0;

function setNote(path: string, fm: Record<string, unknown>): void {
  const note = parseInterviewNote(fm, path);
  notes.set(path, note);
  statuses.set(path, computeStatus(note, startOfDay(TODAY), { holidays: [], maxAttempts: 3, dayFormat: DAYS }));
  revision++;
  for (const l of [...listeners]) l({ revision, changed: [path], today: TODAY });
}

for (const { path, fm } of SAMPLE) setNote(path, fm);

const plugin = new Component();
plugin.load();
const host = {
  settings: defaultSettings(),
  app: {
    workspace: {
      on(name: string, cb: Listener) {
        if (name === INDEX_EVENT) listeners.add(cb);
        return { off: () => listeners.delete(cb) };
      },
    },
  },
  index: {
    get revision() {
      return revision;
    },
    today: () => TODAY,
    statusDay: TODAY,
    dayFormat: DAYS,
    get: (path: string) => statuses.get(path),
    note: (path: string) => notes.get(path),
    statuses: () => [...statuses.values()],
    agenda: () => buildAgenda([...statuses.values()]),
  },
  registerEvent: (ref: { off: () => void }) => plugin.registerEvent(ref),
  register: (fn: () => void) => plugin.register(fn),
} as unknown as FollowUpHost;

// ---- Icons: small text glyphs, so the page needs no icon font ----
const GLYPHS: Record<string, string> = { "chevron-right": "›", mail: "✉", "list-plus": "+", "alarm-clock": "⏰", "file-pen-line": "✎" };
function setIcon(el: HTMLElement, icon: string): void {
  el.empty();
  el.createSpan({ cls: "test-icon", text: GLYPHS[icon] ?? "•" });
}

const rowActions: RowActionProvider = (s) =>
  s.action === "follow-up" || s.action === "wait"
    ? [
        { id: "insert", label: "Insert follow-up email into the note", icon: "file-pen-line", run: () => undefined },
        { id: "log", label: "Log a follow-up", icon: "list-plus", run: () => undefined },
      ]
    : [];

// ---- Sidebar ----
const opened: string[] = [];
const sidebar = document.getElementById("sidebar")!;
// The sidebar view's renderer: a full draw now, then row-by-row updates as the index changes.
const sidebarRenderer = new AgendaRenderer(sidebar);
const sidebarOptions = {
  today: TODAY,
  days: DAYS,
  onOpen: (path: string) => opened.push(path),
  setIcon,
  rowActions,
  expanded: new Set(["Interviews/Globex.md"]),
};
sidebarRenderer.render(host.index.agenda(), sidebarOptions);
listeners.add((update) => {
  sidebarRenderer.update(host.index.agenda(), update.changed === null ? null : new Set(update.changed), sidebarOptions);
});
/** Rows present when `markSidebarRows` ran keep this mark; a re-created row has none. */
const oldRows = new WeakSet<Element>();

// ---- Reading view: the real post-processor over hand-made sections ----
const readingPath = "Interviews/Acme.md";
const sections = [...document.querySelectorAll<HTMLElement>("#reading .test-section")];
const docText = document.getElementById("reading")!.getAttribute("data-source") ?? "";
const ctx = {
  docId: "reading",
  sourcePath: readingPath,
  frontmatter: SAMPLE[2].fm,
  addChild: (child: Component) => plugin.addChild(child),
  getSectionInfo: (el: HTMLElement) => {
    const start = Number(el.getAttribute("data-line-start"));
    return { text: docText, lineStart: start, lineEnd: Number(el.getAttribute("data-line-end")) };
  },
} as unknown as MarkdownPostProcessorContext;
const postProcess = badgePostProcessor(host);
for (const el of sections) postProcess(el, ctx);
// A second pass (Obsidian may post-process again) must not add a second badge.
for (const el of sections) postProcess(el, ctx);

// ---- Live Preview: a real CodeMirror editor with the real extension ----
// The same note as the reading view (run.mjs writes it into #reading's data-source).
const LIVE_DOC = docText;

const editor = new EditorView({
  parent: document.getElementById("live")!,
  state: EditorState.create({
    doc: LIVE_DOC,
    extensions: [
      editorInfoField.init(() => ({ file: { path: readingPath } })),
      editorLivePreviewField.init(() => true),
      createBadgeExtension(host),
      EditorView.lineWrapping,
    ],
  }),
});

// ---- Bases: the Follow-ups view's content for a base of the sample notes and one other note ----
const basesOpened: string[] = [];
const basesEl = document.getElementById("bases")!.createDiv({ cls: "ifu-bases-view" });
renderBasesFollowUps(
  basesEl,
  [{ title: null, rows: [...SAMPLE.map((s) => ({ path: s.path, status: statuses.get(s.path) ?? null })), { path: "Daily/2026-11-25.md", status: null }] }],
  { today: TODAY, days: DAYS, ready: true, onOpen: (path) => basesOpened.push(path) },
);

// ---- Hostile values, rendered off-screen and checked ----
statuses.set("Interviews/<b>hostile</b>.md", computeStatus(parseInterviewNote(HOSTILE, "Interviews/<b>hostile</b>.md"), startOfDay(TODAY), { holidays: [], maxAttempts: 3, dayFormat: DAYS }));
const hostileEl = document.getElementById("hostile")!;
renderAgenda(hostileEl, buildAgenda([statuses.get("Interviews/<b>hostile</b>.md")!]), {
  today: TODAY,
  days: DAYS,
  onOpen: () => undefined,
  expanded: new Set(["Interviews/<b>hostile</b>.md"]),
});
renderBasesFollowUps(
  hostileEl.createDiv(),
  [
    {
      title: '"><svg onload=window.__xss=4>',
      rows: [
        { path: "Interviews/<b>hostile</b>.md", status: statuses.get("Interviews/<b>hostile</b>.md")! },
        { path: "Other/<b>other</b><img src=x onerror=window.__xss=5>.md", status: null },
      ],
    },
  ],
  { today: TODAY, days: DAYS, ready: true, onOpen: () => undefined },
);
statuses.delete("Interviews/<b>hostile</b>.md");

declare global {
  interface Window {
    ifuTest: Record<string, (...args: never[]) => unknown>;
    __xss?: number;
  }
}

window.ifuTest = {
  /** Text of the line the Live Preview widget (a block of its own) stands above, or null. */
  liveWidgetLine: () => {
    const widget = document.querySelector("#live .ifu-badge-live");
    const next = widget?.nextElementSibling;
    return next?.classList.contains("cm-line") ? next.textContent : null;
  },
  /** True when the widget is a block of the editor's content, inside no line. */
  liveWidgetIsBlock: () => {
    const widget = document.querySelector("#live .ifu-badge-live");
    return widget !== null && widget.closest(".cm-line") === null && widget.parentElement?.classList.contains("cm-content") === true;
  },
  liveBadgeText: () => document.querySelector("#live .ifu-badge-text")?.textContent ?? null,
  liveCount: () => document.querySelectorAll("#live .ifu-badge-live").length,
  /** Inserts text at a line's start (1-based). */
  insertAtLine: (line: number, text: string) => {
    const from = editor.state.doc.line(line).from;
    editor.dispatch({ changes: { from, insert: text } });
  },
  setLivePreview: (on: boolean) => editor.dispatch({ effects: setLivePreview.of(on) }),
  /** Changes the note behind the editor and the reading view, as an index update would. */
  logFollowUp: (day: string) => setNote(readingPath, aNote().set("role", "Business analyst").interviewedOn("2026-11-18").thanked().emailed(day).build()),
  openedPaths: () => [...opened],
  markSidebarRows: () => document.querySelectorAll("#sidebar .ifu-row").forEach((row) => oldRows.add(row)),
  /** Paths of the sidebar rows created since `markSidebarRows`. */
  newSidebarRows: () =>
    [...document.querySelectorAll<HTMLElement>("#sidebar .ifu-row")].filter((row) => !oldRows.has(row)).map((row) => row.getAttribute("data-path") ?? ""),
  sidebarGroupOf: (path: string) => document.querySelector(`#sidebar .ifu-row[data-path="${path}"]`)?.closest(".ifu-group")?.getAttribute("data-group") ?? null,
  sidebarRowCount: () => document.querySelectorAll("#sidebar .ifu-row").length,
  basesOpenedPaths: () => [...basesOpened],
  clickBasesRow: (path: string) => document.querySelector<HTMLElement>(`#bases .ifu-bases-row[data-path="${path}"] .ifu-bases-link`)?.click(),
  clickRow: (path: string) => document.querySelector<HTMLElement>(`#sidebar .ifu-row[data-path="${path}"] .ifu-row-body`)?.click(),
};
document.body.setAttribute("data-ready", "true");
