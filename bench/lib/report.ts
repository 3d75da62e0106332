/** The benchmark's table: one row per figure, with its floor, ratio, target and verdict. */

export interface Row {
  /** What was measured. */
  what: string;
  /** The figure, formatted. */
  value: string;
  /** The floor it is compared with, formatted ("" when none). */
  floor?: string;
  /** value / floor, formatted ("" when none). */
  ratio?: string;
  /** The target, in words ("" when none). */
  target?: string;
  /** true = target met, false = MISSED, undefined = information only. */
  ok?: boolean;
}

export interface Section {
  title: string;
  rows: Row[];
  /** Sentences printed under the table (how it was measured, what it means). */
  notes: string[];
}

export class Report {
  readonly sections: Section[] = [];

  section(title: string): Section {
    const s: Section = { title, rows: [], notes: [] };
    this.sections.push(s);
    return s;
  }

  /** Plain-text table for the terminal. */
  toText(): string {
    const out: string[] = [];
    for (const s of this.sections) {
      out.push("", s.title, "-".repeat(s.title.length));
      const cells = s.rows.map((r) => [r.what, r.value, r.floor ?? "", r.ratio ?? "", r.target ?? "", r.ok === undefined ? "" : r.ok ? "target met" : "MISSED"]);
      const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...cells.map((c) => c[i].length), 0));
      for (const c of cells) {
        out.push(
          `  ${c[0].padEnd(widths[0])}  ${c[1].padStart(widths[1])}  ${c[2].padStart(widths[2])}  ${c[3].padStart(widths[3])}  ${c[4].padEnd(widths[4])}  ${c[5]}`.trimEnd(),
        );
      }
      for (const n of s.notes) out.push(`  · ${n}`);
    }
    return `${out.join("\n")}\n`;
  }

  /** Markdown tables for bench/RESULTS.md. */
  toMarkdown(): string {
    const out: string[] = [];
    for (const s of this.sections) {
      out.push(`## ${s.title}`, "", "| Measured | Value | Floor | Ratio | Target | |", "|---|---:|---:|---:|---|---|");
      for (const r of s.rows) {
        const verdict = r.ok === undefined ? "" : r.ok ? "target met" : "**MISSED**";
        out.push(`| ${esc(r.what)} | ${esc(r.value)} | ${esc(r.floor ?? "")} | ${esc(r.ratio ?? "")} | ${esc(r.target ?? "")} | ${verdict} |`);
      }
      if (s.notes.length > 0) out.push("", ...s.notes.map((n) => `- ${n}`));
      out.push("");
    }
    return out.join("\n");
  }
}

function esc(text: string): string {
  return text.replace(/\|/g, "\\|");
}
