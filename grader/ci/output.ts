/**
 * What `npm run grade -- --ci` adds to a grading: JUnit XML when asked, GitHub Actions annotations
 * and step summary when running under GitHub Actions, and the verdict's exit code.
 */
import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Results } from "../results/types";
import { writeAtomically } from "../results/write";
import { annotations, stepSummary } from "./github";
import { toJUnit } from "./junit";
import { ciVerdict, type CiVerdict } from "./verdict";

export interface CiOptions {
  junitFile?: string;
  minScore?: number;
  submissionDir: string;
  env: NodeJS.ProcessEnv;
  write: (line: string) => void;
}

export function emitCiOutputs(results: Results, options: CiOptions): CiVerdict {
  if (options.junitFile) {
    mkdirSync(dirname(options.junitFile), { recursive: true });
    writeAtomically(options.junitFile, toJUnit(results));
  }
  if (options.env.GITHUB_ACTIONS === "true") {
    const repoRoot = options.env.GITHUB_WORKSPACE ?? process.cwd();
    for (const line of annotations(results, options.submissionDir, repoRoot)) options.write(line);
    if (options.env.GITHUB_STEP_SUMMARY) appendFileSync(options.env.GITHUB_STEP_SUMMARY, stepSummary(results));
  }
  return ciVerdict(results, options.minScore);
}
