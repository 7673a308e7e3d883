/**
 * A student's hidden cases: inputs drawn in this process from the student's seed (recipes.ts), and
 * expected values computed by the reference solutions in the student's own sandbox before any of
 * the student's code runs there (reference-runner.ts). Expected values never leave the grader: the
 * results of a hidden case carry no expected array and no message names an expected value.
 */
import * as np from "#np";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { loadExercises } from "../course/exercises";
import { GraderError } from "../errors";
import type { FixtureCase } from "../fixtures/load";
import { paths } from "../paths";
import { buildGraderBundle, type BuildResult } from "../run/bundle";
import type { Sandbox } from "../run/sandbox";
import { toValue } from "../values/live";
import type { Value } from "../values/value";
import { hiddenRecipes } from "./recipes";
import { functionSeed } from "./seed";

const RUNNER_EXPORT = "expectedValues";
/** The reference solutions take milliseconds; this only stops a broken recipe from hanging a lane. */
const RUNNER_TIMEOUT_MS = 10_000;

let runner: Promise<{ key: string; code: string }> | undefined;

/** The runner's entry: every graded function's reference solution, handed to reference-runner.ts. */
function runnerEntry(functionNames: readonly string[]): string {
  const imports = functionNames.map((name) => `import { ${name} } from ${JSON.stringify(join(paths.solutions, `${name}.ts`))};`);
  return `${imports.join("\n")}\nimport { referenceRunner } from "./reference-runner";\nexport const ${RUNNER_EXPORT} = referenceRunner({ ${functionNames.join(", ")} });\n`;
}

function runnerBundle(): Promise<{ key: string; code: string }> {
  runner ??= buildGraderBundle(runnerEntry(loadExercises().map((e) => e.name)), join(paths.projectRoot, "grader", "hidden")).then((built: BuildResult) => {
    if (!built.ok) throw new GraderError("internal", `cannot build the hidden cases' reference runner: ${built.problems.map((p) => `${p.file}:${p.line}: ${p.text}`).join("; ")}`);
    return { key: `grader:hidden-reference@${createHash("sha1").update(built.code).digest("hex").slice(0, 12)}`, code: built.code };
  });
  return runner;
}

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

const sequence = (items: Value[]): Value => ({ type: "sequence", items });

/**
 * Runs the reference runner in `sandbox`: computes the expected values of `seed`'s hidden cases of
 * `functionNames` (none when `seed` is undefined) and restarts the child's np.random. Must be called
 * before the submission's own code is loaded. Returns the hidden cases by function name.
 */
export async function prepareSandbox(sandbox: Sandbox, functionNames: readonly string[], seed: number | undefined): Promise<Map<string, FixtureCase[]>> {
  const drawn = seed === undefined ? [] : drawHiddenInputs(seed, functionNames);
  const { key, code } = await runnerBundle();
  const loaded = await sandbox.load(key, code, RUNNER_EXPORT, RUNNER_TIMEOUT_MS);
  const request = sequence(drawn.map((d) => sequence([{ type: "string", value: d.functionName }, sequence(d.args)])));
  const outcome = loaded.kind === "loaded" ? await sandbox.call(key, RUNNER_EXPORT, [request], RUNNER_TIMEOUT_MS) : loaded;
  if (outcome.kind !== "returned" || outcome.value.type !== "sequence" || outcome.value.items.length !== drawn.length) {
    const why = outcome.kind === "returned" ? "returned something else than one value per case" : outcome.kind === "threw" || outcome.kind === "load-failed" ? `threw ${outcome.error.name}: ${outcome.error.message}` : outcome.kind;
    throw new GraderError("internal", `the reference solutions could not compute the hidden cases (seed ${seed}): ${why}`);
  }
  const expected = outcome.value.items;
  const byFunction = new Map<string, FixtureCase[]>();
  drawn.forEach((d, i) => {
    const cases = byFunction.get(d.functionName) ?? [];
    cases.push({ name: d.name, recipe: d.recipe, hidden: true, args: d.args, expected: expected[i] });
    byFunction.set(d.functionName, cases);
  });
  return byFunction;
}
