// As a student types it: one loop over every layer, relu everywhere (the catalogue's "relu on the output layer").
import type { NDArray } from "#np";
import type { LinearActivationCache, Parameters } from "./dnn_utils";
import { linear_activation_forward } from "./linear_activation_forward";

export function L_model_forward(X: NDArray, parameters: Parameters): [AL: NDArray, caches: LinearActivationCache[]] {
  const caches: LinearActivationCache[] = [];
  let A = X;
  const L = Math.floor(Object.keys(parameters).length / 2);

  // YOUR CODE STARTS HERE
  for (let l = 1; l <= L; l++) {
    const result = linear_activation_forward(A, parameters[`W${l}`], parameters[`b${l}`], "relu");
    A = result[0];
    caches.push(result[1]);
  }
  return [A, caches];
  // YOUR CODE ENDS HERE
}
