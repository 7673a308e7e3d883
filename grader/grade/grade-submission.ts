/**
 * gradeSubmission(): the one pipeline every front end (grade, watch, bulk, CI) calls.
 * load fixtures and the submission -> bundle with esbuild -> run each case in the sandboxed child
 * -> compare in this process -> a Results object. Student outcomes are data; only the grader's
 * own faults throw (GraderError).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { withOriginalNames } from "../build/names";
import { diagnoseThrown } from "../diagnose/thrown/thrown";
import { sourceLineAt } from "../diagnose/thrown/source-line";
import { syntaxHabit } from "../diagnose/python/index";
import { HABITS_DOC } from "../diagnose/diagnose";
import { graderInfo, paths } from "../paths";
import { harnessCodeCache } from "../run/code-cache";
import { dependenciesOf, loadExercises, loadParts, type Exercise } from "../course/exercises";
import { partSubtotals, sumPoints } from "./parts";
import { loadFixtures, type Fixture, type FixtureCase, type FixtureSet } from "../fixtures/load";
import { diagnoseFailure } from "../diagnose/diagnose";
import type { Value } from "../values/value";
import { GraderError } from "../errors";
import { messages } from "../messages/messages";
import { RESULTS_FORMAT_VERSION, type CaseResult, type Diagnosis, type ExerciseResult, type Results } from "../results/types";
import { buildStudentBundle, contextName, referencedIn, type BuildProblem, type BuildResult, type ResolutionContext } from "../build/bundle";
import { buildStudentPackage } from "../build/package";
import { defaultLimits, describeConfinement, probeConfinement, type SandboxLimits } from "../run/limits";
import { caseOutcome, createSandbox, type CalleeServer, type CallOutcome, type Job, type JobOutcome, type LoadSource, type Sandbox } from "../run/sandbox";
import type { LoadedBundle } from "../build/stack";
import { bundleToken } from "../run/protocol";
import { buildFailedCase, caseFromOutcome, notRunCase } from "./case-result";
import { readSubmission, type Submission } from "./submission";
import { didYouMean } from "./near-names";
import { createHash } from "node:crypto";
import { hiddenCases } from "../hidden/hidden-cases";
import { calleeServer, loadReferences } from "../reference/references";
import { arraysIn } from "../values/value";
import { exerciseStatus, exerciseScore } from "./score";
import { calledThrough, culprits, type Outcome } from "./culprit";
import { typecheckInBackground } from "../typecheck/run-typecheck";

export { graderInfo };

export interface GradeOptions {
  submissionDir: string;
  /** Grade only these functions (all when absent). */
  only?: readonly string[];
  limits?: SandboxLimits;
  /** Override every function's time limit (ms). */
  timeoutMs?: number;
  /**
   * A sandbox to reuse (watch mode keeps one warm, for the same student's code); it is left open.
   * By default a fresh one is made and closed: one submission, one sandbox.
   */
  sandbox?: Sandbox;
  /** Reuse the bundles of unchanged files from the last grading of this folder (a student's repeated runs). */
  bundleCache?: boolean;
  /**
   * "package": all of the submission's code in one package (build/package.ts), one esbuild run;
   * "per-function": a bundle per function and mode, each cacheable. By default, per function when
   * `bundleCache` is on, else a package. Both grade alike (grade/bundling.test.ts).
   */
  bundling?: "package" | "per-function";
  /** Type-check the submission's files with TypeScript, in parallel; errors become warnings. */
  typecheck?: boolean;
  fixturesDir?: string;
  /** Fixtures already loaded (bulk grading loads them once for the whole class). */
  fixtures?: FixtureSet;
  /**
   * Adds hidden cases drawn from this seed to each function's course cases: random shapes and values,
   * expected values computed by the reference versions in the grader (never in the sandbox).
   */
  hiddenSeed?: number;
}

interface RunContext {
  submission: Submission;
  sandbox: Sandbox;
  bundles: LoadedBundle[];
  options: GradeOptions;
  /** Each bundle's digest, by its code. */
  digests: Map<string, string>;
}

function selectExercises(all: Exercise[], only: readonly string[] | undefined): Exercise[] {
  if (!only || only.length === 0) return all;
  const unknown = only.filter((n) => !all.some((e) => e.name === n));
  if (unknown.length > 0) {
    throw new GraderError("usage", `--only names ${unknown.join(", ")}, which ${unknown.length > 1 ? "are" : "is"} not graded; choose from ${all.map((e) => e.name).join(", ")}`);
  }
  return all.filter((e) => only.includes(e.name));
}

/** What runs one function's cases in one mode: a bundle of its own, or a member of the submission's package. */
type Built = Exclude<BuildResult, { ok: true }> | (Extract<BuildResult, { ok: true }> & { member?: string });

/**
 * Starts bundling every function of `selected` the submission has, in both modes where it calls
 * others; by context name (e.g. "L_model_forward:own"). One package for all (build/package.ts) when
 * `packaged`; a function the package leaves out (it needs a file that does not compile, or an
 * import only esbuild's bundling can judge) is bundled alone, as all are when not `packaged`, so
 * that its messages are esbuild's own.
 */
function bundleAll(submission: Submission, selected: Exercise[], gradedNames: string[], cache: boolean, packaged: boolean): Map<string, Promise<Built>> {
  const contexts = selected
    .filter((e) => submission.has(e.name))
    .flatMap((e): ResolutionContext[] => [{ functionName: e.name, dependencies: "reference" }, ...(e.calls.length > 0 ? [{ functionName: e.name, dependencies: "own" as const }] : [])]);
  const alone = (c: ResolutionContext) => buildStudentBundle({ submissionDir: submission.dir, gradedNames, ...c }, cache);
  if (!packaged || contexts.length === 0) return new Map(contexts.map((c) => [contextName(c), alone(c)]));
  const built = buildStudentPackage(submission.dir, gradedNames, contexts);
  return new Map(
    contexts.map((c) => {
      const name = contextName(c);
      return [name, built.then((p): Promise<Built> | Built => (p?.members.has(name) ? { ok: true, code: p.code, sourceMap: p.sourceMap, member: name } : alone(c)))];
    }),
  );
}

/** One function's cases in one mode, as a job for the sandbox; undefined when its code did not build. */
function jobFor(ctx: RunContext, exercise: Exercise, fixture: Fixture, context: ResolutionContext, build: Built): Job | undefined {
  if (!build.ok) return undefined;
  const name = contextName(context);
  const { code } = build;
  // Keyed by content: a reused sandbox (watch mode) must load a saved file's new code, not the old.
  // A package's members share its code: hashed once.
  let digest = ctx.digests.get(code);
  if (digest === undefined) {
    digest = createHash("sha1").update(code).digest("hex").slice(0, 12);
    ctx.digests.set(build.code, digest);
  }
  const bundleKey = build.member ? `package@${digest}` : `${name}@${digest}`;
  const key = build.member ? `${build.member}@${digest}` : bundleKey;
  const source: LoadSource = build.member ? { package: bundleKey, code, member: build.member } : { code };
  const url = bundleToken(bundleKey);
  if (!ctx.bundles.some((b) => b.url === url)) ctx.bundles.push({ url, sourceMap: build.sourceMap, baseDir: ctx.submission.dir, code });
  return {
    key,
    source,
    exportName: exercise.name,
    cases: fixture.cases.map((c) => c.args),
    timeoutMs: ctx.options.timeoutMs ?? exercise.timeoutMs,
    callees: [...referencedIn(context)],
    bounds: fixture.cases.map((c) => returnBound(c.expected)),
  };
}

/**
 * The most numbers a returned value may hold to be compared at all: far above any plausible wrong
 * answer (a transposed or broadcast result), far below what would fill memory or a results file.
 */
function returnBound(expected: Value): number {
  let numbers = 0;
  for (const [, array] of arraysIn(expected)) numbers += array.data.length;
  return 16 * numbers + 1000;
}

/** The case results of one job (its failures diagnosed), or of code that did not build. */
async function caseResults(ctx: RunContext, exercise: Exercise, fixture: Fixture, build: Built, ran: JobOutcome | undefined): Promise<CaseResult[]> {
  if (!build.ok || !ran) {
    const problems = build.ok ? [] : build.problems;
    const syntax = pythonSyntax(ctx.submission.dir, problems);
    return fixture.cases.map((c) => {
      const result = buildFailedCase(c, problems);
      if (!syntax) return result;
      return { ...result, diagnosis: syntax };
    });
  }
  const { load: loaded } = ran;
  const results: CaseResult[] = [];
  // What the module printed while loading (top-level code) belongs with the first case's output.
  let loadOutput = loaded.kind === "loaded" ? loaded.output : "";
  for (const [i, c] of fixture.cases.entries()) {
    const outcomeOfCase = caseOutcome(ran, i);
    const joint = loadOutput.endsWith("\n") || !outcomeOfCase.output ? "" : "\n";
    const outcome = loadOutput ? { ...outcomeOfCase, output: `${loadOutput}${joint}${outcomeOfCase.output}` } : outcomeOfCase;
    loadOutput = "";
    const result = caseFromOutcome(exercise, c, fixture.tolerance, outcome, ctx.bundles);
    const diagnosis = await diagnoseCase(ctx, exercise, c, fixture, outcome, result);
    if (diagnosis) result.diagnosis = diagnosis;
    results.push(result);
  }
  return results;
}

/** The diagnosis of a case that failed with a value or threw; undefined for other outcomes. */
async function diagnoseCase(ctx: RunContext, exercise: Exercise, c: FixtureCase, fixture: Fixture, outcome: CallOutcome, result: CaseResult): Promise<Diagnosis | undefined> {
  if (result.status === "fail" && outcome.kind === "returned") {
    const source = readStudentFile(ctx.submission.dir, `${exercise.name}.ts`);
    return diagnoseFailure({ exercise, testCase: c, tolerance: fixture.tolerance, actual: outcome.value, source });
  }
  if (result.status === "error" && outcome.kind === "threw" && !outcome.error.nonError && !outcome.error.readingResult) {
    const message = withOriginalNames(outcome.error.message, ctx.bundles, outcome.error.stack);
    return diagnoseThrown({ exercise, testCase: c, thrown: { name: outcome.error.name, message }, location: result.location, submissionDir: ctx.submission.dir });
  }
  return undefined;
}

/** Python syntax on the line esbuild refused first, as a diagnosis. */
function pythonSyntax(dir: string, problems: readonly BuildProblem[]): Diagnosis | undefined {
  const first = problems[0];
  const line = first?.file ? sourceLineAt(dir, `${first.file}:${first.line}:${first.column}`) : undefined;
  const habit = line && syntaxHabit(line.text, line.line);
  if (!line || !habit) return undefined;
  return {
    mistake: { id: habit.id, name: habit.name, explanation: habit.explanation, hint: habit.hint, hint_file: HABITS_DOC },
    findings: [],
    source: { file: line.file, line: line.line, text: line.text },
  };
}

function readStudentFile(dir: string, file: string): string | undefined {
  try {
    return readFileSync(join(dir, file), "utf8");
  } catch {
    return undefined;
  }
}

/**
 * Runs one job per function of `graded` (each with its build in `mode`) in the sandbox, in one
 * request when nothing goes wrong; returns each function's case results, by name.
 */
async function runMode(ctx: RunContext, graded: { exercise: Exercise; fixture: Fixture }[], mode: "reference" | "own", builds: Map<string, Promise<Built>>): Promise<Map<string, CaseResult[]>> {
  const built = await Promise.all(graded.map((g) => builds.get(`${g.exercise.name}:${mode}`)!));
  const jobs = graded.map((g, i) => jobFor(ctx, g.exercise, g.fixture, { functionName: g.exercise.name, dependencies: mode }, built[i]));
  const outcomes = await ctx.sandbox.runJobs(jobs.filter((j): j is Job => j !== undefined));
  let next = 0;
  const results = new Map<string, CaseResult[]>();
  for (const [i, g] of graded.entries()) results.set(g.exercise.name, await caseResults(ctx, g.exercise, g.fixture, built[i], jobs[i] ? outcomes[next++] : undefined));
  return results;
}

/**
 * Grades every selected function in two requests to the sandbox when nothing goes wrong: first each
 * function against the reference versions of what it calls, then, for those that passed, with the
 * student's own versions of them.
 */
async function gradeExercises(ctx: RunContext, selected: Exercise[], fixtureOf: (e: Exercise) => Fixture, builds: Map<string, Promise<Built>>, all: Exercise[]): Promise<ExerciseResult[]> {
  const attempted = selected.filter((e) => ctx.submission.has(e.name)).map((exercise) => ({ exercise, fixture: fixtureOf(exercise) }));
  const referenceCases = await runMode(ctx, attempted, "reference", builds);
  const statusOf = new Map<string, string>();
  const withOwn: { exercise: Exercise; fixture: Fixture }[] = [];
  const results = selected.map((exercise): ExerciseResult => {
    const maxScore = exercise.points;
    const cases = referenceCases.get(exercise.name);
    if (!cases) {
      const missing = fixtureOf(exercise).cases.map((c) => notRunCase(c, "not-attempted", "missing", messages.case.missingFile(`${exercise.name}.ts`, didYouMean(exercise.name, ctx.submission.names))));
      statusOf.set(exercise.name, "not-attempted");
      return { name: exercise.name, part: exercise.part, status: "not-attempted", score: 0, max_score: maxScore, message: missing[0].message, cases: missing };
    }
    const status = exerciseStatus(cases);
    statusOf.set(exercise.name, status);
    const result: ExerciseResult = {
      name: exercise.name,
      part: exercise.part,
      status,
      score: exerciseScore(cases, maxScore),
      max_score: maxScore,
      message: status === "pass" ? messages.exercise.pass(cases.length) : firstProblem(cases),
      cases,
    };
    const deps = dependenciesOf(exercise.name, all);
    if (deps.length > 0 && status === "pass") {
      const notReady = deps.filter((d) => !ctx.submission.has(d) || statusOf.get(d) === "not-attempted");
      // A callee that ran out of time on its own cases would make every case here run out of time
      // too, each costing the full limit, for a result that changes no score: not run.
      const hanging = deps.filter((d) => referenceCases.get(d)?.some((c) => c.status === "timeout"));
      if (notReady.length > 0) result.with_own_dependencies = { status: "not-attempted", message: messages.case.dependencyMissing(exercise.name, notReady), cases: [] };
      else if (hanging.length > 0) result.with_own_dependencies = { status: "not-attempted", message: messages.case.dependencyTimedOut(exercise.name, hanging), cases: [] };
      else withOwn.push({ exercise, fixture: fixtureOf(exercise) });
    }
    return result;
  });
  const ownCases = await runMode(ctx, withOwn, "own", builds);
  for (const result of results) {
    const own = ownCases.get(result.name);
    if (own) result.with_own_dependencies = { status: exerciseStatus(own), message: "", cases: own };
  }
  // Messages once every outcome is known: a failure names the deepest callee that fails, not the direct one.
  const byName = new Map(results.map((r) => [r.name, r]));
  const outcomeOf = (name: string) => {
    const r = byName.get(name);
    return r && { status: r.status, withOwn: r.with_own_dependencies?.status };
  };
  for (const result of results) {
    const w = result.with_own_dependencies;
    if (!w || !ownCases.has(result.name)) continue;
    w.message = w.status === "pass" ? messages.exercise.ownDependenciesPass(all.find((e) => e.name === result.name)!.calls) : ownFailure(result.name, all, outcomeOf);
    if (w.status !== "pass") result.message = `${result.message}; ${w.message}`;
  }
  return results;
}

/** Why a function that is right fails with the student's own callees: which one to fix first. */
function ownFailure(name: string, all: Exercise[], outcomeOf: (name: string) => Outcome | undefined): string {
  const { fix, ungraded } = culprits(name, all, outcomeOf);
  const direct = all.find((e) => e.name === name)!.calls;
  if (fix.length > 0) return messages.exercise.ownDependenciesFail(name, fix.map((f) => ({ name: f, through: calledThrough(name, f, all) })));
  if (ungraded.length > 0) return messages.exercise.ownDependenciesUngraded(name, direct, ungraded);
  return messages.exercise.ownDependenciesDiffer(name, direct);
}

/**
 * A failing function's message: its first failing case, the one with a named mistake if any, that
 * mistake first. (A case's own message says what its check saw; the terminal and the report put the
 * named mistake of its diagnosis above it.)
 */
function firstProblem(cases: CaseResult[]): string {
  const failing = cases.filter((c) => c.status !== "pass");
  const bad = failing.find((c) => c.diagnosis?.mistake) ?? failing[0];
  const mistake = bad.diagnosis?.mistake;
  const text = mistake ? messages.case.named(mistake.name, mistake.hint, bad.message) : bad.message;
  return cases.length > 1 ? `case "${bad.name}": ${text}` : text;
}

/** What grading reads before anything runs; a fault here is the grader's or its caller's (GraderError). */
function readInputs(options: GradeOptions) {
  const all = loadExercises();
  const selected = selectExercises(all, options.only);
  const fixtures = options.fixtures ?? loadFixtures(all.map((e) => e.name), options.fixturesDir);
  const submission = readSubmission(options.submissionDir);
  return { all, selected, fixtures, submission };
}

/**
 * Answers the sandbox's calls of reference versions; the references are built on the first call
 * (most gradings make none).
 */
function lazyCalleeServer(names: readonly string[]): CalleeServer {
  let server: Promise<CalleeServer> | undefined;
  return async (name, args) => (await (server ??= loadReferences(names).then(calleeServer)))(name, args);
}

/**
 * A sandbox for one submission's code, answering its calls of reference versions, its children
 * started from the harness's code cache where this machine has one (run/code-cache.ts). With
 * `makeCodeCache` (bulk grading), one is made first if need be, by a child that grades the
 * reference solutions; never in a handout, which has none.
 */
export function submissionSandbox(limits: SandboxLimits = defaultLimits, makeCodeCache = false): Sandbox {
  const callee = lazyCalleeServer(loadExercises().map((e) => e.name));
  const warmUp = makeCodeCache && existsSync(paths.solutions)
    ? async (trusted: Sandbox) => {
        await gradeSubmission({ submissionDir: paths.solutions, sandbox: trusted, limits, hiddenSeed: 1 });
      }
    : undefined;
  return createSandbox({ limits, callee, codeCache: harnessCodeCache({ limits, callee }, warmUp) });
}

export async function gradeSubmission(options: GradeOptions): Promise<Results> {
  const startedAt = new Date();
  const started = performance.now();
  // The child boots (~50 ms) while the fixtures are validated and the code is bundled.
  const sandbox = options.sandbox ?? submissionSandbox(options.limits);
  sandbox.warm();
  let inputs: ReturnType<typeof readInputs>;
  try {
    inputs = readInputs(options);
  } catch (error) {
    if (!options.sandbox) sandbox.close();
    throw error;
  }
  const { all, selected, fixtures, submission } = inputs;
  const gradedNames = all.map((e) => e.name);

  const typeWarnings = options.typecheck ? typecheckInBackground(submission.dir, submission.files) : Promise.resolve([]);
  // The reference versions answer the calls of graded functions that call others: loaded now,
  // while the code is bundled and the child boots, not when the first call waits for them.
  if (options.hiddenSeed !== undefined || selected.some((e) => e.calls.length > 0 && submission.has(e.name))) void loadReferences(gradedNames).catch(() => undefined);
  // Bundle everything up front, while the sandbox computes the hidden cases.
  const cache = options.bundleCache ?? false;
  const builds = bundleAll(submission, selected, gradedNames, cache, (options.bundling ?? (cache ? "per-function" : "package")) === "package");

  const startup = process.uptime() * 1000 - (performance.now() - started);
  const bundled = Promise.all(builds.values()).then(() => performance.now() - started);
  const ctx: RunContext = { submission, sandbox, bundles: [], options, digests: new Map() };
  let exercises: ExerciseResult[];
  try {
    const hidden = options.hiddenSeed !== undefined ? await hiddenCases(selected.map((e) => e.name), gradedNames, options.hiddenSeed) : new Map<string, FixtureCase[]>();
    const fixtureOf = (e: Exercise): Fixture => {
      const fixture = fixtures.byFunction.get(e.name)!;
      return { ...fixture, cases: [...fixture.cases, ...(hidden.get(e.name) ?? [])] };
    };
    exercises = await gradeExercises(ctx, selected, fixtureOf, builds, all);
  } finally {
    if (!options.sandbox) sandbox.close();
  }

  // "error" only when nothing could be run: every case failed to compile or load.
  const ran = !exercises.every((e) => e.cases.every((c) => c.status === "invalid-submission"));
  const score = sumPoints(exercises.map((e) => e.score));
  const maxScore = sumPoints(exercises.map((e) => e.max_score));
  return {
    format_version: RESULTS_FORMAT_VERSION,
    grader: graderInfo,
    status: ran ? "ok" : "error",
    message: ran ? `${score}/${maxScore}` : "none of the submission's code could be run: see each function's message",
    score,
    max_score: maxScore,
    submission: { path: options.submissionDir, digest: submission.digest, files: submission.files },
    fixtures_digest: fixtures.digest,
    started_at: startedAt.toISOString(),
    duration_ms: Math.round(performance.now() - started),
    timings_ms: { startup: Math.round(startup), bundle: Math.round(await bundled), run: Math.round(performance.now() - started - (await bundled)) },
    exercises,
    parts: partSubtotals(exercises, all, loadParts()),
    ...(options.hiddenSeed !== undefined ? { hidden_cases: { seed: options.hiddenSeed } } : {}),
    warnings: [...describeConfinement(probeConfinement()), ...(await typeWarnings)],
  };
}
