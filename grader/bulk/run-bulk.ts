/**
 * `npm run grade:bulk`: grades a class folder into OUT, resumably. Each student is staged, looked
 * up in the journal (skipped when graded with the same content, grader, fixtures and settings),
 * otherwise graded by gradeSubmission in a sandbox of its own with the student's hidden cases, written
 * to OUT/students/<id>/ and journaled. The gradebook and the dashboard are rebuilt from the journal.
 */
import { createHash } from "node:crypto";
import { accessSync, constants, existsSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { loadExercises } from "../course/exercises";
import { loadFixtures, type FixtureSet } from "../fixtures/load";
import { gradeSubmission, submissionSandbox } from "../grade/grade-submission";
import { readSubmission } from "../grade/submission";
import { hiddenSeed } from "../hidden/seed";
import { messages } from "../messages/messages";
import { probeConfinement, requireOsSandbox, type SandboxLimits } from "../run/limits";
import type { Sandbox } from "../run/sandbox";
import { graderVersion } from "./grader-digest";
import { openClassFolder } from "./class-zip";
import { discoverSubmissions, type SubmissionEntry } from "./discover";
import { writeClassFiles } from "./class-files";
import type { Roster, RosterMatch } from "./roster";
import { Journal } from "./journal";
import { lockOutput } from "./out-lock";
import { startRun, writeSettings, type RunSettings } from "./run-settings";
import { runInLanes } from "./lanes";
import { ensureStudentFiles, studentDir, writeFailedStudent, writeStudentFiles, type ExtraFormat } from "./outputs";
import { isOdd } from "./odd-cases";
import { failedRecord, recordFromResults, type Intake, type StudentRecord } from "./record";
import type { Platform } from "./platforms";
import { inShard, type Shard } from "./shard";
import { nothingToRun } from "./odd-cases";
import { stageSubmission } from "./stage";
import { RejectedSubmission } from "./zip";

export interface BulkOptions {
  classDir: string;
  outDir: string;
  jobs: number;
  timeoutMs?: number;
  formats?: readonly ExtraFormat[];
  shard?: Shard;
  /** The course secret: each student's hidden-case seed is derived from it and the id. Without it, no hidden cases. */
  secret?: string;
  /** Grade only this student (the rest of the journal still makes the gradebook). */
  student?: string;
  /** With `student`: use this seed instead of the derived one (a teacher's replay). */
  hiddenSeed?: number;
  /** Regrade even what the journal says is graded. */
  force?: boolean;
  /** Accept a hidden-case setting (secret, or none) other than the one OUT was graded with: every student is regraded. */
  regradeHidden?: boolean;
  /** Names this grading of the class across its shards, for `merge` to combine this run's shards only. */
  runId?: string;
  /** The platform's roster (--roster): enrolled students without a submission get a row. Not applied to a shard. */
  roster?: Roster;
  /** The assignment's name on the platform, and whether gradebook.csv starts with a BOM (class-files.ts). */
  assignment?: string;
  bom?: boolean;
  /** Grade even where the OS sandbox cannot run (Node's permission model alone): the teacher's explicit choice. */
  allowWeakSandbox?: boolean;
  limits?: SandboxLimits;
  onProgress?: (progress: BulkProgress) => void;
  /** Called once the class folder is read, before any grading: what was recognised in it. */
  onDiscovered?: (platforms: Partial<Record<Platform, number>>) => void;
}

export interface BulkProgress {
  done: number;
  total: number;
  /** Students actually graded in this run (not skipped), for the rate. */
  graded: number;
  elapsedMs: number;
}

export interface BulkSummary extends BulkProgress {
  skipped: number;
  failed: StudentRecord[];
  /** Entries of the class folder that are not submissions. */
  ignored: { name: string; why: string }[];
  /** The layouts recognised in the class folder, with how many students each gave. */
  platforms: Partial<Record<Platform, number>>;
  /** Students of this run whose submission is odd: an own status (empty, stubs, ...), near file names, late. */
  odd: StudentRecord[];
  hiddenCases: boolean;
  /**
   * How many sandboxed processes were started: one per student graded, and one for each that
   * replaced a killed one (a crash, a time limit the watchdog could not enforce, tampering).
   */
  processesStarted: number;
  records: StudentRecord[];
  /** With a roster: ids enrolled without a submission, and submissions not on it. */
  roster?: { missing: string[]; notOnRoster: string[] };
}

interface Context {
  options: BulkOptions;
  fixtures: FixtureSet;
  journal: Journal;
  workDir: string;
  functionNames: string[];
  maxScore: number;
  processesStarted: number;
}

function journalKey(ctx: Context, digest: string, seed: number | undefined): string {
  return [digest, `grader ${graderVersion()}`, `fixtures ${ctx.fixtures.digest}`, `timeout ${ctx.options.timeoutMs ?? "default"}`, `hidden ${seed ?? "off"}`].join("|");
}

function seedFor(ctx: Context, id: string): number | undefined {
  if (ctx.options.hiddenSeed !== undefined) return ctx.options.hiddenSeed;
  return ctx.options.secret ? hiddenSeed(ctx.options.secret, id) : undefined;
}

/** Grades one student; never throws: what goes wrong becomes a "failed" record. Returns whether it was skipped. */
async function gradeStudent(ctx: Context, entry: SubmissionEntry): Promise<boolean> {
  const { outDir, formats = [] } = ctx.options;
  const seed = seedFor(ctx, entry.id);
  const fail = (problem: string) => {
    writeFailedStudent(outDir, entry.id, problem);
    const intake: Intake = { platform: entry.platform, display_name: entry.displayName, late: entry.late, notes: entry.notes };
    ctx.journal.record(failedRecord(entry.id, entry.name, journalKey(ctx, "", seed), problem, ctx.maxScore, intake));
    return false;
  };
  let staged;
  try {
    staged = await stageSubmission(entry, ctx.workDir, ctx.functionNames);
  } catch (error) {
    return fail(error instanceof RejectedSubmission ? error.message : messages.bulk.gradingFailed((error as Error).message));
  }
  const intake: Intake = { platform: entry.platform, display_name: entry.displayName, late: entry.late, renamed: staged.renamed, notes: entry.notes };
  const nothing = nothingToRun(staged);
  if (nothing) {
    staged.remove();
    // Keyed by what the submission holds, so that a run again skips it as it skips a graded one.
    const key = journalKey(ctx, `${nothing.status}:${createHash("sha256").update(staged.contents.files.join("\0")).digest("hex")}`, seed);
    const known = ctx.journal.get(entry.id);
    if (!ctx.options.force && known?.key === key && existsSync(join(studentDir(outDir, entry.id), "problem.txt"))) return true;
    writeFailedStudent(outDir, entry.id, nothing.problem);
    ctx.journal.record(failedRecord(entry.id, entry.name, key, nothing.problem, ctx.maxScore, intake, nothing.status));
    return false;
  }
  // A sandbox of the student's own: no process ever runs two students' code.
  let sandbox: Sandbox | undefined;
  try {
    const key = journalKey(ctx, readSubmission(staged.dir).digest, seed);
    const known = ctx.journal.get(entry.id);
    if (!ctx.options.force && known?.key === key && known.status !== "failed" && ensureStudentFiles(outDir, entry.id, formats)) return true;
    sandbox = submissionSandbox(ctx.options.limits, true);
    const results = await gradeSubmission({
      submissionDir: staged.dir,
      sandbox,
      hiddenSeed: seed,
      timeoutMs: ctx.options.timeoutMs,
      limits: ctx.options.limits,
      fixtures: ctx.fixtures,
    });
    results.submission.path = entry.name;
    results.warnings.push(...entry.notes, ...staged.notes);
    writeStudentFiles(outDir, entry.id, results, formats);
    const record = recordFromResults(entry.id, entry.name, key, results, intake);
    if (record.status === "unchanged-stubs") record.problem = messages.bulk.unchangedStubs;
    ctx.journal.record(record);
  } catch (error) {
    return fail(messages.bulk.gradingFailed((error as Error).message));
  } finally {
    if (sandbox) closeSandbox(ctx, sandbox);
    staged.remove();
  }
  return false;
}

function closeSandbox(ctx: Context, sandbox: Sandbox): void {
  ctx.processesStarted += sandbox.childrenStarted();
  sandbox.close();
}

/**
 * Where submissions are staged: memory (/dev/shm) where there is one, else the temporary folder.
 * Each student's files are written, read and removed once; on a disk, creating and removing them
 * cost more than the rest of staging.
 */
function scratchDir(): string {
  try {
    accessSync("/dev/shm", constants.W_OK);
    return "/dev/shm";
  } catch {
    return tmpdir();
  }
}

export async function runBulk(options: BulkOptions): Promise<BulkSummary> {
  requireOsSandbox(probeConfinement(), options.allowWeakSandbox ?? false, "grade:bulk");
  const started = performance.now();
  const exercises = loadExercises();
  const functionNames = exercises.map((e) => e.name);
  // The platform's .zip as downloaded is unpacked first (on disk: a class can be large, unlike one
  // student's files staged in memory); a folder is read where it is.
  const classFolder = await openClassFolder(options.classDir, tmpdir());
  let discovery;
  try {
    discovery = discoverSubmissions(classFolder.dir, classFolder.name);
  } catch (error) {
    classFolder.remove();
    throw error;
  }
  const { entries, platforms } = discovery;
  const ignored = [...discovery.ignored, ...classFolder.notes.map((why) => ({ name: basename(options.classDir), why }))];
  options.onDiscovered?.(platforms);
  const inThisShard = entries.filter((e) => inShard(e.id, options.shard));
  const selected = options.student === undefined ? inThisShard : inThisShard.filter((e) => e.id === options.student);
  mkdirSync(options.outDir, { recursive: true });
  let unlock: () => void;
  try {
    unlock = lockOutput(options.outDir);
  } catch (error) {
    classFolder.remove();
    throw error;
  }
  let settings: RunSettings;
  try {
    settings = startRun(options.outDir, options);
  } catch (error) {
    unlock();
    classFolder.remove();
    throw error;
  }
  // Named after OUT, so what a killed run left behind is cleared when the run is resumed.
  const workDir = join(scratchDir(), `dnn-bulk-${createHash("sha256").update(resolve(options.outDir)).digest("hex").slice(0, 16)}`);
  rmSync(workDir, { recursive: true, force: true });
  const ctx: Context = {
    options,
    fixtures: loadFixtures(functionNames),
    journal: Journal.open(options.outDir),
    workDir,
    functionNames,
    maxScore: exercises.reduce((s, e) => s + e.points, 0),
    processesStarted: 0,
  };
  const progress: BulkProgress = { done: 0, total: selected.length, graded: 0, elapsedMs: 0 };
  let skipped = 0;
  let rosterMatch: RosterMatch | undefined;
  try {
    await runInLanes(selected, options.jobs, async (entry) => {
      if (await gradeStudent(ctx, entry)) skipped++;
      else progress.graded++;
      progress.done++;
      progress.elapsedMs = performance.now() - started;
      options.onProgress?.({ ...progress });
    });
    ctx.journal.compact(new Set(inThisShard.map((e) => e.id)));
    // A shard holds a slice of the class: the roster is matched once merged (merge --roster).
    const sharded = (options.shard?.count ?? 1) > 1;
    rosterMatch = writeClassFiles(options.outDir, ctx.journal.records(), exercises, { roster: sharded ? undefined : options.roster, assignment: options.assignment, bom: options.bom });
    writeSettings(options.outDir, { ...settings, finished: new Date().toISOString() });
  } finally {
    classFolder.remove();
    rmSync(ctx.workDir, { recursive: true, force: true });
    unlock();
  }
  const records = ctx.journal.records();
  return {
    ...progress,
    elapsedMs: performance.now() - started,
    skipped,
    failed: records.filter((r) => r.status === "failed" && selected.some((e) => e.id === r.id)),
    ignored,
    platforms,
    odd: records.filter((r) => isOdd(r) && selected.some((e) => e.id === r.id)),
    hiddenCases: options.secret !== undefined || options.hiddenSeed !== undefined,
    processesStarted: ctx.processesStarted,
    records,
    ...(rosterMatch ? { roster: { missing: rosterMatch.missing.map((r) => r.id), notOnRoster: rosterMatch.notOnRoster } } : {}),
  };
}
