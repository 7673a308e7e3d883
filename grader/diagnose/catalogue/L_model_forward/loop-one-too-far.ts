// Catalogued mistake (it throws on the course's cases): the relu loop runs through layer L too, so the sigmoid layer is applied to A[L] instead of A[L-1]: W[L]·A[L] does not align.
import type { NDArray } from "#np";
import type { LinearActivationCache, Parameters } from "./dnn_utils";
import { linear_activation_forward } from "./linear_activation_forward";

export function L_model_forward(X: NDArray, parameters: Parameters): [AL: NDArray, caches: LinearActivationCache[]] {
  const caches: LinearActivationCache[] = [];
  let A = X;
  const L = Math.floor(Object.keys(parameters).length / 2); // number of layers: one W and one b each

  // Hidden layers l = 1 .. L-1: A[l] = relu(W[l]·A[l-1] + b[l])
  for (let l = 1; l <= L; l++) { // MISTAKE: l < L; layer L is the sigmoid one, after the loop
    const A_prev = A;
    let cache: LinearActivationCache;
    [A, cache] = linear_activation_forward(A_prev, parameters[`W${l}`], parameters[`b${l}`], "relu");
    caches.push(cache);
  }

  // Output layer L: AL = σ(W[L]·A[L-1] + b[L]), a probability per example
  const [AL, cache] = linear_activation_forward(A, parameters[`W${L}`], parameters[`b${L}`], "sigmoid");
  caches.push(cache);
  return [AL, caches];
}
