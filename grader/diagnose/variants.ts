/**
 * Runs the catalogued mistakes of a function on a failing case's inputs and returns those whose
 * output matches the student's. The variants are trusted code one bug away from the answer, so
 * they run in the grader itself, never in a sandbox beside student code. Each is built and
 * imported once per grader process: bulk grading diagnoses the same few functions over and over.
 */
import { GraderError } from "../errors";
import { loadExercises } from "../course/exercises";
import { callTrusted, importTrusted } from "../reference/references";
import { buildVariantBundle, type BuildResult } from "../build/bundle";
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
}

type Variant = (...args: unknown[]) => unknown;

const variants = new Map<string, Promise<Variant>>();

async function build(mistake: Mistake): Promise<Variant> {
  const result: BuildResult = await buildVariantBundle(mistakeFile(mistake), mistake.function, loadExercises().map((e) => e.name));
  if (!result.ok) {
    const problem = result.problems[0];
    throw new GraderError("internal", `does not bundle: ${problem.file}:${problem.line}: ${problem.text}`, mistakeFile(mistake));
  }
  return (await importTrusted(result.code))[mistake.function] as Variant;
}

function variantOf(mistake: Mistake): Promise<Variant> {
  let variant = variants.get(mistake.id);
  if (!variant) {
    variant = build(mistake);
    variants.set(mistake.id, variant);
  }
  return variant;
}

/** What a variant returns on fresh copies of `args`; undefined when it throws on them. */
function outputOf(variant: Variant, args: readonly Value[]): Value | undefined {
  try {
    return callTrusted(variant, args);
  } catch {
    return undefined;
  }
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
  const built = await Promise.all(mistakes.map(variantOf));
  // A variant that throws on these inputs (other shapes than the course's) simply does not match.
  return mistakes.filter((_, i) => {
    const output = outputOf(built[i], request.args);
    return output !== undefined && sameValue(request.actual, output, request.tolerance);
  });
}
