/**
 * Benchmark 6: the engine on one note — `parseInterviewNote` (normalize) and `computeStatus`
 * (the rules, with the reason in words) — over the interview notes of the index benchmark, their
 * front matter as Obsidian's metadata cache holds it (dates as text). Measured warm, as the index
 * runs it when a note changes; the index benchmark times the same work cold, after a collection.
 */
import { parseInterviewNote } from "../../src/core/note";
import { computeStatus } from "../../src/core/rules";
import type { KeyMap } from "../../src/core/settings";
import type { EngineSettings, InterviewNote, LocalMoment } from "../../src/core/types";
import { collectGarbage, median, percentile, us } from "./stats";
import type { Report } from "./report";

/** The engine's target: a note normalized and computed in this many microseconds (median). */
export const ENGINE_TARGET_US = 10;

const LOOP_RUNS = 31;
const LOOP_WARMUP = 10;
const PER_NOTE_REPEATS = 15;

export interface EngineInput {
  path: string;
  fm: unknown;
}

/** Milliseconds per run of `fn` over every note, warm (no collection in between). */
function loopTimes(fn: () => number): { times: number[]; checksum: number } {
  let checksum = 0;
  for (let i = 0; i < LOOP_WARMUP; i++) checksum += fn();
  collectGarbage();
  const times: number[] = [];
  for (let i = 0; i < LOOP_RUNS; i++) {
    const t = performance.now();
    checksum += fn();
    times.push(performance.now() - t);
  }
  return { times, checksum };
}

export function benchEngine(report: Report, inputs: readonly EngineInput[], now: LocalMoment, engine: EngineSettings, keys: KeyMap): void {
  const n = inputs.length;
  const both = (): number => {
    let k = 0;
    for (const c of inputs) k += computeStatus(parseInterviewNote(c.fm, c.path, keys), now, engine).reason.length;
    return k;
  };
  const normalizeOnly = (): number => {
    let k = 0;
    for (const c of inputs) k += parseInterviewNote(c.fm, c.path, keys).problems.length + 1;
    return k;
  };
  const notes: InterviewNote[] = inputs.map((c) => parseInterviewNote(c.fm, c.path, keys));
  const computeOnly = (): number => {
    let k = 0;
    for (const note of notes) k += computeStatus(note, now, engine).reason.length;
    return k;
  };

  const whole = loopTimes(both);
  const norm = loopTimes(normalizeOnly);
  const comp = loopTimes(computeOnly);

  // Each note on its own: its median over a few repeats, then the median and p95 over the notes.
  const perNote: number[] = [];
  for (const c of inputs) {
    const times: number[] = [];
    for (let i = 0; i < PER_NOTE_REPEATS; i++) {
      const t = performance.now();
      computeStatus(parseInterviewNote(c.fm, c.path, keys), now, engine);
      times.push(performance.now() - t);
    }
    perNote.push(median(times));
  }
  // An empty timed call, for the clock's own share of a per-note figure.
  const empty: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t = performance.now();
    empty.push(performance.now() - t);
  }

  const perLoop = (times: number[]): number => median(times) / n;
  const noteMedian = median(perNote);
  const s = report.section(`6. The engine: one interview note, normalized and computed (${n.toLocaleString("en")} notes)`);
  s.rows.push(
    {
      what: "one note: parseInterviewNote + computeStatus (median over the notes of each note's median)",
      value: us(noteMedian, 2),
      target: `≤ ${ENGINE_TARGET_US} µs`,
      ok: noteMedian * 1000 <= ENGINE_TARGET_US,
    },
    { what: "… p95 over the notes", value: us(percentile(perNote, 95), 2) },
    { what: "… the same work in one loop over every note, per note (median of runs)", value: us(perLoop(whole.times), 2) },
    { what: "… of which parseInterviewNote (normalize: values, problems)", value: us(perLoop(norm.times), 2) },
    { what: "… of which computeStatus (rules R0–R11, the reason in words)", value: us(perLoop(comp.times), 2) },
    { what: "… an empty timed call (performance.now twice), included in the per-note figures", value: us(median(empty), 2) },
  );
  s.notes.push(
    `The ${n.toLocaleString("en")} interview notes of benchmark 1, their front matter as the stand-in's metadata cache parsed it (dates and times as text, as in Obsidian); the clock at 2026-11-30 10:00, no holidays, days worded in en-US. Warm: ${LOOP_WARMUP} warm-up loops, one garbage collection, then ${LOOP_RUNS} timed loops (median), with no collection between them; each note alone: ${PER_NOTE_REPEATS} timed calls after the loops.`,
    "What made it fast (issue 12): every status is one object literal with its fields in one order (an object spread plus eleven added fields measured about half of computeStatus); a plain YYYY-MM-DD value is read digit by digit instead of through the date pattern, and a month's length is looked up only past the 28th, from date-fns for February only (a Date per date read was a quarter of normalizing); a value is trimmed only when it starts with a space; an unmapped key is read without a lookup table. Business days are counted on day numbers (no day string per day walked).",
  );
  if (whole.checksum === 0 || norm.checksum === 0 || comp.checksum === 0) s.notes.push("WARNING: the engine returned nothing.");
}
