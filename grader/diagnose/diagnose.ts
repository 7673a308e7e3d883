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

export interface DiagnoseContext {
  exercise: Exercise;
  testCase: FixtureCase;
  tolerance: Tolerance;
  /** What the student's function returned. */
  actual: Value;
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
  const [mistake, ...alike] = matches;
  if (alike.length > 0) findings.push(messages.diagnosis.alsoMatches(alike.map((m) => m.name)));
  if (!mistake) {
    const m = dimensionTables[exercise.name]?.dimensions(testCase.args).get("m")?.value;
    const generic = genericFindings({ actual, expected: testCase.expected, outputs: exercise.outputs, args: testCase.args, argNames: exercise.args, tolerance, m });
    findings.push(...generic.filter((f) => !findings.includes(f)), messages.diagnosis.seeHints(exercise.name));
  }
  return {
    ...(mistake ? { mistake: { id: mistake.id, name: mistake.name, explanation: mistake.explanation, hint: mistake.hint, hint_file: mistake.hint_file } } : {}),
    findings,
  };
}
