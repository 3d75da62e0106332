/**
 * Obsidian's CodeMirror state fields, as real `StateField`s so plugin extensions run in a real
 * `EditorView` (d.ts: `editorInfoField: StateField<MarkdownFileInfo>` — "Use this StateField to
 * get a reference to the MarkdownView"; `editorLivePreviewField: StateField<boolean>` — "true
 * if the editor is in Live Preview"). A test builds an editor with them:
 *
 *   new EditorView({ state: EditorState.create({ doc, extensions: [
 *     editorInfoField.init(() => ({ file })), editorLivePreviewField.init(() => true), ext ] }) });
 *   view.dispatch({ effects: setLivePreview__.of(false) });   // the user switches to source mode
 */
import { StateEffect, StateField } from "@codemirror/state";

/** Stand-in only: switches an editor between Live Preview (true) and source mode (false). */
export const setLivePreview__ = StateEffect.define<boolean>();

export const editorLivePreviewField = StateField.define<boolean>({
  create: () => true,
  update: (value, tr) => tr.effects.reduce((v, e) => (e.is(setLivePreview__) ? e.value : v), value),
});

export const editorInfoField = StateField.define<{ file: { path: string } | null }>({
  create: () => ({ file: null }),
  update: (value) => value,
});
