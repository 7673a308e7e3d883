/**
 * The team's own set of mistakes (own-set/): wrong files written as students type them, apart from
 * the catalogue, half of them Python habits. Graded through gradeSubmission and the sandbox, one
 * sample per function per round (a round is one grading); each must be named as own-set.json says.
 * Used by own-set.test.ts (every sample named) and scripts/own-set-rate.ts (the named rate).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gradeSubmission } from "../grade/grade-submission";
import { paths } from "../paths";

export const ownSetDir = join(paths.projectRoot, "grader", "diagnose", "own-set");

export interface OwnSample {
  sample: string;
  function: string;
  /** How the sample fails on the course's cases: it returns a wrong value, it throws, or esbuild refuses it. */
  outcome: "returned" | "thrown" | "does-not-compile";
  class: "mistake" | "python-habit" | "seed";
  /** The id the diagnosis must name. */
  named: string;
}

export interface SampleVerdict {
  sample: OwnSample;
  /** What the first failing case's diagnosis named (undefined: nothing). */
  namedAs?: string;
  /** The named mistake's name, as the case message must begin. */
  headline?: string;
  /** The first failing case's status ("fail" when it returned, "error" when it threw). */
  status?: string;
  message?: string;
  /** The function's message, which begins with the named mistake. */
  exerciseMessage?: string;
}

export function loadOwnSet(): OwnSample[] {
  return (JSON.parse(readFileSync(join(ownSetDir, "own-set.json"), "utf8")) as { samples: OwnSample[] }).samples;
}

/** Rounds of samples, no two of one function in a round. */
function rounds(samples: readonly OwnSample[]): OwnSample[][] {
  const out: OwnSample[][] = [];
  for (const s of samples) {
    const round = out.find((r) => !r.some((x) => x.function === s.function));
    if (round) round.push(s);
    else out.push([s]);
  }
  return out;
}

export async function gradeOwnSet(samples: readonly OwnSample[] = loadOwnSet()): Promise<SampleVerdict[]> {
  const verdicts: SampleVerdict[] = [];
  for (const round of rounds(samples)) {
    const dir = mkdtempSync(join(tmpdir(), "dnn-own-set-"));
    try {
      for (const s of round) copyFileSync(join(ownSetDir, s.sample, `${s.function}.ts`), join(dir, `${s.function}.ts`));
      const results = await gradeSubmission({ submissionDir: dir, only: round.map((s) => s.function) });
      for (const s of round) {
        const exercise = results.exercises.find((e) => e.name === s.function);
        const failing = exercise?.cases.find((c) => c.status !== "pass");
        verdicts.push({ sample: s, namedAs: failing?.diagnosis?.mistake?.id, headline: failing?.diagnosis?.mistake?.name, status: failing?.status, message: failing?.message, exerciseMessage: exercise?.message });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return verdicts;
}
