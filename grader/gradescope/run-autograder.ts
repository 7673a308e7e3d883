/**
 * What `run_autograder` runs on Gradescope for one submission: the student's files in
 * ROOT/submission (Gradescope unpacks an uploaded .zip there) are staged like a bulk submission
 * (found by name in any layout), graded in a fresh sandbox with the student's hidden cases, and
 * written as ROOT/results/results.json in Gradescope's format. The hidden cases' seed comes from
 * the course secret and the Gradescope user id(s) in ROOT/submission_metadata.json, so a student's
 * resubmissions meet the same cases and no student can compute another's.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gradescopeResults, type GradescopeResults } from "../bulk/formats";
import { folderSubmission } from "../bulk/discover";
import { stageSubmission } from "../bulk/stage";
import { RejectedSubmission } from "../bulk/zip";
import { loadExercises } from "../course/exercises";
import { GraderError } from "../errors";
import { gradeSubmission } from "../grade/grade-submission";
import { hiddenSeed } from "../hidden/seed";
import { paths } from "../paths";
import { probeConfinement, requireOsSandbox } from "../run/limits";
import { CONFIG_FILE, type GradescopeConfig } from "./build-autograder";

/** The submitters' Gradescope user ids, joined: one seed per student, or per group. */
export function submitterId(root: string): string {
  const file = join(root, "submission_metadata.json");
  if (!existsSync(file)) return "gradescope";
  const metadata = JSON.parse(readFileSync(file, "utf8")) as { users?: { id?: number | string; email?: string }[] };
  const ids = (metadata.users ?? []).map((u) => String(u.id ?? u.email ?? "")).filter(Boolean).sort();
  return ids.length > 0 ? ids.join("+") : "gradescope";
}

function readConfig(): GradescopeConfig {
  const file = join(paths.projectRoot, CONFIG_FILE);
  if (!existsSync(file)) return { allow_weak_sandbox: false };
  return JSON.parse(readFileSync(file, "utf8")) as GradescopeConfig;
}

/** Results for a submission that could not be graded: a score of 0 and the reason, for the student. */
const notGraded = (reason: string): GradescopeResults => ({ score: 0, output: reason, tests: [] });

async function grade(root: string, config: GradescopeConfig): Promise<GradescopeResults> {
  requireOsSandbox(probeConfinement(), config.allow_weak_sandbox, "the Gradescope autograder");
  const secret = process.env.GRADER_SECRET || config.secret;
  const work = mkdtempSync(join(tmpdir(), "dnn-gradescope-"));
  try {
    const entry = folderSubmission("submission", join(root, "submission"));
    const staged = await stageSubmission(entry, work, loadExercises().map((e) => e.name));
    const results = await gradeSubmission({ submissionDir: staged.dir, hiddenSeed: secret ? hiddenSeed(secret, submitterId(root)) : undefined });
    const notes = [...staged.notes, ...results.warnings.filter((w) => !/sandbox|bubblewrap/i.test(w))];
    const out = gradescopeResults(results);
    return notes.length > 0 ? { ...out, output: `${out.output}\n\n${notes.join("\n")}` } : out;
  } catch (error) {
    if (error instanceof RejectedSubmission) return notGraded(error.message);
    throw error;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Grades ROOT/submission into ROOT/results/results.json; a fault of the grader is written there too. */
export async function runAutograder(root: string): Promise<GradescopeResults> {
  const started = performance.now();
  let results: GradescopeResults;
  try {
    results = await grade(root, readConfig());
  } catch (error) {
    const detail = error instanceof GraderError ? error.describe() : String((error as Error)?.message ?? error);
    // Printed for the instructor (Gradescope keeps stdout for them); the student sees the output field.
    console.error(`autograder fault: ${detail}`);
    results = notGraded("The autograder could not grade this submission because of a fault of its own: please tell your instructor.");
  }
  mkdirSync(join(root, "results"), { recursive: true });
  const execution_time = Math.round((performance.now() - started) / 1000);
  writeFileSync(join(root, "results", "results.json"), JSON.stringify({ ...results, execution_time }, null, 2) + "\n");
  return results;
}
