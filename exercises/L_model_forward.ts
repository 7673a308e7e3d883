import type { NDArray } from "#np";
import { NotImplementedError } from "./dnn_utils";
import type { LinearActivationCache, Parameters } from "./dnn_utils";
import { linear_activation_forward } from "./linear_activation_forward";

/**
 * The whole forward pass: [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID.
 *
 * @param X input data, A[0]: (n[0], m)
 * @param parameters { W1, b1, ..., WL, bL } with W[l]: (n[l], n[l-1]), b[l]: (n[l], 1)
 * @returns [AL, caches]: AL = A[L], the predicted probabilities (1, m); caches: the L caches of
 *   linear_activation_forward, layer 1 first
 *
 * 1. For l = 1 .. L-1: A_prev = A; [A, cache] = linear_activation_forward(A_prev,
 *    parameters[`W${l}`], parameters[`b${l}`], "relu"); caches.push(cache).
 * 2. Layer L: [AL, cache] = linear_activation_forward(A, parameters[`W${L}`], parameters[`b${L}`], "sigmoid");
 *    caches.push(cache).
 * 3. return [AL, caches]
 */
export function L_model_forward(X: NDArray, parameters: Parameters): [AL: NDArray, caches: LinearActivationCache[]] {
  const caches: LinearActivationCache[] = [];
  let A = X;
  const L = Math.floor(Object.keys(parameters).length / 2); // number of layers: one W and one b each

  // YOUR CODE STARTS HERE
  throw new NotImplementedError("L_model_forward");
  // YOUR CODE ENDS HERE
}
