// Regenerates the generated parts of docs/rules.md (the table of rules and every rule's worked
// examples, between their markers) from src/core/rule-book.ts, through src/core/rule-docs.ts.
// Usage: npm run docs:rules        (test/docs/rules-page.test.ts fails while the page is stale)
import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";

const PAGE = "docs/rules.md";

const out = await build({
  entryPoints: ["src/core/rule-docs.ts"],
  bundle: true,
  write: false,
  format: "esm",
  platform: "neutral",
});
const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString("base64")}`);
const page = readFileSync(PAGE, "utf8");
let next;
try {
  next = mod.regenerateRulesPage(page);
} catch (e) {
  console.error(`${PAGE}: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
if (next === page) console.log(`${PAGE} is up to date`);
else {
  writeFileSync(PAGE, next);
  console.log(`${PAGE} regenerated`);
}
