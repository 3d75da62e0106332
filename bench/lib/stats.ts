/** Timing helpers: warm-up runs, then the median of several, with a garbage collection between. */

declare const gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (typeof gc === "function") gc();
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface Sampled<T = undefined> {
  /** Milliseconds per run, in run order (warm-ups excluded). */
  samples: number[];
  median: number;
  min: number;
  max: number;
  /** What the last run returned (to check the work was really done). */
  last: T;
}

function summarize<T>(samples: number[], last: T): Sampled<T> {
  return { samples, median: median(samples), min: Math.min(...samples), max: Math.max(...samples), last };
}

/** Runs `fn` `warmup` times, then `runs` times timed; a GC before each timed run. */
export function sample<T>(fn: () => T, runs: number, warmup = 2): Sampled<T> {
  let last!: T;
  for (let i = 0; i < warmup; i++) last = fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const t = performance.now();
    last = fn();
    samples.push(performance.now() - t);
  }
  return summarize(samples, last);
}

/** The async form of `sample`. */
export async function sampleAsync<T>(fn: () => Promise<T>, runs: number, warmup = 2): Promise<Sampled<T>> {
  let last!: T;
  for (let i = 0; i < warmup; i++) last = await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const t = performance.now();
    last = await fn();
    samples.push(performance.now() - t);
  }
  return summarize(samples, last);
}

/** Interleaves two measurements run for run (A, B, A, B, …) so drift hits both alike. */
export function sideBySide<A, B>(a: () => A, b: () => B, runs: number, warmup = 2): [Sampled<A>, Sampled<B>] {
  let lastA!: A;
  let lastB!: B;
  for (let i = 0; i < warmup; i++) {
    lastA = a();
    lastB = b();
  }
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    let t = performance.now();
    lastA = a();
    sa.push(performance.now() - t);
    collectGarbage();
    t = performance.now();
    lastB = b();
    sb.push(performance.now() - t);
  }
  return [summarize(sa, lastA), summarize(sb, lastB)];
}

export function ms(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return "n/a";
  return `${value.toFixed(digits)} ms`;
}

export function us(valueMs: number, digits = 1): string {
  if (!Number.isFinite(valueMs)) return "n/a";
  return `${(valueMs * 1000).toFixed(digits)} µs`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function ratio(value: number, floor: number): string {
  return `${(value / floor).toFixed(2)}×`;
}

/** "target met" / "MISSED" beside a figure. */
export function verdict(ok: boolean): string {
  return ok ? "target met" : "MISSED";
}
