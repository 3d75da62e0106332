/**
 * The `interview-followup` executable (built to dist/cli.js). Wires the process to runCli;
 * the exit code is set, not forced, so piped output is written in full.
 */
import process from "node:process";
import { runCli } from "./run";
import { shorten } from "./terminal";

process.stdout.on("error", (error: Error & { code?: string }) => {
  // `interview-followup agenda | head`: the reader went away; stop quietly.
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`interview-followup: could not write the output (${error.code ?? error.message})\n`);
  process.exit(1);
});

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  now: () => new Date(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`interview-followup: unexpected error: ${shorten(String(error).split("\n", 1)[0], 200)}\n`);
    process.exitCode = 1;
  },
);
