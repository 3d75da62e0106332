/**
 * The benchmark suite, bundled and started by bench/run.mjs (`npm run bench`). Prints a table of
 * figures with their floors and ratios, measured side by side in the same run, and writes the
 * latest results, with a description of the machine, to bench/RESULTS.md.
 *
 * bench/run.mjs gives it a DOM (happy-dom) before it loads, as vitest's happy-dom environment does.
 *
 * `npm run bench -- index cli` runs only the named parts (bundle, onload, cli, index); a partial
 * run prints its table but leaves RESULTS.md alone.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, type } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { benchBundle } from "./lib/bundle-bench";
import { benchCli } from "./lib/cli-bench";
import { benchIndex } from "./lib/index-bench";
import { benchOnload } from "./lib/onload-bench";
import { Report } from "./lib/report";

const PARTS = ["bundle", "onload", "cli", "index"] as const;
type Part = (typeof PARTS)[number];

function cpuModel(): string {
  try {
    const info = readFileSync("/proc/cpuinfo", "utf8");
    const m = /^model name\s*:\s*(.+)$/m.exec(info);
    if (m) return m[1].trim();
  } catch {
    // Not Linux: fall back to what Node knows.
  }
  return cpus()[0]?.model ?? "unknown";
}

function machine(): string[] {
  const load = loadavg().map((l) => l.toFixed(2)).join(" / ");
  return [
    `- CPU: ${cpuModel()}, ${cpus().length} cores (os.cpus())`,
    `- Node ${process.version}, ${type()} ${release()}`,
    `- Date: ${new Date().toISOString()}`,
    `- Load average when the run started (1 / 5 / 15 min): ${load}`,
  ];
}

export async function main(options: { root: string; args: string[] }): Promise<void> {
  const wanted = options.args.filter((a): a is Part => (PARTS as readonly string[]).includes(a));
  const unknown = options.args.filter((a) => !(PARTS as readonly string[]).includes(a));
  if (unknown.length > 0) throw new Error(`unknown part(s): ${unknown.join(", ")} (parts: ${PARTS.join(", ")})`);
  const parts = new Set<Part>(wanted.length > 0 ? wanted : PARTS);
  const about = machine();
  process.stdout.write(`Interview Follow-up benchmarks\n${about.join("\n")}\n`);

  const report = new Report();
  const started = performance.now();
  if (parts.has("bundle")) await benchBundle(report, options.root);
  if (parts.has("onload")) await benchOnload(report, options.root);
  if (parts.has("cli")) await benchCli(report, options.root);
  if (parts.has("index")) await benchIndex(report);
  const seconds = (performance.now() - started) / 1000;
  // Run in the order that is quickest (the big vault last); shown in the order of the brief.
  report.sections.sort((x, y) => parseInt(x.title, 10) - parseInt(y.title, 10));

  process.stdout.write(report.toText());
  const missed = report.sections.flatMap((s) => s.rows).filter((r) => r.ok === false).length;
  process.stdout.write(`\n${missed === 0 ? "Every target met." : `${missed} target(s) MISSED.`} (${seconds.toFixed(0)} s)\n`);

  if (parts.size === PARTS.length) {
    const md = [
      "# Benchmark results",
      "",
      "Written by `npm run bench` (bench/run.mjs → bench/suite.ts); the latest run replaces this file.",
      "Every ratio compares two figures measured side by side in the same run (warm-up runs, then the",
      "median of several). The plugin runs against the Obsidian stand-in (test/support/) with happy-dom",
      "as its DOM, so absolute DOM timings are happy-dom's, not Chromium's.",
      "",
      "Machine:",
      "",
      ...about,
      `- Load average when the run ended: ${loadavg().map((l) => l.toFixed(2)).join(" / ")}`,
      `- Run time: ${seconds.toFixed(0)} s`,
      "",
      report.toMarkdown(),
    ].join("\n");
    writeFileSync(join(options.root, "bench", "RESULTS.md"), md);
    process.stdout.write("Results written to bench/RESULTS.md\n");
  }
}
