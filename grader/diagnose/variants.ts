/**
 * Runs the catalogued mistakes of a function on a failing case's inputs, in the sandbox like the
 * student's code, and returns those whose output matches the student's. Bundles are built once per
 * grader process: bulk grading diagnoses the same few functions over and over.
 */
import { createHash } from "node:crypto";
import { GraderError } from "../errors";
import { loadExercises } from "../course/exercises";
import { buildVariantBundle, type BuildResult } from "../run/bundle";
import type { CallOutcome } from "../run/sandbox";
import type { Tolerance } from "../fixtures/load";
import type { Value } from "../values/value";
import { loadCatalogue, mistakeFile, type Mistake } from "./catalogue/catalogue";
import { sameValue } from "./match";
import { compiledOutput } from "./catalogue/compiled";
import { existsSync } from "node:fs";

export interface VariantRun {
  functionName: string;
  /** The fixture case, to look up a handout's compiled outputs (see catalogue/compiled.ts). */
  caseName: string;
  args: Value[];
  actual: Value;
  tolerance: Tolerance;
  /** Runs each variant (an esbuild bundle exporting `exportName`, loaded under `key`) on `args`, in the sandbox. */
  run(variants: readonly RunnableVariant[], args: Value[]): Promise<CallOutcome[]>;
}

export interface RunnableVariant {
  key: string;
  code: string;
  exportName: string;
}

interface VariantBundle {
  code: string;
  /** Keyed by content, so that a sandbox reused across gradings never runs a stale variant. */
  key: string;
}

const bundles = new Map<string, Promise<VariantBundle>>();

async function build(mistake: Mistake): Promise<VariantBundle> {
  const result: BuildResult = await buildVariantBundle(mistakeFile(mistake), mistake.function, loadExercises().map((e) => e.name));
  if (!result.ok) {
    const problem = result.problems[0];
    throw new GraderError("internal", `does not bundle: ${problem.file}:${problem.line}: ${problem.text}`, mistakeFile(mistake));
  }
  const digest = createHash("sha1").update(result.code).digest("hex").slice(0, 12);
  return { code: result.code, key: `diagnose:${mistake.id}@${digest}` };
}

export function variantBundle(mistake: Mistake): Promise<VariantBundle> {
  let bundle = bundles.get(mistake.id);
  if (!bundle) {
    bundle = build(mistake);
    bundles.set(mistake.id, bundle);
  }
  return bundle;
}

/**
 * Every catalogued mistake of the function whose output on these inputs matches the student's, in
 * catalogue order. Mistakes marked unobservable run too: they cannot match a course case (they
 * reproduce its expected result), but hidden cases with other shapes may show them.
 */
export async function matchingMistakes(request: VariantRun): Promise<Mistake[]> {
  const mistakes = loadCatalogue().filter((m) => m.function === request.functionName);
  // A student handout ships the catalogue's outputs on the public cases, not its code.
  if (!existsSync(mistakeFile(mistakes[0] ?? { id: "" }))) {
    return mistakes.filter((m) => {
      const output = compiledOutput(m.id, request.caseName);
      return output ? sameValue(request.actual, output, request.tolerance) : false;
    });
  }
  const built = await Promise.all(mistakes.map(variantBundle));
  const outcomes = await request.run(built.map((b, i) => ({ key: b.key, code: b.code, exportName: mistakes[i].function })), request.args);
  // A variant that throws on these inputs (other shapes than the course's) simply does not match.
  return mistakes.filter((_, i) => outcomes[i].kind === "returned" && sameValue(request.actual, (outcomes[i] as { value: Value }).value, request.tolerance));
}
