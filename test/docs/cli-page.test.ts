/**
 * docs/cli.md stays true to the command line: its sample is a piece of the reviewed en-US agenda
 * of the example vault, and it documents every option the help text names.
 */
import { describe, expect, it } from "vitest";
import { marked, readPage } from "./markdown";
import { run } from "../cli/helpers";

const PAGE = readPage("docs/cli.md");

describe("docs/cli.md", () => {
  it("shows a sample that is the start of the reviewed en-US agenda of the example vault", () => {
    const sample = /^```text\n([\s\S]*?)```$/.exec(marked(PAGE, "cli-sample") ?? "")?.[1];
    expect(sample).toBeDefined();
    expect(sample!.split("\n").length).toBeGreaterThan(5);
    const approved = readPage("test/approval/example-vault.agenda.en-US.approved.txt");
    expect(approved.startsWith(sample!)).toBe(true);
  });

  it("documents every option of every command's help", async () => {
    for (const command of ["agenda", "ics"]) {
      const help = (await run(["help", command])).stdout;
      const options = [...help.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]);
      expect(options.length, command).toBeGreaterThan(4);
      for (const option of options) expect(PAGE, `${command} ${option}`).toContain(`\`${option}`);
    }
  });
});
