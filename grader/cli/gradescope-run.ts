/**
 * `node grader/cli/launch.mjs gradescope-run [--root DIR]`: what the autograder's `run_autograder`
 * runs on Gradescope (grader/gradescope/run-autograder.ts). DIR is /autograder there (default).
 * Exit code 0 whenever results.json was written.
 */
import { resolve } from "node:path";
import { runAutograder } from "../gradescope/run-autograder";
import { parseFlags, runCli } from "./cli";

const usage = `usage: node grader/cli/launch.mjs gradescope-run [--root DIR]
  --root DIR   Gradescope's autograder folder (default: /autograder): grades DIR/submission into DIR/results/results.json`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, { root: { type: "string" } }, usage);
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const results = await runAutograder(resolve(values.root ?? "/autograder"));
  console.log(`score ${results.score}/${results.tests.reduce((s, t) => s + t.max_score, 0)}`);
  return 0;
}

runCli(main);
