// Catalogued mistake: the helper's [A, Z] result destructured the wrong way round: A is Z and the cache holds g(Z).
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
  const [activation_cache, A] = activation === "sigmoid" ? sigmoid(Z) : relu(Z); // MISTAKE: the helpers return [A, Z]
  const cache: LinearActivationCache = [linear_cache, activation_cache];
  return [A, cache];
}
