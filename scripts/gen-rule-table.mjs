// Regenerates the README's rule table from src/core/rule-book.ts (between the rules markers).
// Usage: npm run docs:rules        (a test fails when the README is stale)
import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";

const out = await build({
  entryPoints: ["src/core/rule-book.ts"],
  bundle: true,
  write: false,
  format: "esm",
  platform: "neutral",
});
const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString("base64")}`);
const table = mod.ruleTableMarkdown();
const readme = readFileSync("README.md", "utf8");
const start = "<!-- rules:start -->";
const end = "<!-- rules:end -->";
const i = readme.indexOf(start);
const j = readme.indexOf(end);
if (i < 0 || j < i) {
  console.error("README.md has no rules:start / rules:end markers");
  process.exit(1);
}
const next = `${readme.slice(0, i + start.length)}\n${table}\n${readme.slice(j)}`;
if (next === readme) console.log("README rule table is up to date");
else {
  writeFileSync("README.md", next);
  console.log("README rule table regenerated");
}
