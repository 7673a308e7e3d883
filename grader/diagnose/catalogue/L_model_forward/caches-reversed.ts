// Catalogued mistake: each cache put at the front of the list, so the caches run from layer L down to layer 1.
import type { NDArray } from "#np";
import type { LinearActivationCache, Parameters } from "./dnn_utils";
import { linear_activation_forward } from "./linear_activation_forward";

export function L_model_forward(X: NDArray, parameters: Parameters): [AL: NDArray, caches: LinearActivationCache[]] {
  const caches: LinearActivationCache[] = [];
  let A = X;
  const L = Math.floor(Object.keys(parameters).length / 2);
  for (let l = 1; l < L; l++) {
    const A_prev = A;
    let cache: LinearActivationCache;
    [A, cache] = linear_activation_forward(A_prev, parameters[`W${l}`], parameters[`b${l}`], "relu");
    caches.unshift(cache); // MISTAKE: push, so that layer 1 comes first
  }
  const [AL, cache] = linear_activation_forward(A, parameters[`W${L}`], parameters[`b${L}`], "sigmoid");
  caches.unshift(cache); // MISTAKE: push
  return [AL, caches];
}
