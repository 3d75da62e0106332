/** The approval helper itself: it passes only on an exact match, and leaves the received file for review. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { approvalPaths, verifyApproved } from "./approvals";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("verifyApproved", () => {
  it("without an approved file, fails and writes the received one", () => {
    dir = mkdtempSync(join(tmpdir(), "ifu-approval-"));
    expect(() => verifyApproved("out.txt", "hello\n", dir)).toThrow(/No approved file yet for out\.txt/);
    expect(readFileSync(join(dir, "out.received.txt"), "utf8")).toBe("hello\n");
  });

  it("a difference fails, with the received file beside the approved one", () => {
    dir = mkdtempSync(join(tmpdir(), "ifu-approval-"));
    const paths = approvalPaths("out.json", dir);
    writeFileSync(paths.approved, '{"a": 1}\n');
    expect(() => verifyApproved("out.json", '{"a": 2}\n', dir)).toThrow(/move it over/);
    expect(readFileSync(paths.received, "utf8")).toBe('{"a": 2}\n');
    // Even a trailing newline is a difference.
    expect(() => verifyApproved("out.json", '{"a": 1}', dir)).toThrow();
  });

  it("an exact match passes and removes a stale received file", () => {
    dir = mkdtempSync(join(tmpdir(), "ifu-approval-"));
    const paths = approvalPaths("out.txt", dir);
    writeFileSync(paths.approved, "same\n");
    writeFileSync(paths.received, "old\n");
    verifyApproved("out.txt", "same\n", dir);
    expect(existsSync(paths.received)).toBe(false);
  });
});
