/**
 * The live index: every interview note's status, kept current from Obsidian's metadata cache.
 *
 * - Built when the layout is ready (never in `onload`), from `app.metadataCache` only: no file
 *   reads, no YAML library.
 * - The build walks the vault's folders (no up-front list of every file, which could not be
 *   split) in slices of about `BUILD_SLICE_MS` and yields to the UI between them
 *   (`window.setTimeout(0)`), so a large vault never blocks the main thread for long. While a
 *   build runs, `statuses()` keeps answering with the last complete result (empty before the
 *   first build ends) plus any note changed meanwhile; the new result replaces it in one step at
 *   the end. `ready` turns true, and `whenReady()` resolves, when the first build is done.
 * - Afterwards each metadata `changed`/`deleted` and vault `rename` recomputes that one note.
 * - Statuses depend on the clock: a timer wakes the index at the next local midnight (or earlier,
 *   when an interview later today will have happened). A sleeping machine runs no timer, and the
 *   wake timer then fires hours late, so the index also looks at the clock every minute
 *   (`CLOCK_CHECK_MS`: a machine that wakes with Obsidian in front sends no `focus` and no
 *   `visibilitychange`), on window `focus` and when the document becomes visible.
 * - After every change that alters a status, `revision` goes up and ONE workspace event
 *   `INDEX_EVENT` carries `{revision, changed, today}`. A new local day always fires one, with
 *   `changed: null`, even when no status changed: every "in 2 days" and the sidebar's "Today, …"
 *   moved on. So does a rebuild for new settings (detection, keys, holidays, attempts): the empty
 *   sidebar describes them. Nothing else that leaves every status identical fires an event.
 */
import { Component, getAllTags, TFile, TFolder, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import { buildAgenda, sortStatuses, type AgendaGroup } from "../core/agenda";
import { localMoment, toHolidaySet } from "../core/dates";
import type { DayFormat } from "../core/day-format";
import { evaluateNote, sameStatus, statusOf, type Evaluation, type EvaluationSettings } from "../core/evaluate";
import { isInFolder, isInterviewNote } from "../core/note";
import { trimFolder } from "../core/paths";
import type { FollowUpSettings } from "../core/settings";
import type { Day, FollowUpStatus, InterviewNote, LocalMoment } from "../core/types";
import { INDEX_EVENT, type IndexUpdate } from "./host";
import { InterviewPrefilter } from "./index-prefilter";
import { appDayFormat } from "./locale";

/**
 * How often the index compares the clock's day with its own: at most this long after a computer
 * wakes, the statuses are those of the new day. One clock read and one comparison each time.
 */
export const CLOCK_CHECK_MS = 60_000;

/** Longest stretch of build work between two yields to the UI, in milliseconds. */
export const BUILD_SLICE_MS = 5;

/**
 * Files and folders every slice handles before it looks at the clock, so that a small vault
 * (fewer than this many items) is always built at once, however busy the machine is, and
 * every slice makes progress. At worst (all interview notes) about 2 ms of work.
 */
export const MIN_SLICE_STEPS = 64;

/** What the index keeps for one interview note (the engine's `Evaluation`). */
/**
 * A note's evaluation, with the front matter and tags it was detected by: a note renamed before
 * the metadata cache has read it under its new path is detected again from these (spec §2).
 */
interface Entry extends Evaluation {
  readonly frontmatter: unknown;
  readonly tags: readonly string[];
}

/** Figures about the last build, for the benchmark and for curious users. */
export interface BuildStats {
  files: number;
  interviewNotes: number;
  slices: number;
  longestSliceMs: number;
  /** Time spent working, pauses excluded. */
  workMs: number;
  /** From start to finish, pauses included. */
  totalMs: number;
}

/** Milliseconds from `now` to the next local midnight (at least 1). */
export function msUntilNextMidnight(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 0, 0);
  return Math.max(1, next.getTime() - now.getTime());
}

/** The instant of a local wall-clock time on a day. */
function instantOf(day: Day, minutes: number): number {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  return new Date(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, 0, 0).getTime();
}

export class FollowUpIndex extends Component {
  private revision_ = 0;
  private entries = new Map<string, Entry>();
  private sorted: FollowUpStatus[] | null = null;

  // Settings, read once per settings change.
  private evaluation: EvaluationSettings;
  private prefilter = new InterviewPrefilter({ type: "", tag: "", folder: "" });
  private fingerprint = "";

  // Lifecycle.
  private loaded = false;
  private started = false;
  private built = false;
  private building = false;
  private buildGen = 0;
  private dirty = new Set<string>();
  private readyWaiters: (() => void)[] = [];
  private yieldTimer: number | null = null;
  private lastStats: BuildStats = { files: 0, interviewNotes: 0, slices: 0, longestSliceMs: 0, workMs: 0, totalMs: 0 };

  // Clock.
  private day: Day = "";
  private wakeTimer: number | null = null;
  private wakeAt = Infinity;

  constructor(
    private readonly app: App,
    private readonly getSettings: () => FollowUpSettings,
    private readonly clock: () => Date = () => new Date(),
    /**
     * How the statuses' reasons write their days (the user's locale: Obsidian's language, the
     * system's region). Every view that words these statuses writes its days the same way.
     */
    readonly dayFormat: DayFormat = appDayFormat(),
  ) {
    super();
    this.evaluation = { detection: { type: "", tag: "", folder: "" }, templatesFolder: "", engine: { holidays: new Set<Day>(), maxAttempts: 3, dayFormat } };
  }

  /** Bumps on every change. */
  get revision(): number {
    return this.revision_;
  }

  /** True once the first build has finished. */
  get ready(): boolean {
    return this.built;
  }

  /** Resolves when the first build has finished. */
  whenReady(): Promise<void> {
    if (this.built) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Figures about the last completed build. */
  get buildStats(): BuildStats {
    return { ...this.lastStats };
  }

  /**
   * The local day, the statuses' day brought up to the clock's first (`checkClock`): a caller that
   * words the statuses against this day gets statuses computed for it, even when the machine
   * woke a moment ago and no timer has run yet. May fire the index's event (a new day), so do
   * not call it where a listener must not run (inside an editor update): use `statusDay` there.
   */
  today(): Day {
    this.checkClock();
    return this.statusDay;
  }

  /**
   * The day the statuses were computed for, without looking at the clock (the clock's day
   * before the first build). For code that may not trigger the index's event, such as an
   * editor's state update; the event that follows a new day brings such code up to date.
   */
  get statusDay(): Day {
    return this.built ? this.day : this.clockDay();
  }

  private clockDay(): Day {
    return localMoment(this.clock()).day;
  }

  /** Every interview note's status, most urgent first. The array is shared: do not change it. */
  statuses(): FollowUpStatus[] {
    if (!this.sorted) this.sorted = sortStatuses([...this.entries.values()].map((e) => e.status));
    return this.sorted;
  }

  get(path: string): FollowUpStatus | undefined {
    return this.entries.get(path)?.status;
  }

  /** The normalized note behind a status. */
  note(path: string): InterviewNote | undefined {
    return this.entries.get(path)?.note;
  }

  /** The agenda of every interview note, or of those inside `folder` (subfolders included). */
  agenda(folder?: string): AgendaGroup[] {
    const all = this.statuses();
    const f = trimFolder(folder ?? "");
    return buildAgenda(f === "" ? all : all.filter((s) => isInFolder(s.path, f)));
  }

  /**
   * Recomputes everything after a settings change, and fires one event (`changed: null`) when it
   * is done. A change that touches nothing the index reads (your name, the calendar path, …)
   * costs nothing and fires no event.
   */
  rebuild(): void {
    const fingerprint = this.readSettings();
    if (!this.started) return;
    if (this.built && !this.building && fingerprint === this.fingerprint) return;
    this.startBuild(fingerprint);
  }

  override onload(): void {
    this.loaded = true;
    const { metadataCache, vault, workspace } = this.app;
    this.registerEvent(metadataCache.on("changed", (file: TFile, _data: string, cache: CachedMetadata) => this.onChanged(file, cache)));
    this.registerEvent(metadataCache.on("deleted", (file: TFile) => this.onDeleted(file)));
    this.registerEvent(vault.on("rename", (file: TAbstractFile, oldPath: string) => this.onRename(file, oldPath)));
    this.registerInterval(window.setInterval(() => this.checkClock(), CLOCK_CHECK_MS));
    this.registerDomEvent(window, "focus", () => this.checkClock());
    this.registerDomEvent(activeDocument, "visibilitychange", () => {
      if (activeDocument.visibilityState === "visible") this.checkClock();
    });
    this.register(() => {
      this.loaded = false;
      this.started = false;
      this.buildGen++;
      this.building = false;
      if (this.yieldTimer !== null) window.clearTimeout(this.yieldTimer);
      this.yieldTimer = null;
      this.clearWakeTimer();
    });
    workspace.onLayoutReady(() => {
      if (!this.loaded || this.started) return;
      this.started = true;
      this.startBuild(this.readSettings());
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Settings

  /** Reads what the index needs from the settings; returns its fingerprint. */
  private readSettings(): string {
    const s = this.getSettings();
    const holidays = toHolidaySet(s.holidays);
    this.evaluation = {
      detection: { ...s.detection },
      templatesFolder: s.templatesFolder,
      keys: { ...s.keys },
      engine: { holidays, maxAttempts: s.maxAttempts, dayFormat: this.dayFormat },
      onEngineError: (path, error) => console.error(`Interview follow-up: could not work out ${path}`, error),
    };
    this.prefilter = new InterviewPrefilter(s.detection);
    return JSON.stringify([s.detection, s.templatesFolder, s.keys, [...holidays].sort(), s.maxAttempts]);
  }

  // ---------------------------------------------------------------------------------------------
  // Evaluating one note

  private now(): LocalMoment {
    return localMoment(this.clock());
  }

  /** The note at `file` through the engine (core/evaluate.ts), after the prefilter's cheap look; null when it is not an interview note. */
  private evaluate(file: TFile, cache: CachedMetadata | null, now: LocalMoment): Entry | null {
    if (!cache) return null;
    const fm = cache.frontmatter;
    if (!this.prefilter.mayBeInterview(file.path, fm, cache)) return null;
    const tags = this.prefilter.usesTags ? (getAllTags(cache) ?? []) : [];
    const evaluation = evaluateNote({ path: file.path, frontmatter: fm, tags }, this.evaluation, now);
    return evaluation && { note: evaluation.note, status: evaluation.status, frontmatter: fm, tags };
  }

  private compute(note: InterviewNote, now: LocalMoment): FollowUpStatus {
    return statusOf(note, now, this.evaluation.engine, this.evaluation.onEngineError);
  }

  // ---------------------------------------------------------------------------------------------
  // The build

  /** Starts a build with the settings `readSettings` just read (`fingerprint` is theirs). */
  private startBuild(fingerprint: string): void {
    const gen = ++this.buildGen;
    this.building = true;
    this.dirty = new Set();
    if (this.yieldTimer !== null) window.clearTimeout(this.yieldTimer);
    this.yieldTimer = null;
    void this.runBuild(gen, fingerprint);
  }

  private yieldToUi(): Promise<void> {
    return new Promise((resolve) => {
      this.yieldTimer = window.setTimeout(() => {
        this.yieldTimer = null;
        resolve();
      }, 0);
    });
  }

  private async runBuild(gen: number, fingerprint: string): Promise<void> {
    const started = performance.now();
    const cacheOf = this.app.metadataCache;
    const next = new Map<string, Entry>();
    let now = this.now();
    const startDay = now.day;
    // The vault is walked folder by folder rather than listed with getMarkdownFiles(): listing
    // 50,000 files is one block of work that cannot be split, while the walk can stop anywhere.
    // Each folder's children are copied onto the stack when it is opened, so a file added, moved
    // or deleted meanwhile cannot shift the walk; the `changed`/`deleted`/`rename` events mark
    // such notes dirty, and they are read again at the end.
    const pending: TAbstractFile[] = [this.app.vault.getRoot()];
    let files = 0;
    let steps = 0; // in this slice
    let sliceStart = started;
    let slices = 1;
    let longest = 0;
    let work = 0;
    while (pending.length > 0) {
      const item = pending.pop() as TAbstractFile;
      if (item instanceof TFolder) {
        const children = item.children;
        for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
      } else if (item instanceof TFile && item.extension === "md") {
        files++;
        const entry = this.evaluate(item, cacheOf.getFileCache(item), now);
        if (entry) next.set(item.path, entry);
      }
      if (++steps >= MIN_SLICE_STEPS && (steps & 7) === 0) {
        const t = performance.now();
        if (t - sliceStart >= BUILD_SLICE_MS) {
          longest = Math.max(longest, t - sliceStart);
          work += t - sliceStart;
          await this.yieldToUi();
          if (gen !== this.buildGen) return;
          slices++;
          steps = 0;
          sliceStart = performance.now();
          now = this.now();
        }
      }
    }
    // Notes changed while the build yielded: read them again as they are now.
    now = this.now();
    for (const path of this.dirty) {
      const file = this.app.vault.getAbstractFileByPath(path);
      const entry = file instanceof TFile ? this.evaluate(file, cacheOf.getFileCache(file), now) : null;
      if (entry) next.set(path, entry);
      else next.delete(path);
    }
    // Statuses computed before a midnight that passed during the build are stale.
    if (now.day !== startDay) {
      for (const entry of next.values()) entry.status = this.compute(entry.note, now);
    }
    const end = performance.now();
    longest = Math.max(longest, end - sliceStart);
    work += end - sliceStart;

    const first = !this.built;
    // New settings are announced even when no status changed: what an empty sidebar says (how
    // notes are found, the example's keys) comes from them.
    const changed = first || now.day !== this.day || fingerprint !== this.fingerprint || !this.sameEntries(next);
    this.entries = next;
    this.fingerprint = fingerprint;
    this.building = false;
    this.built = true;
    this.day = now.day;
    this.lastStats = { files, interviewNotes: next.size, slices, longestSliceMs: longest, workMs: work, totalMs: performance.now() - started };
    this.armWakeTimer(true);
    if (changed) this.emit(null);
    if (first) for (const resolve of this.readyWaiters.splice(0)) resolve();
  }

  private sameEntries(next: Map<string, Entry>): boolean {
    if (next.size !== this.entries.size) return false;
    for (const [path, entry] of next) {
      const old = this.entries.get(path);
      if (!old || !sameStatus(old.status, entry.status)) return false;
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Incremental updates

  private onChanged(file: TFile, cache: CachedMetadata): void {
    if (!this.started) return;
    if (this.building) this.dirty.add(file.path);
    this.catchUpWithClock();
    const prev = this.entries.get(file.path);
    const entry = this.evaluate(file, cache, this.now());
    if (!entry) {
      if (prev) {
        this.entries.delete(file.path);
        this.emit([file.path]);
      }
      return;
    }
    this.entries.set(file.path, entry);
    this.considerWake(entry);
    if (!prev || !sameStatus(prev.status, entry.status)) this.emit([file.path]);
  }

  private onDeleted(file: TFile): void {
    if (!this.started) return;
    if (this.building) this.dirty.add(file.path);
    if (this.entries.delete(file.path)) this.emit([file.path]);
  }

  private onRename(file: TAbstractFile, oldPath: string): void {
    if (!this.started || !(file instanceof TFile) || file.extension !== "md") return;
    if (this.building) {
      this.dirty.add(oldPath);
      this.dirty.add(file.path);
    }
    this.catchUpWithClock();
    const before = this.entries.get(oldPath);
    const had = this.entries.delete(oldPath);
    const cache = this.app.metadataCache.getFileCache(file);
    // A cache not ready yet under the new path (getFileCache may answer null) keeps the entry
    // under that path when the new path is still detected (a move out of the interview folder
    // is not); the `changed` that follows the parse reads the note again.
    const entry = cache === null && before ? this.movedEntry(before, file.path) : this.evaluate(file, cache, this.now());
    if (entry) {
      this.entries.set(file.path, entry);
      this.considerWake(entry);
    }
    if (had && entry) this.emit([oldPath, file.path]);
    else if (had) this.emit([oldPath]);
    else if (entry) this.emit([file.path]);
  }

  /**
   * An entry as it was, under a new path; null when the note, as last read, is not an interview
   * note there (spec §2: out of the interview folder, or into the templates folder).
   */
  private movedEntry(entry: Entry, path: string): Entry | null {
    const { detection, templatesFolder } = this.evaluation;
    if (!isInterviewNote(path, entry.frontmatter, entry.tags, detection, templatesFolder)) return null;
    const note: InterviewNote = { ...entry.note, path };
    return { note, status: this.compute(note, this.now()), frontmatter: entry.frontmatter, tags: entry.tags };
  }

  private emit(changed: string[] | null): void {
    this.revision_++;
    this.sorted = null;
    const update: IndexUpdate = { revision: this.revision_, changed, today: this.day };
    this.app.workspace.trigger(INDEX_EVENT, update);
  }

  // ---------------------------------------------------------------------------------------------
  // The clock

  /** Before one note is recomputed: if the local day moved on unnoticed, recompute the others too. */
  private catchUpWithClock(): void {
    if (this.built && !this.building && this.clockDay() !== this.day) this.recomputeAll();
  }

  /**
   * Recomputes when the local day moved on or a wake time (an interview's minute) passed; else
   * does nothing, cheaply (one clock read, one comparison). Runs on the wake timer, every
   * `CLOCK_CHECK_MS`, on focus and on visibility; call it before acting on the statuses at a
   * moment the index did not choose (the daily notification). A build in progress checks the
   * day itself when it ends.
   */
  checkClock(): void {
    if (!this.built || this.building) return;
    const now = this.clock();
    if (localMoment(now).day !== this.day || now.getTime() >= this.wakeAt) this.recomputeAll();
  }

  /**
   * Every status again with the current time. The event names the notes that changed; on a new
   * day it says "everything" (`changed: null`), whether or not a status changed, because every
   * surface shows the day and phrases counted from it.
   */
  private recomputeAll(): void {
    const now = this.now();
    const newDay = now.day !== this.day;
    this.day = now.day;
    const changed: string[] = [];
    for (const [path, entry] of this.entries) {
      const status = this.compute(entry.note, now);
      if (!sameStatus(entry.status, status)) {
        entry.status = status;
        changed.push(path);
      }
    }
    this.armWakeTimer(true);
    if (newDay) this.emit(null);
    else if (changed.length > 0) this.emit(changed);
  }

  /** When this note's interview is later today, the index must wake at that minute. */
  private wakeTimeOf(entry: Entry, nowMs: number): number {
    const iv = entry.note.interview;
    if (!iv || iv.minutes === null || iv.day !== this.day || entry.status.state !== "upcoming") return Infinity;
    const at = instantOf(iv.day, iv.minutes);
    return at > nowMs ? at : Infinity;
  }

  private considerWake(entry: Entry): void {
    const at = this.wakeTimeOf(entry, this.clock().getTime());
    if (at < this.wakeAt) this.armWakeTimer(false, at);
  }

  /** Sets the one wake timer: the next midnight, or an earlier interview time today. */
  private armWakeTimer(scan: boolean, candidate = Infinity): void {
    if (!this.loaded) return;
    const nowDate = this.clock();
    const nowMs = nowDate.getTime();
    let at = Math.min(nowMs + msUntilNextMidnight(nowDate), candidate);
    if (scan) for (const entry of this.entries.values()) at = Math.min(at, this.wakeTimeOf(entry, nowMs));
    this.clearWakeTimer();
    this.wakeAt = at;
    this.wakeTimer = window.setTimeout(() => {
      this.wakeTimer = null;
      this.checkClock();
    }, Math.max(1, at - nowMs));
  }

  private clearWakeTimer(): void {
    if (this.wakeTimer !== null) window.clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
    this.wakeAt = Infinity;
  }
}
