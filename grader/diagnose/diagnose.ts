/**
 * Diagnosis of a failing case: which known mistake the student made (the catalogue), or failing
 * that, what generic detectors can say precisely; and, for a wrong shape, what the course's
 * dimension table says it must be. Called by the pipeline for every case whose returned value
 * failed a check; the catalogue's variants it runs are trusted code, run in the grader.
 */
import type { Exercise } from "../course/exercises";
import type { FixtureCase, Tolerance } from "../fixtures/load";
import { messages } from "../messages/messages";
import type { Diagnosis } from "../results/types";
import type { Value } from "../values/value";
import { genericFindings } from "./detectors/index";
import { pairsOf, sameShape } from "./detectors/pairs";
import { namedShapeFromInputs } from "./dimensions/named";
import { dimensionTables } from "./dimensions/table";
import { matchingMistakes } from "./variants";
import { isCause, pythonHabits } from "./python/index";
import { seedMistake } from "./seed";
import { alternativeOutputs } from "./alternatives";
import { genericMistake } from "./detectors/alternatives";

/** Where the Python habits are explained, with their TypeScript forms. */
export const HABITS_DOC = "exercises/hints/python-habits.md#python-habits-in-typescript";

export interface DiagnoseContext {
  exercise: Exercise;
  testCase: FixtureCase;
  tolerance: Tolerance;
  /** What the student's function returned. */
  actual: Value;
  /** The student's file of the function, for the habits and seeds only its text shows. */
  source?: string;
}

/** Wrong shapes are few and each deserves its line; beyond this many, the first ones say enough. */
const MAX_SHAPE_FINDINGS = 3;

/** Every part of the result whose shape is wrong, told in the course's named dimensions. */
export function shapeFindings(exercise: Exercise, args: readonly Value[], actual: Value, expected: Value): string[] {
  return pairsOf(actual, expected, exercise.outputs)
    .filter((p) => !sameShape(p.actual.shape, p.expected.shape))
    .flatMap((p) => {
      const named = namedShapeFromInputs(exercise.name, args, p.path);
      return named ? [messages.diagnosis.namedShape(p.label, named, p.actual.shape)] : [];
    })
    .slice(0, MAX_SHAPE_FINDINGS);
}

export async function diagnoseFailure(context: DiagnoseContext): Promise<Diagnosis | undefined> {
  const { exercise, testCase, actual, tolerance } = context;
  const matches = await matchingMistakes({ functionName: exercise.name, caseName: testCase.name, args: testCase.args, actual, tolerance });
  const findings = shapeFindings(exercise, testCase.args, actual, testCase.expected);
  const [catalogued, ...alike] = matches;
  if (alike.length > 0) findings.push(messages.diagnosis.alsoMatches(alike.map((m) => m.name)));
  // Read on the source: what no value can tell (a seed), and Python habits (named when nothing catalogued matches).
  const seed = !catalogued && context.source ? seedMistake(exercise.name, testCase.recipe, context.source) : undefined;
  const habits = context.source ? await pythonHabits(context.source) : [];
  // A habit that is wrong wherever it is comes before the catalogued mistake it produced.
  const habit = habits.find((h) => !catalogued || isCause(h)) ?? (!catalogued && !seed ? habits[0] : undefined);
  if (habit && catalogued) findings.push(messages.diagnosis.alsoMatches([catalogued.name]));
  const known = (habit && { ...habit, hint_file: HABITS_DOC }) ?? catalogued ?? seed;
  // Failing that, what the result equals instead: 1 - expected, the other activation's, dZ taken at Z.
  const G = messages.generic.oneMinus;
  const generic = known ? undefined : genericMistake(actual, testCase.expected, exercise.outputs, tolerance, await alternativeOutputs(exercise, testCase.args), { name: G.name, explain: messages.diagnosis.oneMinus, hint: G.hint }, { ...messages.generic.reordered, explain: messages.diagnosis.holdsOther });
  const mistake = known ?? (generic && { ...generic, hint_file: `exercises/hints/${exercise.name}.md` });
  for (const other of habits.filter((h) => h !== habit).slice(0, 2)) findings.push(messages.diagnosis.habitElsewhere(other.name, other.line, other.hint));
  if (!mistake) {
    const m = dimensionTables[exercise.name]?.dimensions(testCase.args).get("m")?.value;
    const generic = genericFindings({ actual, expected: testCase.expected, outputs: exercise.outputs, args: testCase.args, argNames: exercise.args, tolerance, m });
    findings.push(...generic.filter((f) => !findings.includes(f)), messages.diagnosis.seeHints(exercise.name));
  }
  return {
    ...(mistake ? { mistake: { id: mistake.id, name: mistake.name, explanation: mistake.explanation, hint: mistake.hint, ...(mistake.hint_file ? { hint_file: mistake.hint_file } : {}) } } : {}),
    findings,
  };
}
