/**
 * Synthetic vaults for the benchmarks: deterministic (a seeded generator), with the shapes real
 * vaults have. Interview notes carry realistic front matter (company, role, interviewer, a date
 * or a date with a time, stage, timeline, thank-you, a `follow_ups` list of mappings, sometimes
 * a reply or an outcome); the other notes carry ordinary front matter (tags, created, aliases,
 * a type such as `daily` or `meeting`, a status) and a body with headings and inline tags.
 *
 * The three ways a note becomes an interview note are all used: a path in `Interviews/`,
 * `type: interview`, and the tag `interview` (in the front matter or in the body).
 */

/** mulberry32: a small, fast, seeded generator, so every run benchmarks the same vault. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries", "Wayne Enterprises", "Soylent", "Cyberdyne", "Tyrell", "Wonka", "Vandelay Industries", "Pied Piper", "Dunder Mifflin"];
const ROLES = ["Data Analyst", "Product Designer", "Backend Engineer", "Engineering Manager", "UX Researcher", "Site Reliability Engineer", "Technical Writer", "Product Manager"];
const PEOPLE = ["Dana Reyes", "Sam Okafor", "Priya Nair", "Lee Chen", "Morgan Blake", "Alex Kim", "Jordan Diaz", "Taylor Brooks"];
const STAGES = ["first", "second", "technical", "onsite", "Final round", "phone screen"];
const TIMELINES = ["2 weeks", "10 days", "5 business days", "1-2 weeks", "a month", "three weeks"];
const CHANNELS = ["email", "email", "email", "linkedin", "voicemail", "phone", "message"];
const TYPES = ["daily", "meeting", "project", "book", "person", "idea", "reference"];
const TAGS = ["project", "reading", "health", "journal", "work/meetings", "ideas", "finance", "travel", "people", "learning/ts"];
const WORDS = "the a we about after call plan notes list review draft budget timeline launch team week idea follow design data report check later".split(" ");

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A day between 2026-06-01 and 2026-12-31 (the benchmark's clock is 2026-11-30). */
function dayIn2026(rnd: () => number, from = 152, to = 365): string {
  const n = from + Math.floor(rnd() * (to - from));
  const d = new Date(Date.UTC(2026, 0, 1 + n));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function addDaysUtc(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function sentence(rnd: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(rnd, WORDS));
  const s = out.join(" ");
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}

function body(rnd: () => number, tag: string | null): string {
  const lines = [`# ${sentence(rnd, 3).slice(0, -1)}`, "", sentence(rnd, 12), sentence(rnd, 9)];
  if (rnd() < 0.5) lines.push("", `## ${sentence(rnd, 2).slice(0, -1)}`, "", `- ${sentence(rnd, 6)}`, `- ${sentence(rnd, 5)} #${pick(rnd, TAGS)}`);
  if (tag) lines.push("", `${sentence(rnd, 4)} #${tag}`);
  lines.push("", sentence(rnd, 15), "");
  return lines.join("\n");
}

export type Detection = "folder" | "type" | "tag" | "inline-tag";

/** Front matter lines of an interview note, as a person (or the plugin's template) writes them. */
function interviewFrontmatter(rnd: () => number, i: number, detection: Detection, blockShare: number): string[] {
  const company = pick(rnd, COMPANIES);
  const day = dayIn2026(rnd, 250, 350);
  const lines: string[] = [];
  if (detection === "type") lines.push("type: interview");
  if (detection === "tag") lines.push("tags:", "  - interview", `  - ${pick(rnd, ["job-search", "career"])}`);
  else if (rnd() < 0.3) lines.push("tags: [job-search]");
  lines.push(`company: ${company}`);
  lines.push(`role: ${rnd() < 0.1 ? `"${pick(rnd, ROLES)}: platform"` : pick(rnd, ROLES)}`);
  lines.push(`interviewer: ${pick(rnd, PEOPLE)}`);
  if (rnd() < 0.8) lines.push(`interviewer_email: ${pick(rnd, PEOPLE).split(" ")[0].toLowerCase()}@${company.split(" ")[0].toLowerCase()}.example`);
  if (rnd() < 0.3) lines.push(`interviewer_phone: "+1 555 01${pad(i % 100)}"`);
  lines.push(`interview_date: ${rnd() < 0.4 ? `${day} ${pad(9 + Math.floor(rnd() * 8))}:${rnd() < 0.5 ? "00" : "30"}` : day}`);
  lines.push(`stage: ${pick(rnd, STAGES)}`);
  if (rnd() < 0.4) lines.push(`decision_timeline: ${pick(rnd, TIMELINES)}`);
  else if (rnd() < 0.2) lines.push(`decision_date: ${addDaysUtc(day, 10 + Math.floor(rnd() * 10))}`);
  if (rnd() < 0.3) lines.push(`preferred_channel: ${pick(rnd, ["email", "phone", "linkedin"])}`);
  if (rnd() < 0.2) lines.push(`call_ok: ${rnd() < 0.5}`);
  if (rnd() < 0.6) lines.push(`thank_you_sent: ${rnd() < 0.7 ? addDaysUtc(day, 1) : "true"}`);
  const attempts = Math.floor(rnd() * 4);
  if (attempts > 0) {
    lines.push("follow_ups:");
    let d = addDaysUtc(day, 6);
    for (let a = 0; a < attempts; a++) {
      lines.push(`  - date: ${d}`, `    channel: ${pick(rnd, CHANNELS)}`);
      if (rnd() < 0.15) lines.push(`    next: ${addDaysUtc(d, 7)}`);
      if (rnd() < 0.2) lines.push(`    note: ${sentence(rnd, 4).slice(0, -1)}`);
      d = addDaysUtc(d, 7 + Math.floor(rnd() * 5));
    }
  }
  if (rnd() < 0.15) lines.push(`last_reply: ${addDaysUtc(day, 9)}`);
  if (rnd() < 0.2) lines.push(`outcome: ${pick(rnd, ["pending", "rejected", "offer", "next-round"])}`);
  if (rnd() < 0.25) lines.push(`highlight: ${sentence(rnd, 7).slice(0, -1)}`);
  // A few people keep longer notes in the front matter, as a block scalar.
  if (rnd() < blockShare) lines.push("prep: |", `  ${sentence(rnd, 8)}`, `  ${sentence(rnd, 6)}`);
  return lines;
}

/** Front matter of an ordinary note. */
function otherFrontmatter(rnd: () => number, i: number, blockShare: number): string[] {
  const lines: string[] = [];
  if (rnd() < 0.5) lines.push(`type: ${pick(rnd, TYPES)}`);
  lines.push(`created: ${dayIn2026(rnd, 0, 330)}`);
  const tagCount = Math.floor(rnd() * 3);
  if (tagCount > 0) {
    lines.push("tags:");
    for (let t = 0; t < tagCount; t++) lines.push(`  - ${pick(rnd, TAGS)}`);
  }
  if (rnd() < 0.2) lines.push(`aliases: [${pick(rnd, WORDS)} ${i}]`);
  if (rnd() < 0.3) lines.push(`status: ${pick(rnd, ["draft", "active", "done", "someday"])}`);
  if (rnd() < 0.1) lines.push(`rating: ${1 + Math.floor(rnd() * 5)}`);
  if (rnd() < blockShare) lines.push("summary: >", `  ${sentence(rnd, 10)}`);
  return lines;
}

export interface CorpusNote {
  path: string;
  text: string;
  interview: boolean;
}

/**
 * `total` notes, `interviews` of them interview notes (spread through the list), every note
 * with front matter. Interview notes are found by folder (40 %), `type` (30 %), a front-matter
 * tag (20 %) or an inline tag (10 %). `blockShare` of the notes (default 3 %) also have a
 * multi-line text value written as a YAML block scalar (`|` or `>`).
 */
export function makeCorpus(total: number, interviews: number, seed = 42, blockShare = 0.03): CorpusNote[] {
  const rnd = seeded(seed);
  const notes: CorpusNote[] = [];
  const every = total / interviews;
  let nextInterview = 0;
  let made = 0;
  for (let i = 0; i < total; i++) {
    const isInterview = made < interviews && i >= nextInterview;
    if (isInterview) {
      made++;
      nextInterview = Math.round(made * every);
      const r = rnd();
      const detection: Detection = r < 0.4 ? "folder" : r < 0.7 ? "type" : r < 0.9 ? "tag" : "inline-tag";
      const company = pick(rnd, COMPANIES).replace(/ /g, "-");
      const folder = detection === "folder" ? `Interviews/${2026}` : "Job search";
      const path = `${folder}/${company}-${i}.md`;
      const fm = interviewFrontmatter(rnd, i, detection, blockShare);
      notes.push({ path, text: `---\n${fm.join("\n")}\n---\n${body(rnd, detection === "inline-tag" ? "interview" : null)}`, interview: true });
    } else {
      const folder = `Notes/${pick(rnd, ["Projects", "Journal", "Reading", "People", "Areas", "Archive"])}/${Math.floor(i / 500)}`;
      const fm = otherFrontmatter(rnd, i, blockShare);
      notes.push({ path: `${folder}/note-${i}.md`, text: `---\n${fm.join("\n")}\n---\n${body(rnd, null)}`, interview: false });
    }
  }
  return notes;
}

/** A second version of an interview note's text, so that a change really changes its status. */
export function toggledThankYou(text: string): string {
  return /\nthank_you_sent: [^\n]*/.test(text)
    ? text.replace(/\nthank_you_sent: [^\n]*/, "")
    : text.replace(/\n---\n/, "\nthank_you_sent: true\n---\n");
}
