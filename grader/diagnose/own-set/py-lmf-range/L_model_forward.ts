import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearActivationCache, Parameters } from "./dnn_utils";
import { linear_activation_forward } from "./linear_activation_forward";

export function L_model_forward(X: NDArray, parameters: Parameters): [NDArray, LinearActivationCache[]] {
  const caches: LinearActivationCache[] = [];
  let A = X;
  const L = Math.floor(Object.keys(parameters).length / 2);
  for (const l of range(1, L)) {
    const A_prev = A;
    let cache: LinearActivationCache;
    [A, cache] = linear_activation_forward(A_prev, parameters["W" + l], parameters["b" + l], "relu");
    caches.push(cache);
  }
  const [AL, cache] = linear_activation_forward(A, parameters["W" + L], parameters["b" + L], "sigmoid");
  caches.push(cache);
  return [AL, caches];
}
