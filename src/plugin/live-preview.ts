/**
 * The badge in Live Preview: a CodeMirror 6 view plugin that puts one widget at the start of the
 * note's body (right after the frontmatter), only while the editor is in Live Preview.
 *
 * - The file path comes from Obsidian's `editorInfoField`; the mode from `editorLivePreviewField`.
 * - The widget's position is recomputed on every document change, so it stays after the
 *   frontmatter whatever is typed above or below it.
 * - When the index changes, one workspace listener (registered on the plugin) dispatches a
 *   refresh effect to the editors showing a changed note; each editor's plugin instance adds
 *   itself to that list when created and removes itself when destroyed.
 */
import { StateEffect, type Extension, type Text } from "@codemirror/state";
import { Decoration, EditorView, ViewPlugin, WidgetType, type DecorationSet, type PluginValue, type ViewUpdate } from "@codemirror/view";
import { editorInfoField, editorLivePreviewField } from "obsidian";
import type { DayFormat } from "../core/day-format";
import type { Day, FollowUpStatus } from "../core/types";
import { reasonWithRule } from "../core/wording";
import { INDEX_EVENT, type FollowUpHost, type IndexUpdate } from "./host";
import { badgeText, renderBadge } from "./render";

/** Tells an editor's badge plugin to read the index again. */
export const refreshBadgeEffect = StateEffect.define<null>();

/** Frontmatter longer than this many lines is not looked for (Obsidian's own limit is similar). */
const MAX_FRONTMATTER_LINES = 1000;

/**
 * Where the note's body starts: just after the closing `---` of the frontmatter (the start of
 * the next line), or 0 when there is no complete frontmatter.
 */
export function bodyStart(doc: Text): number {
  if (doc.lines < 2 || doc.line(1).text.trimEnd() !== "---") return 0;
  const last = Math.min(doc.lines, MAX_FRONTMATTER_LINES);
  for (let i = 2; i <= last; i++) {
    const line = doc.line(i);
    if (line.text.trimEnd() === "---") return i < doc.lines ? doc.line(i + 1).from : line.to;
  }
  return 0;
}

export class BadgeWidget extends WidgetType {
  constructor(
    readonly status: FollowUpStatus,
    readonly today: Day,
    readonly days: DayFormat,
  ) {
    super();
  }

  /** Same text, colour and hover text: CodeMirror keeps the DOM it has. */
  eq(other: BadgeWidget): boolean {
    return (
      other.status.state === this.status.state &&
      badgeText(other.status, other.today, other.days) === badgeText(this.status, this.today, this.days) &&
      reasonWithRule(other.status) === reasonWithRule(this.status)
    );
  }

  toDOM(): HTMLElement {
    const wrap = createDiv({ cls: "ifu-badge-live", attr: { contenteditable: "false" } });
    renderBadge(wrap, this.status, this.today, this.days);
    return wrap;
  }

  ignoreEvent(): boolean {
    return true;
  }
}

/**
 * The Live Preview badge extension. Creating it registers (on `host`) the one INDEX_EVENT
 * listener that refreshes open editors, so call it once, from `registerBadges`.
 */
export function createBadgeExtension(host: FollowUpHost): Extension {
  const live = new Set<BadgePlugin>();

  host.registerEvent(
    host.app.workspace.on(INDEX_EVENT, (update: IndexUpdate) => {
      for (const plugin of [...live]) plugin.onIndexUpdate(update);
    }),
  );

  function pathOf(view: EditorView | { state: EditorView["state"] }): string | null {
    return view.state.field(editorInfoField, false)?.file?.path ?? null;
  }

  function build(view: EditorView): DecorationSet {
    const state = view.state;
    if (state.field(editorLivePreviewField, false) !== true) return Decoration.none;
    const path = pathOf(view);
    if (!path) return Decoration.none;
    const status = host.index.get(path);
    if (!status) return Decoration.none;
    const pos = bodyStart(state.doc);
    const atEnd = pos === state.doc.length && pos > 0;
    const widget = new BadgeWidget(status, host.index.today(), host.index.dayFormat);
    return Decoration.set([Decoration.widget({ widget, side: atEnd ? 1 : -1 }).range(pos)]);
  }

  class BadgePlugin implements PluginValue {
    decorations: DecorationSet;

    constructor(readonly view: EditorView) {
      live.add(this);
      this.decorations = build(view);
    }

    update(update: ViewUpdate): void {
      const modeChanged =
        update.startState.field(editorLivePreviewField, false) !== update.state.field(editorLivePreviewField, false);
      const fileChanged = update.startState.field(editorInfoField, false) !== update.state.field(editorInfoField, false);
      const refreshed = update.transactions.some((tr) => tr.effects.some((e) => e.is(refreshBadgeEffect)));
      if (update.docChanged || modeChanged || fileChanged || refreshed) this.decorations = build(update.view);
    }

    destroy(): void {
      live.delete(this);
    }

    onIndexUpdate(update: IndexUpdate): void {
      const path = pathOf(this.view);
      if (!path || (update.changed !== null && !update.changed.includes(path))) return;
      this.view.dispatch({ effects: refreshBadgeEffect.of(null) });
    }
  }

  return ViewPlugin.fromClass(BadgePlugin, { decorations: (plugin) => plugin.decorations });
}
