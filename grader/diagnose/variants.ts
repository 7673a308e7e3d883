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
import { callKey } from "../values/call-key";
import { AnswerMemo, keepsThrown, sizeOf } from "../reference/memo";
import { loadCatalogue, mistakeFile, type Mistake } from "./catalogue/catalogue";
import { sameValue } from "./match";
import { compiledOutput, compiledThrown } from "./catalogue/compiled";
import { existsSync, readFileSync } from "node:fs";
import { sameThrown, similarity, type ThrownText } from "./thrown/same-thrown";

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

/** What a variant returned or threw on given inputs: every student failing the same case asks again. */
type VariantOutcome = { value?: Value; thrown?: ThrownText };
/** Numbers of variant outcomes kept, a few MB: see reference/memo.ts. */
const outcomes = new AnswerMemo<VariantOutcome>(200_000);

/** What a variant returns on fresh copies of `args`, or what it throws; `inputs` is the key of `args` (values/call-key.ts). */
function thrownOrOutput(mistake: Mistake, variant: Variant, args: readonly Value[], inputs: string): VariantOutcome {
  const key = `${mistake.id}\0${inputs}`;
  const known = outcomes.get(key);
  if (known) return known;
  let outcome: VariantOutcome;
  let keep = true;
  try {
    outcome = { value: callTrusted(variant, args) };
  } catch (error) {
    keep = keepsThrown(error);
    outcome = error instanceof Error ? { thrown: { name: error.name, message: error.message } } : {};
  }
  if (keep) outcomes.set(key, outcome, sizeOf(outcome.value));
  return outcome;
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
  const inputs = callKey(request.functionName, request.args);
  // A variant that throws on these inputs (other shapes than the course's) simply does not match.
  return mistakes.filter((m, i) => {
    const output = thrownOrOutput(m, built[i], request.args, inputs).value;
    return output !== undefined && sameValue(request.actual, output, request.tolerance);
  });
}

export interface ThrownRun {
  functionName: string;
  caseName: string;
  args: Value[];
  /** What the student's code threw (its message with the student's variable names). */
  thrown: ThrownText;
  /** The student's file, to rank mistakes that throw alike by how much their lines look like the student's. */
  source?: string;
}

/** The lines a variant marks `// MISTAKE`, without the comment. */
function mistakeLines(mistake: Mistake): string[] {
  const file = mistakeFile(mistake);
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8").split("\n").filter((l) => l.includes("// MISTAKE")).map((l) => l.slice(0, l.indexOf("// MISTAKE")));
}

/**
 * Every catalogued mistake of the function that throws what the student's code threw on these
 * inputs (the same error, the same #np check on the same shapes), those whose marked lines look
 * most like the student's first. A mistake that throws is named by what it throws, as one that
 * returns is named by its value.
 */
export async function matchingThrownMistakes(request: ThrownRun): Promise<Mistake[]> {
  const mistakes = loadCatalogue().filter((m) => m.function === request.functionName);
  let matching: Mistake[];
  if (!existsSync(mistakeFile(mistakes[0] ?? { id: "" }))) {
    matching = mistakes.filter((m) => {
      const thrown = compiledThrown(m.id, request.caseName);
      return thrown !== undefined && sameThrown(request.thrown, thrown);
    });
  } else {
    const built = await Promise.all(mistakes.map(variantOf));
    const inputs = callKey(request.functionName, request.args);
    matching = mistakes.filter((m, i) => {
      const { thrown } = thrownOrOutput(m, built[i], request.args, inputs);
      return thrown !== undefined && sameThrown(request.thrown, thrown);
    });
  }
  if (!request.source || matching.length < 2) return matching;
  const score = new Map(matching.map((m) => [m.id, Math.max(0, ...mistakeLines(m).map((l) => similarity(l, request.source!)))]));
  return [...matching].sort((a, b) => score.get(b.id)! - score.get(a.id)!);
}
