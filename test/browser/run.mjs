// Browser test: bundles the real render code, badge post-processor and Live Preview extension
// into a page (test/browser/page.ts), opens it in headless Chromium, checks what it shows in
// the light and dark themes, and saves screenshots to test/artifacts/ and docs/screenshots/.
// Exit code 1 on any failed check, console error or page error. Last line: "N passed, M failed".
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import esbuild from "esbuild";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const artifacts = join(root, "test", "artifacts");
const workDir = join(artifacts, "browser");
const screenshotsDir = join(root, "docs", "screenshots");
mkdirSync(workDir, { recursive: true });
mkdirSync(screenshotsDir, { recursive: true });

let passed = 0;
let failed = 0;
function check(name, ok, detail = "") {
  if (ok) {
    passed++;
    console.log(`  ok   ${name}`);
  } else {
    failed++;
    console.log(`  FAIL ${name}${detail ? ` — ${detail}` : ""}`);
  }
}

// ---- 1. Bundle the page ----
const bundle = await esbuild.build({
  entryPoints: [join(here, "page.ts")],
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2021",
  write: false,
  alias: { obsidian: join(here, "obsidian-shim.ts") },
  logLevel: "warning",
});
const script = bundle.outputFiles[0].text;
writeFileSync(join(workDir, "page.js"), script);

const escapeAttr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/\n/g, "&#10;");
const READING_SOURCE = [
  "---",
  "type: interview",
  "company: Acme",
  "role: Business analyst",
  "interviewer: Dana Reyes",
  "interview_date: 2026-11-18",
  "thank_you_sent: true",
  "---",
  "## Notes",
  "Panel of three; they liked the churn dashboard.",
  "Next: decision expected before the holidays.",
].join("\n");

const properties = [
  ["type", "interview"],
  ["company", "Acme"],
  ["role", "Business analyst"],
  ["interviewer", "Dana Reyes"],
  ["interview_date", "2026-11-18"],
  ["thank_you_sent", "true"],
]
  .map(([k, v]) => `<div class="metadata-row"><span class="metadata-key">${k}</span><span>${v}</span></div>`)
  .join("");

const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>Interview follow-up — browser test</title>
<link rel="stylesheet" href="theme.css">
<link rel="stylesheet" href="styles.css">
</head>
<body class="theme-light">
<div class="test-stage">
  <div id="sidebar-shot" class="test-shot">
    <div class="workspace-leaf">
      <div class="view-header"><span>Follow-ups</span></div>
      <div class="view-content ifu-view" id="sidebar"></div>
    </div>
  </div>
  <div id="reading-shot" class="test-shot">
    <div class="test-note markdown-reading-view" id="reading" data-source="${escapeAttr(READING_SOURCE)}">
      <div class="markdown-preview-view markdown-rendered"><div class="markdown-preview-sizer">
        <div class="inline-title">Acme</div>
        <div class="metadata-container">${properties}</div>
        <div class="test-section el-pre mod-frontmatter mod-ui" data-line-start="0" data-line-end="7"><pre class="frontmatter"><code>type: interview</code></pre></div>
        <div class="test-section el-h2" data-line-start="8" data-line-end="8"><h2>Notes</h2></div>
        <div class="test-section el-p" data-line-start="9" data-line-end="10"><p>Panel of three; they liked the churn dashboard.<br>Next: decision expected before the holidays.</p></div>
      </div></div>
    </div>
  </div>
  <div id="bases-shot" class="test-shot">
    <div class="workspace-leaf test-base-leaf">
      <div class="view-header"><span>Interviews</span><span>›</span><span>Follow-ups</span></div>
      <div class="bases-view" id="bases"></div>
    </div>
  </div>
  <div id="live-shot" class="test-shot">
    <div class="test-note markdown-source-view mod-cm6 is-live-preview" id="live"></div>
  </div>
</div>
<div id="hostile"></div>
<script src="page.js"></script>
</body></html>`;
writeFileSync(join(workDir, "index.html"), html);
copyFileSync(join(here, "theme.css"), join(workDir, "theme.css"));
copyFileSync(join(root, "styles.css"), join(workDir, "styles.css"));

// ---- 2. Open it ----
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!existsSync(executablePath)) {
  console.log(`Chromium not found at ${executablePath} (set CHROMIUM_PATH, or apt-get install -y chromium)`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
});

const problems = [];
try {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("requestfailed", (req) => problems.push(`request failed: ${req.url()}`));
  await page.goto(pathToFileURL(join(workDir, "index.html")).href);
  await page.waitForSelector("body[data-ready=true]", { timeout: 10_000 });

  // ---- 3. What the page shows ----
  console.log("sidebar");
  const groups = await page.$$eval("#sidebar details.ifu-group", (els) =>
    els.map((d) => ({ id: d.getAttribute("data-group"), rows: d.querySelectorAll(".ifu-row").length, open: d.open })),
  );
  check(
    "seven groups in order",
    groups.map((g) => g.id).join(",") === "overdue,due,waiting,upcoming,move-on,attention,closed",
    JSON.stringify(groups.map((g) => g.id)),
  );
  const expectedRows = { overdue: 2, due: 1, waiting: 1, upcoming: 1, "move-on": 1, attention: 1, closed: 1 };
  for (const g of groups) check(`group ${g.id} has ${expectedRows[g.id]} row(s)`, g.rows === expectedRows[g.id], `got ${g.rows}`);
  check("8 rows in all", (await page.locator("#sidebar .ifu-row").count()) === 8);
  check("closed group folded", groups.find((g) => g.id === "closed")?.open === false);
  check("expanded row shows its rule id", (await page.locator('#sidebar .ifu-row[data-path="Interviews/Globex.md"] .ifu-rule').textContent()) === "R6c");
  check(
    "needs-attention row lists the problem",
    (await page.locator("#sidebar .ifu-group-attention .ifu-problem-value").textContent()) === "2026-13-45",
  );
  check("row actions rendered for follow-up rows", (await page.locator("#sidebar .ifu-row-action").count()) === 6);
  check(
    "row title and when",
    (await page.locator('#sidebar .ifu-row[data-path="Interviews/Acme.md"] .ifu-row-title').textContent()) === "Acme — Business analyst" &&
      (await page.locator('#sidebar .ifu-row[data-path="Interviews/Acme.md"] .ifu-row-when').textContent()) === "due by Wed, Dec 2",
  );
  const overflow = await page.$eval("#sidebar", (el) => el.scrollWidth - el.clientWidth);
  check("sidebar has no horizontal overflow", overflow <= 0, `${overflow}px`);

  console.log("reading view");
  check("exactly one badge in the note", (await page.locator("#reading .ifu-badge").count()) === 1);
  check("the badge sits in the top (frontmatter) section", (await page.locator("#reading .mod-frontmatter .ifu-badge").count()) === 1);
  check(
    "badge text",
    (await page.locator("#reading .ifu-badge-text").textContent()) === "Email follow-up due by Wed, Dec 2",
    await page.locator("#reading .ifu-badge-text").textContent(),
  );
  check("badge is visible", await page.locator("#reading .ifu-badge").isVisible());
  check("badge hover text carries the rule id", /\(R4c\)$/.test((await page.locator("#reading .ifu-badge").getAttribute("aria-label")) ?? ""));
  check("one hover mechanism: no title attribute anywhere", (await page.locator("#sidebar [title], #reading [title], #live [title], #bases [title]").count()) === 0);

  console.log("live preview");
  check("one widget", (await page.evaluate(() => window.ifuTest.liveCount())) === 1);
  const liveLine = await page.evaluate(() => window.ifuTest.liveWidgetLine());
  check("widget stands above the first body line", liveLine?.endsWith("## Notes") === true, JSON.stringify(liveLine));
  check("widget is a block of its own, in no line", (await page.evaluate(() => window.ifuTest.liveWidgetIsBlock())) === true);

  console.log("bases view");
  const baseRows = await page.$$eval("#bases .ifu-bases-row", (rows) =>
    rows.map((r) => ({ path: r.getAttribute("data-path"), state: r.getAttribute("data-state"), other: r.classList.contains("ifu-bases-other") })),
  );
  check("nine rows: eight interview notes, then the other note", baseRows.length === 9 && baseRows[8].other && baseRows.slice(0, 8).every((r) => !r.other), JSON.stringify(baseRows));
  check("most urgent first", baseRows[0].state?.endsWith("overdue") === true && baseRows[7].state === "closed", JSON.stringify(baseRows.map((r) => r.state)));
  check(
    "a due row: state, next step and when",
    (await page.locator('#bases .ifu-bases-row[data-path="Interviews/Acme.md"] .ifu-bases-state').textContent()) === "Due" &&
      (await page.locator('#bases .ifu-bases-row[data-path="Interviews/Acme.md"] .ifu-bases-action').textContent()) === "Email follow-up" &&
      (await page.locator('#bases .ifu-bases-row[data-path="Interviews/Acme.md"] .ifu-bases-when').textContent()) === "due by Wed, Dec 2",
  );
  check(
    "a row's hover text (why, with the rule) is on its state cell, as aria-label",
    /\(R4c\)$/.test((await page.locator('#bases .ifu-bases-row[data-path="Interviews/Acme.md"] .ifu-bases-state').getAttribute("aria-label")) ?? ""),
  );
  const baseOverflow = await page.$eval("#bases .ifu-bases", (el) => el.scrollWidth - el.clientWidth);
  check("the base's table fits its pane", baseOverflow <= 0, `${baseOverflow}px`);

  console.log("hostile values");
  check("no script ran", (await page.evaluate(() => window.__xss)) === undefined);
  check("no img, script or svg element made", (await page.locator("#hostile img, #hostile script, #hostile svg, #hostile b").count()) === 0);
  check("base rows shown as text", ((await page.locator("#hostile .ifu-bases-other .ifu-bases-link").textContent()) ?? "").includes("<img src=x"));
  check("shown as text", ((await page.locator("#hostile .ifu-row-title").textContent()) ?? "").includes("<img src=x onerror=window.__xss=1>"));

  // ---- 4. Both themes: readability, then screenshots ----
  const shots = [];
  for (const theme of ["light", "dark"]) {
    console.log(`${theme} theme`);
    await page.evaluate((t) => {
      document.body.className = `theme-${t}`;
    }, theme);
    const contrast = await page.evaluate(() => {
      const parse = (c) => {
        const m = c.match(/rgba?\(([^)]+)\)/);
        if (!m) return null;
        const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
        return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
      };
      const over = (top, bottom) => ({
        r: top.r * top.a + bottom.r * (1 - top.a),
        g: top.g * top.a + bottom.g * (1 - top.a),
        b: top.b * top.a + bottom.b * (1 - top.a),
        a: 1,
      });
      const background = (el) => {
        const layers = [];
        for (let e = el; e; e = e.parentElement) {
          const c = parse(getComputedStyle(e).backgroundColor);
          if (c && c.a > 0) layers.push(c);
          if (c && c.a === 1) break;
        }
        let color = { r: 255, g: 255, b: 255, a: 1 };
        for (const layer of layers.reverse()) color = over(layer, color);
        return color;
      };
      const lum = ({ r, g, b }) => {
        const f = (v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const ratioOf = (el) => {
        const fg = parse(getComputedStyle(el).color);
        const bg = background(el);
        const a = lum(over(fg, bg));
        const b = lum(bg);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      };
      const ratio = (sel) => {
        const el = document.querySelector(sel);
        return el ? ratioOf(el) : 0;
      };
      /** The worst contrast among every element `sel` finds (0 when none). */
      const worst = (sel) => {
        const all = [...document.querySelectorAll(sel)].map(ratioOf);
        return all.length === 0 ? 0 : Math.min(...all);
      };
      return {
        title: ratio("#sidebar .ifu-row-title"),
        meta: ratio("#sidebar .ifu-row-when"),
        what: ratio('#sidebar .ifu-row[data-state="follow-up-due"] .ifu-row-what'),
        badge: ratio("#reading .ifu-badge-text"),
        live: ratio("#live .ifu-badge-text"),
        reason: ratio("#sidebar .ifu-reason"),
        baseNote: ratio('#bases .ifu-bases-row[data-state="follow-up-due"] .ifu-bases-link'),
        baseState: worst("#bases .ifu-bases-state-name"),
        baseWhen: ratio('#bases .ifu-bases-row[data-state="follow-up-due"] .ifu-bases-when'),
        baseOther: ratio("#bases .ifu-bases-other .ifu-bases-link"),
      };
    });
    check(`row titles readable (contrast ${contrast.title.toFixed(1)} ≥ 4.5)`, contrast.title >= 4.5);
    check(`row dates readable (contrast ${contrast.meta.toFixed(1)} ≥ 4.5)`, contrast.meta >= 4.5);
    check(`state-coloured action readable (contrast ${contrast.what.toFixed(1)} ≥ 3)`, contrast.what >= 3);
    check(`reading badge readable (contrast ${contrast.badge.toFixed(1)} ≥ 4.5)`, contrast.badge >= 4.5);
    check(`live badge readable (contrast ${contrast.live.toFixed(1)} ≥ 4.5)`, contrast.live >= 4.5);
    check(`details readable (contrast ${contrast.reason.toFixed(1)} ≥ 4.5)`, contrast.reason >= 4.5);
    check(`base note names readable (contrast ${contrast.baseNote.toFixed(1)} ≥ 4.5)`, contrast.baseNote >= 4.5);
    check(`base state names readable, every state (worst contrast ${contrast.baseState.toFixed(1)} ≥ 4.5)`, contrast.baseState >= 4.5);
    check(`base dates readable (contrast ${contrast.baseWhen.toFixed(1)} ≥ 4.5)`, contrast.baseWhen >= 4.5);
    check(`base other notes readable (contrast ${contrast.baseOther.toFixed(1)} ≥ 4.5)`, contrast.baseOther >= 4.5);

    // Hover the due row so its actions show, as a user would see them.
    await page.hover('#sidebar .ifu-row[data-path="Interviews/Acme.md"] .ifu-row-title');
    for (const [id, name] of [
      ["#sidebar-shot", `sidebar-${theme}.png`],
      ["#reading-shot", `badge-reading-${theme}.png`],
      ["#live-shot", `badge-live-preview-${theme}.png`],
      ["#bases-shot", `bases-follow-ups-${theme}.png`],
    ]) {
      const file = join(artifacts, name);
      await page.locator(id).screenshot({ path: file });
      shots.push(file);
    }
    await page.mouse.move(0, 0);
  }
  for (const file of shots) {
    const ok = existsSync(file) && statSync(file).size > 2000 && readFileSync(file).subarray(1, 4).toString() === "PNG";
    check(`screenshot ${file.slice(root.length + 1)}`, ok);
    if (ok) copyFileSync(file, join(screenshotsDir, file.slice(file.lastIndexOf("/") + 1)));
  }

  // ---- 5. Interactions (after the screenshots) ----
  console.log("interactions");
  await page.evaluate(() => window.ifuTest.clickRow("Interviews/Initech.md"));
  check("clicking a row opens its note", JSON.stringify(await page.evaluate(() => window.ifuTest.openedPaths())) === '["Interviews/Initech.md"]');
  await page.evaluate(() => window.ifuTest.clickBasesRow("Interviews/Globex.md"));
  check("clicking a note in the base opens it", JSON.stringify(await page.evaluate(() => window.ifuTest.basesOpenedPaths())) === '["Interviews/Globex.md"]');
  await page.locator('#sidebar .ifu-row[data-path="Interviews/Acme.md"] .ifu-disclosure').click();
  check("the disclosure expands a row", (await page.locator('#sidebar .ifu-row[data-path="Interviews/Acme.md"] .ifu-row-details').count()) === 1);
  await page.locator("#sidebar .ifu-group-closed > summary").click();
  check("Closed unfolds on click", await page.locator("#sidebar .ifu-group-closed .ifu-row").isVisible());

  await page.evaluate(() => window.ifuTest.insertAtLine(9, "Intro line above the notes\n"));
  check("live widget still first after typing below the frontmatter", (await page.evaluate(() => window.ifuTest.liveWidgetLine()))?.endsWith("Intro line above the notes") === true);
  await page.evaluate(() => window.ifuTest.insertAtLine(2, "stage: first\n"));
  const afterFm = await page.evaluate(() => window.ifuTest.liveWidgetLine());
  check("live widget moves down when the frontmatter grows", afterFm?.endsWith("Intro line above the notes") === true, JSON.stringify(afterFm));
  check("still one widget", (await page.evaluate(() => window.ifuTest.liveCount())) === 1);
  await page.evaluate(() => window.ifuTest.setLivePreview(false));
  check("no widget in source mode", (await page.evaluate(() => window.ifuTest.liveCount())) === 0);
  await page.evaluate(() => window.ifuTest.setLivePreview(true));
  check("widget back in Live Preview", (await page.evaluate(() => window.ifuTest.liveCount())) === 1);
  const rowsBefore = await page.evaluate(() => window.ifuTest.sidebarRowCount());
  await page.evaluate(() => window.ifuTest.markSidebarRows());
  await page.evaluate(() => window.ifuTest.logFollowUp("2026-11-25"));
  const fresh = await page.evaluate(() => window.ifuTest.newSidebarRows());
  check("sidebar re-creates only the changed row", fresh.length === 1 && fresh[0] === "Interviews/Acme.md", JSON.stringify(fresh));
  check("the changed row moved to Waiting", (await page.evaluate(() => window.ifuTest.sidebarGroupOf("Interviews/Acme.md"))) === "waiting");
  check("no row lost or doubled", (await page.evaluate(() => window.ifuTest.sidebarRowCount())) === rowsBefore);
  check(
    "live badge refreshes when the note's status changes",
    (await page.evaluate(() => window.ifuTest.liveBadgeText())) === "Email follow-up 2 from Wed, Dec 2",
    await page.evaluate(() => window.ifuTest.liveBadgeText()),
  );
  check("reading badge refreshes too", (await page.locator("#reading .ifu-badge-text").textContent()) === "Email follow-up 2 from Wed, Dec 2");
  check("still one reading badge", (await page.locator("#reading .ifu-badge").count()) === 1);
} finally {
  await browser.close();
}

for (const p of problems) console.log(`  FAIL ${p}`);
failed += problems.length;
if (problems.length === 0) check("no console errors or page errors", true);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
