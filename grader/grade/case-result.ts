/**
 * Turns what happened when a case ran (a sandbox outcome, or a reason it could not run) into a
 * CaseResult with its status and message. Only here do outcomes become statuses.
 */
import type { Exercise } from "../course/exercises";
import type { FixtureCase, Tolerance } from "../fixtures/load";
import { compareValues, valueAt, type CheckFailure } from "../check/compare";
import { pathLabel } from "../check/paths";
import { encodeNumber } from "../values/wire";
import type { Value } from "../values/value";
import { messages } from "../messages/messages";
import type { CaseResult, Comparison, TensorJson } from "../results/types";
import type { BuildProblem } from "../build/bundle";
import type { CallOutcome } from "../run/sandbox";
import { mapPositions, mapStack, type LoadedBundle } from "../build/stack";
import { withOriginalNames } from "../build/names";
import { sourceLineAt } from "../diagnose/thrown/source-line";

const round = (ms: number) => Math.round(ms * 10) / 10;

export function notRunCase(c: FixtureCase, status: CaseResult["status"], check: CaseResult["check"], message: string, location?: string): CaseResult {
  return { name: c.name, status, check, message, ...(location ? { location } : {}), duration_ms: 0, output: "", hidden: c.hidden };
}

export function buildFailedCase(c: FixtureCase, problems: BuildProblem[]): CaseResult {
  const first = problems[0];
  const where = first.file ? `${first.file}:${first.line}:${first.column}` : undefined;
  const text = problems.map((p) => `${p.file ? `${p.file}:${p.line}:${p.column}: ` : ""}${p.text}`).join("; ");
  return notRunCase(c, "invalid-submission", "load", messages.case.buildFailed(text), where);
}

/**
 * How long the case ran. A timed-out case ran for its limit: the sandbox's clock also counts how
 * late the timer fired and how long the child took to die, which are the grader's time, not the
 * code's, so results show the limit itself (no slack) and never "took 3412 ms" for a 3 s limit.
 */
function recordedDuration(outcome: CallOutcome): number {
  return outcome.kind === "timeout" ? Math.min(outcome.durationMs, outcome.limitMs) : outcome.durationMs;
}

/** The case's output with the mapped stack trace after it, on its own line. */
function withStack(output: string, stack: string): string {
  if (!stack) return output;
  return output === "" || output.endsWith("\n") ? output + stack : `${output}\n${stack}`;
}

export function caseFromOutcome(
  exercise: Exercise,
  c: FixtureCase,
  tolerance: Tolerance,
  outcome: CallOutcome,
  bundles: readonly LoadedBundle[],
): CaseResult {
  // What the case printed may hold stack traces (an unhandled rejection, an uncaught error of a timer).
  const base = { name: c.name, duration_ms: round(recordedDuration(outcome)), output: mapPositions(outcome.output, bundles), hidden: c.hidden };
  switch (outcome.kind) {
    case "timeout":
      return { ...base, status: "timeout", check: "timeout", message: messages.case.timeout(outcome.limitMs) };
    case "crashed":
      return { ...base, status: "crashed", check: "crashed", message: messages.case.crashed(outcome.reason, outcome.cause) };
    case "threw": {
      const error = outcome.error;
      if (error.name === "NotImplementedError" && !error.nonError) {
        return { ...base, status: "not-attempted", check: "threw", message: messages.case.notAttempted(exercise.name) };
      }
      const named = withOriginalNames(error.message, bundles, error.stack);
      const { stack, location } = mapStack(withOriginalNames(error.stack, bundles, error.stack), bundles);
      const message = error.nonError
        ? messages.case.threwNonError(error.nonError, error.message)
        : error.readingResult
          ? messages.case.unreadableResult(error.name, named, location)
          : messages.case.threw(error.name, named, location, lineText(location, bundles, error.stack)) + (error.code === "ERR_ACCESS_DENIED" ? `. ${messages.case.sandboxRefused()}` : "");
      return { ...base, output: withStack(base.output, stack), status: "error", check: "threw", message, ...(location ? { location } : {}) };
    }
    case "load-failed": {
      if (outcome.problem === "missing-export") {
        return { ...base, status: "invalid-submission", check: "load", message: messages.case.missingExport(`${exercise.name}.ts`, exercise.name) };
      }
      const error = outcome.error;
      const { stack, location } = mapStack(error.stack, bundles);
      const file = location ?? `${exercise.name}.ts`;
      const message = error.nonError
        ? `${file} ${messages.case.threwNonError(error.nonError, error.message)} (while loading)`
        : messages.case.loadThrew(file, error.name, error.message) + (error.code === "ERR_ACCESS_DENIED" ? `. ${messages.case.sandboxRefused()}` : "");
      return { ...base, output: withStack(base.output, stack), status: "invalid-submission", check: "load", message, ...(location ? { location } : {}) };
    }
    case "returned": {
      const failure = compareValues(outcome.value, c.expected, tolerance, exercise.outputs, c.hidden);
      const mutated = outcome.mutatedArgs.map((i) => exercise.args[i] ?? `argument ${i + 1}`);
      const note = mutated.length > 0 ? ` Note: ${messages.mutated(mutated)}` : "";
      const extra = outcome.mutatedArgs.length > 0 ? { mutated_args: outcome.mutatedArgs } : {};
      if (!failure) return { ...base, ...extra, status: "pass", message: messages.case.pass() + note };
      const comparison = comparisonOf(outcome.value, c, failure, exercise, tolerance);
      return { ...base, ...extra, status: "fail", check: failure.check, message: failure.message + note, ...(comparison ? { comparison } : {}) };
    }
  }
}

/** The text of the student's line at `location`, read from the submission the stack's bundle came from. */
function lineText(location: string | undefined, bundles: readonly LoadedBundle[], stack: string): string | undefined {
  const dir = (bundles.find((b) => stack.includes(b.url)) ?? bundles[0])?.baseDir;
  return dir ? sourceLineAt(dir, location)?.text : undefined;
}

function tensorJson(value: Value | undefined): TensorJson | undefined {
  return value?.type === "ndarray" ? { shape: value.shape, data: value.data.map(encodeNumber) } : undefined;
}

/** The failing array, actual beside expected (never the expected one of a hidden case). */
function comparisonOf(actual: Value, c: FixtureCase, failure: CheckFailure, exercise: Exercise, tolerance: Tolerance): Comparison | undefined {
  const got = tensorJson(valueAt(actual, failure.path));
  if (!got) return undefined;
  const want = c.hidden ? undefined : tensorJson(valueAt(c.expected, failure.path));
  return { label: pathLabel(failure.path, exercise.outputs), actual: got, ...(want ? { expected: want } : {}), tolerance };
}
