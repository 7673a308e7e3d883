/**
 * OUT/grading.json: the settings an output folder was graded with, so that nothing changes
 * between runs unnoticed. Hidden cases are part of a grade: a resume or a later run with another
 * course secret, or none, would mix students graded on different cases, so it is refused unless
 * the teacher asks for a regrade. The secret itself is never written, only a fingerprint of it: an
 * HMAC keyed by the secret over a fixed label, which tells secrets apart and reveals nothing
 * usable (it is not any student's seed). The shard, the run id and whether the run finished let
 * `merge` check it combines every shard of one run, and only that run's.
 */
import { createHmac } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GraderError } from "../errors";
import { writeAtomically } from "../results/write";
import { graderVersion } from "./grader-digest";
import type { Shard } from "./shard";

export const SETTINGS_FILE = "grading.json";

export interface RunSettings {
  format_version: 1;
  /** "off", or "hmac-sha256:" and 16 hex digits of HMAC-SHA256(secret, FINGERPRINT_LABEL). */
  hidden: string;
  /** graderVersion(): package version and a digest of the grader's sources. */
  grader: string;
  /** This folder's slice of the class; 1/1 for a whole class. */
  shard: Shard;
  /** Names one grading of a class across its shards (--run-id); null when not given. */
  run_id: string | null;
  /** When the run last finished (ISO time); null while it runs, or when it was killed. */
  finished: string | null;
  /** For a merged folder: the shards it was merged from, and those missing (a partial merge). */
  merged?: { shards: number[]; missing: number[] };
}

const FINGERPRINT_LABEL = "dnn-grader: fingerprint of the course secret for hidden cases, v1";

export function secretFingerprint(secret: string | undefined): string {
  if (secret === undefined) return "off";
  return `hmac-sha256:${createHmac("sha256", secret).update(FINGERPRINT_LABEL).digest("hex").slice(0, 16)}`;
}

const describeHidden = (h: string) => (h === "off" ? "no hidden cases (no course secret)" : `hidden cases from the course secret with fingerprint ${h}`);

export function readSettings(dir: string): RunSettings | undefined {
  const file = join(dir, SETTINGS_FILE);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as RunSettings;
  } catch (error) {
    throw new GraderError("usage", `cannot be read (${(error as Error).message}): remove it only if you regrade the whole folder`, file);
  }
}

export function writeSettings(dir: string, settings: RunSettings): void {
  writeAtomically(join(dir, SETTINGS_FILE), JSON.stringify(settings, null, 2) + "\n");
}

/**
 * Refuses a run whose hidden-case setting differs from the one `outDir` was graded with, unless
 * `regrade`: then every student is graded again with the new setting (their journal keys hold the seed).
 */
export function checkHiddenSetting(outDir: string, recorded: RunSettings | undefined, hidden: string, regrade: boolean): void {
  if (!recorded || recorded.hidden === hidden || regrade) return;
  const why =
    hidden === "off"
      ? "this run has no course secret"
      : recorded.hidden === "off"
        ? `this run has a course secret (fingerprint ${hidden})`
        : `this run's secret is another one (fingerprint ${hidden})`;
  throw new GraderError(
    "usage",
    `was graded with ${describeHidden(recorded.hidden)}, and ${why}: the class would be graded on different cases. ` +
      "Give the same secret (GRADER_SECRET or --secret), or add --regrade-hidden to regrade every student with this run's setting.",
    outDir,
  );
}

export interface RunRequest {
  secret?: string;
  /** A replay of one student with this seed: it changes no setting of the folder. */
  hiddenSeed?: number;
  regradeHidden?: boolean;
  shard?: Shard;
  runId?: string;
  student?: string;
}

/**
 * Checks a run's hidden-case setting against the one `outDir` was graded with, and records the
 * run as started (not finished: a merge refuses a shard killed midway). One student regraded in a
 * shard's folder keeps that folder's shard; a run keeps the folder's run id unless given one.
 */
export function startRun(outDir: string, run: RunRequest): RunSettings {
  const recorded = readSettings(outDir);
  const replay = run.hiddenSeed !== undefined;
  const hidden = replay && recorded ? recorded.hidden : secretFingerprint(run.secret);
  if (!replay) checkHiddenSetting(outDir, recorded, hidden, run.regradeHidden ?? false);
  const settings: RunSettings = {
    format_version: 1,
    hidden,
    grader: graderVersion(),
    shard: run.shard ?? (run.student !== undefined && recorded ? recorded.shard : { index: 1, count: 1 }),
    run_id: run.runId ?? recorded?.run_id ?? null,
    finished: null,
  };
  writeSettings(outDir, settings);
  return settings;
}
