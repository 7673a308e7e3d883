// Probe for the handout's tapes (tapes.ts): the relu loop runs through layer L, then the output
// layer is computed again from A[L]. The solutions' linear_activation_forward computes the extra
// relu layer and then throws numpy's shape error; a handout must answer these calls the same way.
import type { NDArray } from "#np";
import type { LinearActivationCache, Parameters } from "../../../../exercises/dnn_utils";
import { linear_activation_forward } from "./linear_activation_forward";

export function L_model_forward(X: NDArray, parameters: Parameters): [AL: NDArray, caches: LinearActivationCache[]] {
  const caches: LinearActivationCache[] = [];
  let A = X;
  const L = Math.floor(Object.keys(parameters).length / 2);
  for (let l = 1; l <= L; l++) {
    let cache: LinearActivationCache;
    [A, cache] = linear_activation_forward(A, parameters[`W${l}`], parameters[`b${l}`], "relu");
    caches.push(cache);
  }
  const [AL, cache] = linear_activation_forward(A, parameters[`W${L}`], parameters[`b${L}`], "sigmoid");
  caches.push(cache);
  return [AL, caches];
}
