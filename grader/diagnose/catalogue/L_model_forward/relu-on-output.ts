// Catalogued mistake: relu on every layer, the output layer included: AL is not a probability.
import type { NDArray } from "#np";
import type { LinearActivationCache, Parameters } from "./dnn_utils";
import { linear_activation_forward } from "./linear_activation_forward";

export function L_model_forward(X: NDArray, parameters: Parameters): [AL: NDArray, caches: LinearActivationCache[]] {
  const caches: LinearActivationCache[] = [];
  let A = X;
  const L = Math.floor(Object.keys(parameters).length / 2);
  for (let l = 1; l <= L; l++) { // MISTAKE: the loop includes layer L, which must use sigmoid
    const A_prev = A;
    let cache: LinearActivationCache;
    [A, cache] = linear_activation_forward(A_prev, parameters[`W${l}`], parameters[`b${l}`], "relu");
    caches.push(cache);
  }
  return [A, caches];
}
