/**
 * Approval files (as in Tasks' ApprovalTestHelpers): a whole output is compared with a reviewed
 * copy kept beside the tests, `<name>.approved.<ext>`. When they differ (or no approved copy
 * exists yet), the output is written beside it as `<name>.received.<ext>` and the test fails
 * with the diff. To approve: read the received file (or `diff` the two), and when it is right,
 * move it over the approved one — see CONTRIBUTING.md, "Approval files".
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

// A string path, not `new URL(…)`: under happy-dom, URL is the DOM's, which node:url refuses.
const DIR = dirname(fileURLToPath(import.meta.url));

/** The paths of one approval: `name` is like `example-vault.agenda.txt`. */
export function approvalPaths(name: string, dir = DIR): { approved: string; received: string } {
  const dot = name.lastIndexOf(".");
  const [base, ext] = dot < 0 ? [name, ""] : [name.slice(0, dot), name.slice(dot)];
  return { approved: join(dir, `${base}.approved${ext}`), received: join(dir, `${base}.received${ext}`) };
}

/** Passes when `received` is exactly the approved text; otherwise writes the received file and fails. */
export function verifyApproved(name: string, received: string, dir = DIR): void {
  const paths = approvalPaths(name, dir);
  const approved = existsSync(paths.approved) ? readFileSync(paths.approved, "utf8") : null;
  if (approved === received) {
    rmSync(paths.received, { force: true });
    return;
  }
  writeFileSync(paths.received, received);
  const how = `Received output written to ${paths.received}; when it is right, move it over ${paths.approved}.`;
  if (approved === null) throw new Error(`No approved file yet for ${name}. ${how}`);
  expect(received, how).toBe(approved);
}
