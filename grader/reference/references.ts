/**
 * The reference versions of the graded functions, run in the grader itself and never in a
 * sandbox: they answer the student's calls of functions graded apart ("callees", for dependency
 * isolation) and compute the hidden cases' expected values. A reference is the solution, or in a
 * student handout (which ships none) a replay of the solution's recorded calls (grader/handout/).
 * Trusted code only runs here: the catalogue's variants go through `importTrusted` too.
 */
import { existsSync } from "node:fs";
import { GraderError } from "../errors";
import * as np from "../np/index";
import { buildGraderBundle, referenceFile } from "../build/bundle";
import type { CalleeServer } from "../run/sandbox";
import { callKey } from "../values/call-key";
import { fromValue, toValue } from "../values/live";
import type { Value } from "../values/value";
import { AnswerMemo, sizeOf } from "./memo";

type Reference = (...args: unknown[]) => unknown;

/**
 * Imports trusted bundled code (ESM text) into this process. Bundles import `#np` through a shim
 * reading a global: here it is this process's own runtime, so arrays they return are its NDArrays.
 */
export function importTrusted(code: string): Promise<Record<string, unknown>> {
  (globalThis as Record<symbol, unknown>)[Symbol.for("dnn-grader.np")] = np;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`) as Promise<Record<string, unknown>>;
}

let loaded: Promise<Record<string, Reference>> | undefined;

/**
 * Every graded function's reference version that this copy of the course has (a handout has tapes
 * only of the functions others call), built and imported once per grader process.
 */
export function loadReferences(names: readonly string[]): Promise<Record<string, Reference>> {
  loaded ??= (async () => {
    const present = names.filter((name) => existsSync(referenceFile(name)));
    const entry = present.map((name) => `export { ${name} } from ${JSON.stringify(referenceFile(name))};`).join("\n");
    // Cached on disk: building it costs a student's `npm run grade` ~0.2 s.
    const built = await buildGraderBundle(entry, process.cwd(), true);
    if (!built.ok) throw new GraderError("internal", `cannot build the reference versions: ${built.problems.map((p) => `${p.file}:${p.line}: ${p.text}`).join("; ")}`);
    return (await importTrusted(built.code)) as Record<string, Reference>;
  })();
  return loaded;
}

/**
 * Calls a reference version on values (fresh live copies: a reference never sees the caller's
 * objects). The grader seeds np.random itself wherever it draws (hidden-case inputs), so a
 * reference that seeds it changes nothing the grader relies on.
 */
export function callReference(references: Record<string, Reference>, name: string, args: readonly Value[]): Value {
  const reference = references[name];
  if (!reference) throw new GraderError("internal", `this copy of the course has no reference version of ${name}`);
  return callTrusted(reference, args);
}

/** Trusted code (a reference, a catalogued variant) called on fresh live copies of `args`; its result as a value. */
export function callTrusted(f: (...args: unknown[]) => unknown, args: readonly Value[]): Value {
  return toValue(f(...args.map(fromValue)));
}

/**
 * Numbers (answers' and keys') of callee answers kept per set of references, a few MB: about 600
 * answers, the last ten students' or so; as many were asked again as with seven times more (memo.ts).
 */
const CALLEE_MEMO_NUMBERS = 300_000;
const calleeMemos = new WeakMap<Record<string, Reference>, AnswerMemo<Value>>();

/**
 * Answers a sandboxed child's call of a reference version. What it throws goes back as a name and
 * a message only: a stack would name the grader's files. What it returns is kept (memo.ts) for the
 * next call on the same inputs, from any student: Part 2's models call the same references on the
 * same values for every correct student. A throw is computed again each time (rare, and a stack
 * overflow depends on more than the inputs).
 */
export function calleeServer(references: Record<string, Reference>): CalleeServer {
  let memo = calleeMemos.get(references);
  if (!memo) calleeMemos.set(references, (memo = new AnswerMemo<Value>(CALLEE_MEMO_NUMBERS)));
  const answers = memo;
  return (name, args) => {
    const key = callKey(name, args);
    const known = answers.get(key);
    if (known) return { value: known };
    try {
      const value = callReference(references, name, args);
      answers.set(key, value, sizeOf(value));
      return { value };
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      return { error: { name: e.name, message: `${e.message} (in the course's ${name}, called by your code)` } };
    }
  };
}
