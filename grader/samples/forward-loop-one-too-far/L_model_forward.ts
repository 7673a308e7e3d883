// As a student types it: the hidden-layer loop runs to L inclusive, then the output layer again.
import type { NDArray } from "#np";
import type { LinearActivationCache, Parameters } from "./dnn_utils";
import { linear_activation_forward } from "./linear_activation_forward";

export function L_model_forward(X: NDArray, parameters: Parameters): [AL: NDArray, caches: LinearActivationCache[]] {
  const caches: LinearActivationCache[] = [];
  let A = X;
  const L = Math.floor(Object.keys(parameters).length / 2);

  // YOUR CODE STARTS HERE
  for (let l = 1; l < L + 1; l++) {
    const A_prev = A;
    const [A_next, cache] = linear_activation_forward(A_prev, parameters["W" + l], parameters["b" + l], "relu");
    A = A_next;
    caches.push(cache);
  }
  const [AL, cache] = linear_activation_forward(A, parameters["W" + L], parameters["b" + L], "sigmoid");
  caches.push(cache);
  return [AL, caches];
  // YOUR CODE ENDS HERE
}
