// Catalogued mistake: the cache holds [Z, linear_cache] instead of [linear_cache, Z].
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
  const [A, activation_cache] = activation === "sigmoid" ? sigmoid(Z) : relu(Z);
  const cache = [activation_cache, linear_cache] as unknown as LinearActivationCache; // MISTAKE: [linear_cache, activation_cache]
  return [A, cache];
}
