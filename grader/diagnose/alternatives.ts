/**
 * The course's own results on inputs changed the way a mistake changes them, computed by the
 * reference versions in the grader (trusted code, never in the sandbox): the other activation, and
 * for the sigmoid's backward step, dZ taken at Z instead of at σ(Z). A handout's references are
 * replays of recorded calls, which have none of these: there, there are no alternatives.
 */
import type { Exercise } from "../course/exercises";
import { loadExercises } from "../course/exercises";
import { messages } from "../messages/messages";
import * as np from "../np/index";
import { callReference, loadReferences } from "../reference/references";
import { fromValue, toValue } from "../values/live";
import type { Value } from "../values/value";
import type { Alternative } from "./detectors/alternatives";

const other: Record<string, string> = { sigmoid: "relu", relu: "sigmoid" };

function attempt(f: () => Value): Value | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

export async function alternativeOutputs(exercise: Exercise, args: readonly Value[]): Promise<Alternative[]> {
  const at = exercise.args.indexOf("activation");
  const activation = args[at];
  if (at < 0 || activation?.type !== "string" || !other[activation.value]) return [];
  let references: Awaited<ReturnType<typeof loadReferences>>;
  try {
    references = await loadReferences(loadExercises().map((e) => e.name));
  } catch {
    return [];
  }
  const asked = activation.value;
  const used = other[asked];
  const G = messages.generic;
  const alternatives: Alternative[] = [];
  const swapped = attempt(() => callReference(references, exercise.name, args.map((a, i) => (i === at ? { type: "string", value: used } : a))));
  if (swapped) alternatives.push({ id: "generic/other-activation", value: swapped, name: G.otherActivation.name(used), explain: (label) => messages.diagnosis.otherActivation(label, used, asked), hint: G.otherActivation.hint(asked) });
  if (exercise.name === "linear_activation_backward" && asked === "sigmoid") {
    // dZ = dA · Z(1 - Z): the derivative's formula s(1 - s) with s = Z instead of s = σ(Z).
    const atZ = attempt(() => {
      const [dA, cache] = args.map(fromValue) as [np.NDArray, [unknown, np.NDArray]];
      const Z = cache[1];
      const dZ = np.multiply(dA, np.multiply(Z, np.subtract(1, Z)));
      return callReference(references, "linear_backward", [toValue(dZ), toValue(cache[0])]);
    });
    if (atZ) alternatives.push({ id: "generic/derivative-at-z", value: atZ, name: G.derivativeAtZ.name, explain: (label) => messages.diagnosis.derivativeAtZ(label), hint: G.derivativeAtZ.hint });
  }
  return alternatives;
}
