/**
 * `Editor`: a plain text buffer with Obsidian's Editor API (positions are `{line, ch}`, 0-based)
 * and an undo history, so a test can assert that a command made exactly one undo step.
 *
 * - Every mutating call (`replaceSelection`, `replaceRange`, `setValue`, `setLine`,
 *   `transaction`) is ONE history entry, like one CodeMirror transaction.
 * - Text written into an open note from outside the editor (e.g. `processFrontMatter` on the
 *   open file) arrives as its own entry with origin `"external"` (see `MarkdownView`).
 * - `undo()` / `redo()` walk that history; a new change after an undo drops the redo stack.
 * - The cursor follows CodeMirror's mapping: a position after the change shifts with it, a
 *   position inside a replaced range moves to the end of the new text, and a caret exactly at a
 *   pure insertion point stays before the inserted text (`replaceSelection` moves it after).
 */
import type { EditorChange, EditorPosition, EditorRange, EditorRangeOrCaret, EditorSelection, EditorTransaction } from "obsidian";

export interface HistoryEntry {
  before: string;
  after: string;
  origin: string;
}

type ChangeListener = (entry: HistoryEntry) => void;

export class Editor {
  private text__: string;
  private anchor__: EditorPosition = { line: 0, ch: 0 };
  private head__: EditorPosition = { line: 0, ch: 0 };
  private focused__ = false;
  /** Stand-in only: the undo history, oldest first. */
  readonly history__: HistoryEntry[] = [];
  /** Stand-in only: entries undone and not yet redone. */
  readonly redoStack__: HistoryEntry[] = [];
  private readonly listeners__: ChangeListener[] = [];

  constructor(text = "") {
    this.text__ = text;
  }

  // ---- reading ----
  getValue(): string {
    return this.text__;
  }

  lineCount(): number {
    return this.text__.split("\n").length;
  }

  lastLine(): number {
    return this.lineCount() - 1;
  }

  getLine(line: number): string {
    return this.text__.split("\n")[line] ?? "";
  }

  getRange(from: EditorPosition, to: EditorPosition): string {
    const [a, b] = this.ordered__(this.posToOffset(from), this.posToOffset(to));
    return this.text__.slice(a, b);
  }

  getSelection(): string {
    return this.getRange(this.anchor__, this.head__);
  }

  somethingSelected(): boolean {
    return this.posToOffset(this.anchor__) !== this.posToOffset(this.head__);
  }

  getCursor(which: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
    const a = this.posToOffset(this.anchor__);
    const h = this.posToOffset(this.head__);
    if (which === "anchor") return { ...this.anchor__ };
    if (which === "head") return { ...this.head__ };
    if (which === "from") return this.offsetToPos(Math.min(a, h));
    return this.offsetToPos(Math.max(a, h));
  }

  listSelections(): EditorSelection[] {
    return [{ anchor: { ...this.anchor__ }, head: { ...this.head__ } }];
  }

  posToOffset(pos: EditorPosition): number {
    const lines = this.text__.split("\n");
    const line = Math.max(0, Math.min(pos.line, lines.length - 1));
    let offset = 0;
    for (let i = 0; i < line; i++) offset += lines[i].length + 1;
    return offset + Math.max(0, Math.min(pos.ch, lines[line].length));
  }

  offsetToPos(offset: number): EditorPosition {
    const o = Math.max(0, Math.min(offset, this.text__.length));
    const before = this.text__.slice(0, o);
    const line = before.split("\n").length - 1;
    return { line, ch: o - (before.lastIndexOf("\n") + 1) };
  }

  wordAt(pos: EditorPosition): EditorRange | null {
    const o = this.posToOffset(pos);
    let a = o;
    let b = o;
    while (a > 0 && /\w/.test(this.text__[a - 1])) a--;
    while (b < this.text__.length && /\w/.test(this.text__[b])) b++;
    return a === b ? null : { from: this.offsetToPos(a), to: this.offsetToPos(b) };
  }

  // ---- selection ----
  setCursor(pos: EditorPosition | number, ch?: number): void {
    const p = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
    const clamped = this.offsetToPos(this.posToOffset(p));
    this.anchor__ = clamped;
    this.head__ = { ...clamped };
  }

  setSelection(anchor: EditorPosition, head?: EditorPosition): void {
    this.anchor__ = this.offsetToPos(this.posToOffset(anchor));
    this.head__ = this.offsetToPos(this.posToOffset(head ?? anchor));
  }

  setSelections(ranges: { anchor: EditorPosition; head?: EditorPosition }[], main?: number): void {
    const r = ranges[main ?? 0] ?? ranges[0];
    if (r) this.setSelection(r.anchor, r.head);
  }

  focus(): void {
    this.focused__ = true;
  }

  blur(): void {
    this.focused__ = false;
  }

  hasFocus(): boolean {
    return this.focused__;
  }

  refresh(): void {
    // Nothing to lay out.
  }

  scrollIntoView(_range: EditorRange, _center?: boolean): void {
    // No viewport.
  }

  // ---- changing ----
  setValue(content: string): void {
    this.commit__([{ from: 0, to: this.text__.length, text: content }], "setValue", null);
  }

  setLine(n: number, text: string): void {
    const from = this.posToOffset({ line: n, ch: 0 });
    const to = from + this.getLine(n).length;
    this.commit__([{ from, to, text }], "setLine", null);
  }

  replaceSelection(replacement: string, origin = "replaceSelection"): void {
    const [a, b] = this.ordered__(this.posToOffset(this.anchor__), this.posToOffset(this.head__));
    this.commit__([{ from: a, to: b, text: replacement }], origin, [a, replacement.length]);
  }

  replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition, origin = "replaceRange"): void {
    const [a, b] = this.ordered__(this.posToOffset(from), this.posToOffset(to ?? from));
    this.commit__([{ from: a, to: b, text: replacement }], origin, null);
  }

  transaction(tx: EditorTransaction, origin = "transaction"): void {
    const changes: { from: number; to: number; text: string }[] = [];
    let caret: [number, number] | null = null;
    if (tx.replaceSelection !== undefined) {
      const [a, b] = this.ordered__(this.posToOffset(this.anchor__), this.posToOffset(this.head__));
      changes.push({ from: a, to: b, text: tx.replaceSelection });
      caret = [a, tx.replaceSelection.length];
    }
    for (const c of tx.changes ?? ([] as EditorChange[])) {
      const [a, b] = this.ordered__(this.posToOffset(c.from), this.posToOffset(c.to ?? c.from));
      changes.push({ from: a, to: b, text: c.text });
    }
    const sel: EditorRangeOrCaret | undefined = tx.selections?.[0] ?? tx.selection;
    this.commit__(changes, origin, caret);
    if (sel) this.setSelection(sel.from, sel.to ?? sel.from);
  }

  undo(): void {
    const entry = this.history__.pop();
    if (!entry) return;
    this.redoStack__.push(entry);
    this.swap__(entry.before);
  }

  redo(): void {
    const entry = this.redoStack__.pop();
    if (!entry) return;
    this.history__.push(entry);
    this.swap__(entry.after);
  }

  exec(_command: string): void {
    // Editor commands are not simulated.
  }

  processLines<T>(
    read: (line: number, lineText: string) => T | null,
    write: (line: number, lineText: string, value: T | null) => EditorChange | void,
  ): void {
    const changes: EditorChange[] = [];
    const lines = this.text__.split("\n");
    lines.forEach((text, i) => {
      const c = write(i, text, read(i, text));
      if (c) changes.push(c);
    });
    if (changes.length > 0) this.transaction({ changes }, "processLines");
  }

  // ---- stand-in only ----
  /**
   * Shows another file's text: a Markdown view keeps ONE editor and loads each file into it
   * (so an editor held across an `await` may now show another note). History and cursor reset.
   */
  reset__(text: string): void {
    this.text__ = text;
    this.anchor__ = { line: 0, ch: 0 };
    this.head__ = { line: 0, ch: 0 };
    this.history__.length = 0;
    this.redoStack__.length = 0;
  }

  /** Called after every change (used by `MarkdownView` to keep the file in step). */
  onChange__(listener: ChangeListener): void {
    this.listeners__.push(listener);
  }

  /** Text changed from outside the editor: one history entry with origin "external", no listeners. */
  applyExternal__(content: string): void {
    if (content === this.text__) return;
    let start = 0;
    while (start < content.length && start < this.text__.length && content[start] === this.text__[start]) start++;
    let endOld = this.text__.length;
    let endNew = content.length;
    while (endOld > start && endNew > start && content[endNew - 1] === this.text__[endOld - 1]) {
      endOld--;
      endNew--;
    }
    this.commit__([{ from: start, to: endOld, text: content.slice(start, endNew) }], "external", null, false);
  }

  private ordered__(a: number, b: number): [number, number] {
    return a <= b ? [a, b] : [b, a];
  }

  private swap__(content: string): void {
    const a = Math.min(this.posToOffset(this.anchor__), content.length);
    const h = Math.min(this.posToOffset(this.head__), content.length);
    this.text__ = content;
    this.anchor__ = this.offsetToPos(a);
    this.head__ = this.offsetToPos(h);
    const entry = { before: content, after: content, origin: "undo" };
    for (const l of this.listeners__) l(entry);
  }

  /** Applies non-overlapping changes (offsets in the old text) as one history entry. */
  private commit__(
    changes: { from: number; to: number; text: string }[],
    origin: string,
    caret: [number, number] | null,
    notify = true,
  ): void {
    if (changes.length === 0) return;
    const before = this.text__;
    const sorted = [...changes].sort((x, y) => x.from - y.from);
    const map = (pos: number): number => {
      let out = pos;
      for (const c of sorted) {
        const delta = c.text.length - (c.to - c.from);
        if (pos > c.to || (pos === c.to && c.to > c.from)) out += delta;
        else if (pos > c.from) out += c.from + c.text.length - pos;
      }
      return out;
    };
    const anchor = map(this.posToOffset(this.anchor__));
    const head = map(this.posToOffset(this.head__));
    let after = "";
    let last = 0;
    for (const c of sorted) {
      after += before.slice(last, c.from) + c.text;
      last = c.to;
    }
    after += before.slice(last);
    this.text__ = after;
    if (caret !== null) {
      const c = map(caret[0]) + caret[1];
      this.anchor__ = this.offsetToPos(c);
      this.head__ = this.offsetToPos(c);
    } else {
      this.anchor__ = this.offsetToPos(anchor);
      this.head__ = this.offsetToPos(head);
    }
    const entry: HistoryEntry = { before, after, origin };
    this.history__.push(entry);
    this.redoStack__.length = 0;
    if (notify) for (const l of this.listeners__) l(entry);
  }
}
