// Runs the whole vitest suite once per time zone (spec §1: a day never shifts across zones).
// Usage: node scripts/test-all-zones.mjs [extra vitest args]
import { spawnSync } from "node:child_process";

const zones = (process.env.TEST_ZONES ?? "UTC,America/Los_Angeles,Pacific/Kiritimati,America/Santiago,Australia/Sydney")
  .split(",")
  .map((z) => z.trim())
  .filter(Boolean);
const extra = process.argv.slice(2);
const results = [];
for (const tz of zones) {
  console.log(`\n=== TZ=${tz} ===`);
  const r = spawnSync("npx", ["vitest", "run", ...extra], { stdio: "inherit", env: { ...process.env, TZ: tz } });
  results.push({ tz, ok: r.status === 0 });
}
console.log("\nTime zones:");
for (const r of results) console.log(`  ${r.ok ? "ok  " : "FAIL"} ${r.tz}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
