/**
 * Runs a student's code in the grading sandbox (run/sandbox.ts) for training and predicting: one
 * function of their submission, bundled with their own Part 1 files (no reference version: the
 * network is theirs), called once with the data, its prints streamed to `onOutput`. The outcome is
 * data: the raw returned value, or one student-facing sentence saying why there is none.
 */
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { buildStudentBundle, contextName } from "../build/bundle";
import { bundleToken } from "../run/protocol";
import { mapStack } from "../build/stack";
import { caseOutcome, createSandbox } from "../run/sandbox";
import { probeConfinement, type SandboxLimits } from "../run/limits";
import { loadExercises } from "../course/exercises";
import { trainMessages } from "../messages/messages";
import type { Value } from "../values/value";

export interface SandboxedCall {
  dir: string;
  functionName: string;
  args: Value[];
  timeoutMs: number;
  limits: SandboxLimits;
  /** The most numbers the returned value may hold. */
  bound: number;
  onOutput?: (text: string) => void;
}

export type CallResult = { ok: true; value: Value; seconds: number } | { ok: false; message: string };

/** Every graded name, including Part 2's models when the course lists them: imports of siblings resolve to the student's files. */
function gradedNames(): string[] {
  return [...new Set([...loadExercises().map((e) => e.name), "two_layer_model", "L_layer_model"])];
}

export async function callInSandbox(call: SandboxedCall): Promise<CallResult> {
  const { dir, functionName: fn } = call;
  const file = join(dir, `${fn}.ts`);
  const shown = relative(process.cwd(), file) || file;
  if (!existsSync(file)) return { ok: false, message: trainMessages.missingFile(shown) };
  const context = { functionName: fn, dependencies: "own" as const };
  const built = await buildStudentBundle({ submissionDir: dir, gradedNames: gradedNames(), ...context });
  if (!built.ok) {
    const problems = built.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.text}`).join("; ");
    return { ok: false, message: trainMessages.buildFailed(problems) };
  }
  const key = `train:${contextName(context)}`;
  const sandbox = createSandbox({ limits: call.limits, confinement: probeConfinement() });
  const started = performance.now();
  try {
    const { timeoutMs, bound, onOutput } = call;
    const [job] = await sandbox.runJobs([{ key, source: { code: built.code }, exportName: fn, cases: [call.args], timeoutMs, bounds: [bound], onOutput }]);
    const seconds = (performance.now() - started) / 1000;
    const outcome = caseOutcome(job, 0);
    const where = (stack: string) => mapStack(stack, [{ url: bundleToken(key), sourceMap: built.sourceMap, baseDir: dir }]).location;
    switch (outcome.kind) {
      case "returned":
        return { ok: true, value: outcome.value, seconds };
      case "threw":
      case "load-failed": {
        const e = outcome.error;
        if (e.name === "NotImplementedError") {
          const stub = /^(\w+) is not implemented/.exec(e.message)?.[1] ?? fn;
          return { ok: false, message: trainMessages.notAttempted(stub, relative(process.cwd(), join(dir, `${stub}.ts`))) };
        }
        if (outcome.kind === "load-failed" && outcome.problem === "missing-export") {
          return { ok: false, message: trainMessages.badResult(fn, `nothing: ${shown} does not export ${fn}`) };
        }
        return { ok: false, message: trainMessages.threw(fn, e.name, e.message, where(e.stack)) };
      }
      case "timeout":
        return { ok: false, message: trainMessages.timeout(fn, outcome.limitMs / 1000) };
      case "crashed":
        return { ok: false, message: trainMessages.crashed(fn, outcome.reason) };
    }
  } finally {
    sandbox.close();
  }
}
