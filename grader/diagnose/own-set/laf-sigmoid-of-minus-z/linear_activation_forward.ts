import * as np from "#np";
import type { NDArray } from "#np";
import { relu, sigmoid } from "./dnn_utils";
import type { LinearActivationCache } from "./dnn_utils";
import { linear_forward } from "./linear_forward";

export function linear_activation_forward(A_prev: NDArray, W: NDArray, b: NDArray, activation: string): [NDArray, LinearActivationCache] {
  const [Z, linear_cache] = linear_forward(A_prev, W, b);
  if (activation === "sigmoid") {
    const [A, activation_cache] = sigmoid(np.negative(Z)); // 1 / (1 + e^z)
    return [A, [linear_cache, Z]];
  }
  const [A, activation_cache] = relu(Z);
  return [A, [linear_cache, activation_cache]];
}
