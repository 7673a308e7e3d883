// The student's own linear_activation_forward, correct: graded with the reference linear_forward it
// passes; with the student's own linear_forward (which calls back into this one) it recurses forever.
import type { NDArray } from "#np";
import { relu, sigmoid } from "./dnn_utils";
import type { Activation, LinearActivationCache } from "./dnn_utils";
import { linear_forward } from "./linear_forward";

export function linear_activation_forward(A_prev: NDArray, W: NDArray, b: NDArray, activation: Activation): [NDArray, LinearActivationCache] {
  // YOUR CODE STARTS HERE
  const [Z, linear_cache] = linear_forward(A_prev, W, b);
  const [A, activation_cache] = activation === "sigmoid" ? sigmoid(Z) : relu(Z);
  // YOUR CODE ENDS HERE
  return [A, [linear_cache, activation_cache]];
}
