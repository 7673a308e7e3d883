// Catalogued mistake: the activation is never applied: A = Z.
import type { NDArray } from "#np";
import { relu, sigmoid } from "./dnn_utils";
import type { Activation, LinearActivationCache } from "./dnn_utils";
import { linear_forward } from "./linear_forward";

export function linear_activation_forward(
  A_prev: NDArray,
  W: NDArray,
  b: NDArray,
  activation: Activation,
): [A: NDArray, cache: LinearActivationCache] {
  const [Z, linear_cache] = linear_forward(A_prev, W, b);
  const A = Z; // MISTAKE: A = g(Z), with sigmoid or relu
  const cache: LinearActivationCache = [linear_cache, Z];
  return [A, cache];
}
