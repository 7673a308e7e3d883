// Catalogued mistake: the cache is only the linear cache [A_prev, W, b]: Z, which the backward pass needs, is missing.
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
  const [A] = activation === "sigmoid" ? sigmoid(Z) : relu(Z);
  const cache = linear_cache as unknown as LinearActivationCache; // MISTAKE: [linear_cache, Z]
  return [A, cache];
}
