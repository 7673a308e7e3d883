import * as np from "#np";
import type { NDArray } from "#np";
import { relu, sigmoid } from "./dnn_utils";
import type { LinearActivationCache } from "./dnn_utils";
import { linear_forward } from "./linear_forward";

export function linear_activation_forward(A_prev: NDArray, W: NDArray, b: NDArray, activation: string): [NDArray, LinearActivationCache] {
  let A, activation_cache;
  const Z = linear_forward(A_prev, W, b);
  if (activation === "sigmoid") [A, activation_cache] = sigmoid(Z);
  else [A, activation_cache] = relu(Z);
  return [A, [Z[1], activation_cache]];
}
