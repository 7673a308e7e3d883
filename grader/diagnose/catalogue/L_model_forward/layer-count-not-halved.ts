// Catalogued mistake (it throws on the course's cases): L counts the keys of parameters, W1, b1, W2, b2, ...: twice the number of layers.
import type { NDArray } from "#np";
import type { LinearActivationCache, Parameters } from "./dnn_utils";
import { linear_activation_forward } from "./linear_activation_forward";

export function L_model_forward(X: NDArray, parameters: Parameters): [AL: NDArray, caches: LinearActivationCache[]] {
  const caches: LinearActivationCache[] = [];
  let A = X;
  const L = Object.keys(parameters).length; // MISTAKE: two keys per layer, divide by 2

  // Hidden layers l = 1 .. L-1: A[l] = relu(W[l]·A[l-1] + b[l])
  for (let l = 1; l < L; l++) {
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
