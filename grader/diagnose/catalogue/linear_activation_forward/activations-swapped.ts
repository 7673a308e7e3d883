// Catalogued mistake: "sigmoid" applies relu and "relu" applies sigmoid.
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
  const [A, activation_cache] = activation === "sigmoid" ? relu(Z) : sigmoid(Z); // MISTAKE: the branches are swapped
  const cache: LinearActivationCache = [linear_cache, activation_cache];
  return [A, cache];
}
