/**
 * A student's hidden cases: inputs drawn in this process from the student's seed (recipes.ts), and
 * expected values computed by the reference versions in this process too (grader/reference/), never
 * in a sandbox. Expected values never leave the grader: the results of a hidden case carry no
 * expected array and no message names an expected value.
 */
import * as np from "#np";
import { GraderError } from "../errors";
import type { FixtureCase } from "../fixtures/load";
import { callReference, loadReferences } from "../reference/references";
import { toValue } from "../values/live";
import type { Value } from "../values/value";
import { hiddenRecipes } from "./recipes";
import { functionSeed } from "./seed";

interface Drawn {
  functionName: string;
  name: string;
  recipe: string;
  args: Value[];
}

/** The hidden inputs of `functionNames` for `seed`, deterministic whatever else was drawn before. */
export function drawHiddenInputs(seed: number, functionNames: readonly string[]): Drawn[] {
  const drawn: Drawn[] = [];
  for (const functionName of functionNames) {
    const recipes = hiddenRecipes[functionName];
    if (!recipes) throw new GraderError("internal", `no hidden-case recipe for ${functionName}`);
    np.random.seed(functionSeed(seed, functionName));
    for (const r of recipes()) drawn.push({ functionName, name: r.name, recipe: `hidden seed ${seed}: ${r.recipe}`, args: r.args.map(toValue) });
  }
  return drawn;
}

/**
 * `seed`'s hidden cases of `functionNames`, by function name: inputs drawn here, expected values
 * computed by the reference versions here. A reference that throws on its own recipe's inputs is
 * the grader's fault.
 */
export async function hiddenCases(functionNames: readonly string[], allNames: readonly string[], seed: number): Promise<Map<string, FixtureCase[]>> {
  const drawn = drawHiddenInputs(seed, functionNames);
  const references = await loadReferences(allNames);
  const byFunction = new Map<string, FixtureCase[]>();
  for (const d of drawn) {
    let expected: Value;
    try {
      expected = callReference(references, d.functionName, d.args);
    } catch (error) {
      throw new GraderError("internal", `the reference ${d.functionName} could not compute hidden case ${d.name} (seed ${seed}): ${(error as Error).message}`);
    }
    const cases = byFunction.get(d.functionName) ?? [];
    cases.push({ name: d.name, recipe: d.recipe, hidden: true, args: d.args, expected });
    byFunction.set(d.functionName, cases);
  }
  return byFunction;
}
