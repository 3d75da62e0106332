/**
 * The badge in Live Preview: a block widget between the properties and the note's body, only
 * while the editor is in Live Preview.
 *
 * - A block widget takes a line of its own, so the cursor never lands inside or beside it and
 *   a click on it does not move the selection. CodeMirror only accepts block decorations from
 *   a state field (not from a view plugin), so the badge comes from a `StateField` providing
 *   `Decoration.widget({ block: true })`.
 * - The file path comes from Obsidian's `editorInfoField`; the mode from `editorLivePreviewField`.
 * - Its position is worked out again on every document change, so it stays right after the
 *   frontmatter whatever is typed above or below it.
 * - When the index changes, one workspace listener (registered on the plugin) dispatches a
 *   refresh effect to the editors showing a changed note (every editor on `changed: null`, as
 *   on a new day); a small view plugin keeps the list of live editors.
 */
import { StateEffect, StateField, type EditorState, type Extension, type Text } from "@codemirror/state";
import { Decoration, EditorView, ViewPlugin, WidgetType, type DecorationSet, type PluginValue } from "@codemirror/view";
import { editorInfoField, editorLivePreviewField, setTooltip } from "obsidian";
import type { DayFormat } from "../../core/day-format";
import type { Day, FollowUpStatus } from "../../core/types";
import { reasonWithRule } from "../../core/wording";
import { INDEX_EVENT, type FollowUpHost, type IndexUpdate } from "../host";
import { badgeText, renderBadge } from "../render/badge";

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
    renderBadge(wrap, this.status, this.today, this.days, { setTooltip });
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
  const live = new Set<EditorView>();

  host.registerEvent(
    host.app.workspace.on(INDEX_EVENT, (update: IndexUpdate) => {
      const due = [...live].filter((view) => {
        const path = pathOf(view.state);
        return path !== null && (update.changed === null || update.changed.includes(path));
      });
      if (due.length === 0) return;
      // Not from inside this event: it may come while an editor is drawing (a `followup` block
      // in Live Preview asks the index for the day, which may announce a new one), and an editor
      // refuses a dispatch during its own update. A microtask runs once that drawing is done.
      queueMicrotask(() => {
        for (const view of due) if (live.has(view)) view.dispatch({ effects: refreshBadgeEffect.of(null) });
      });
    }),
  );

  function pathOf(state: EditorState): string | null {
    return state.field(editorInfoField, false)?.file?.path ?? null;
  }

  function build(state: EditorState): DecorationSet {
    if (state.field(editorLivePreviewField, false) !== true) return Decoration.none;
    const path = pathOf(state);
    if (!path) return Decoration.none;
    const status = host.index.get(path);
    if (!status) return Decoration.none;
    const pos = bodyStart(state.doc);
    // After the closing fence when the note has no body yet, else before the body's first line.
    const atEnd = pos === state.doc.length && pos > 0;
    // Inside an editor update: the statuses' own day, not today(), whose catching up with the
    // clock could fire the index's event, whose listener dispatches to this editor. That
    // event's refresh brings the badge to a new day.
    const widget = new BadgeWidget(status, host.index.statusDay, host.index.dayFormat);
    return Decoration.set([Decoration.widget({ widget, block: true, side: atEnd ? 1 : -1 }).range(pos)]);
  }

  const badges = StateField.define<DecorationSet>({
    create: (state) => build(state),
    update(decorations, tr) {
      const modeChanged = tr.startState.field(editorLivePreviewField, false) !== tr.state.field(editorLivePreviewField, false);
      const fileChanged = tr.startState.field(editorInfoField, false) !== tr.state.field(editorInfoField, false);
      const refreshed = tr.effects.some((e) => e.is(refreshBadgeEffect));
      return tr.docChanged || modeChanged || fileChanged || refreshed ? build(tr.state) : decorations;
    },
    provide: (field) => EditorView.decorations.from(field),
  });

  /** Keeps `live` to the editors that exist, for the refresh above. */
  class LiveEditors implements PluginValue {
    constructor(readonly view: EditorView) {
      live.add(view);
    }

    destroy(): void {
      live.delete(this.view);
    }
  }

  return [badges, ViewPlugin.fromClass(LiveEditors)];
}
