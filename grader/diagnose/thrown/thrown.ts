/**
 * Diagnosis of a case whose code threw, as a wrong value is diagnosed: the catalogued mistake that
 * throws the same (variants.ts), or the Python habit that made it throw, named first; then what
 * threw in the course's terms (a shape error in named dimensions, a call that does not exist), and
 * the student's own line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Exercise } from "../../course/exercises";
import type { FixtureCase } from "../../fixtures/load";
import { messages } from "../../messages/messages";
import type { Diagnosis } from "../../results/types";
import { HABITS_DOC } from "../diagnose";

/** Where calls of what #np lacks are answered. */
const NP_DOC = "exercises/hints/python-habits.md#calls-that-do-not-exist";
import { isCause, pythonHabits } from "../python/index";
import { matchingThrownMistakes } from "../variants";
import { readFailure, type Failure } from "./failure";
import { explainMissingCall } from "./missing-calls";
import type { ThrownText } from "./same-thrown";
import { explainBroadcast, explainDot, explainNotScalar } from "./shape-errors";
import { sourceLineAt } from "./source-line";

export interface ThrownContext {
  exercise: Exercise;
  testCase: FixtureCase;
  /** What threw, its message with the student's own variable names. */
  thrown: ThrownText;
  /** "linear_forward.ts:12:5", the first frame in the student's files. */
  location?: string;
  submissionDir: string;
}

/** What threw, told in the course's terms; undefined when there is nothing more to say than the error. */
export function explainFailure(functionName: string, failure: Failure, line: string | undefined): string | undefined {
  switch (failure.kind) {
    case "dot":
      return explainDot(functionName, failure, line);
    case "broadcast":
      return explainBroadcast(failure, line);
    case "not-scalar":
      return explainNotScalar(functionName, failure);
    case "not-an-array":
      return messages.thrown.notAnArray(failure.got);
    case "not-a-function":
    case "read-of-undefined":
      return explainMissingCall(failure, line)?.explanation;
    default:
      return undefined;
  }
}

function readSource(dir: string, file: string): string | undefined {
  try {
    return readFileSync(join(dir, file), "utf8");
  } catch {
    return undefined;
  }
}

export async function diagnoseThrown(context: ThrownContext): Promise<Diagnosis> {
  const { exercise, testCase, thrown, submissionDir } = context;
  const failure = readFailure(thrown.name, thrown.message);
  const line = sourceLineAt(submissionDir, context.location);
  const file = line?.file ?? `${exercise.name}.ts`;
  const source = readSource(submissionDir, file);
  const [matches, habits] = await Promise.all([
    matchingThrownMistakes({ functionName: exercise.name, caseName: testCase.name, args: testCase.args, thrown, source }),
    source ? pythonHabits(source, { failure, line: line?.line ?? 0 }) : Promise.resolve([]),
  ]);
  const findings: string[] = [];
  const [mistake, ...alike] = matches;
  // A habit on the line that threw is the cause, catalogued or not; elsewhere it is a finding.
  const habit = habits[0];
  const habitFirst = habit !== undefined && (!mistake || habit.line === line?.line || isCause(habit));
  const missing = explainMissingCall(failure, line?.text);
  const named = habitFirst
    ? { id: habit.id, name: habit.name, explanation: habit.explanation, hint: habit.hint, hint_file: HABITS_DOC }
    : (mistake ?? (missing && { id: "np/no-such-call", name: missing.name, explanation: missing.explanation, hint: messages.missing.hint(), hint_file: NP_DOC }));
  const explained = explainFailure(exercise.name, failure, line?.text);
  if (explained && !(missing && (habitFirst || !mistake))) findings.push(explained);
  if (failure.kind === "before-initialization" && !habitFirst) findings.push(messages.thrown.beforeInitialization(failure.name));
  if (habitFirst && mistake) findings.push(messages.diagnosis.alsoMatches([mistake.name]));
  if (alike.length > 0) findings.push(messages.diagnosis.alsoMatches(alike.map((m) => m.name)));
  for (const other of habits.slice(habitFirst ? 1 : 0, 3)) findings.push(messages.diagnosis.habitElsewhere(other.name, other.line, other.hint));
  if (!named) findings.push(messages.diagnosis.seeHints(exercise.name));
  return {
    ...(named ? { mistake: { id: named.id, name: named.name, explanation: named.explanation, hint: named.hint, ...(named.hint_file ? { hint_file: named.hint_file } : {}) } } : {}),
    findings,
    ...(line ? { source: { file: line.file, line: line.line, text: line.text } } : {}),
  };
}
