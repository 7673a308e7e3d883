import type { NDArray } from "#np";
import type { LinearActivationCache, Parameters } from "./dnn_utils";
import { linear_activation_forward } from "./linear_activation_forward";

/**
 * The whole forward pass: [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID.
 *
 * @param X input data, A[0]: (n[0], m)
 * @param parameters { W1, b1, ..., WL, bL } with W[l]: (n[l], n[l-1]), b[l]: (n[l], 1)
 * @returns [AL, caches]: AL = A[L], the predicted probabilities (1, m); caches: the L caches of
 *   linear_activation_forward, layer 1 first
 */
export function L_model_forward(X: NDArray, parameters: Parameters): [AL: NDArray, caches: LinearActivationCache[]] {
  const caches: LinearActivationCache[] = [];
  let A = X;
  const L = Math.floor(Object.keys(parameters).length / 2); // number of layers: one W and one b each

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
