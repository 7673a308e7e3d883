// Catalogued mistake (it throws on the course's cases): linear_forward returns [Z, linear_cache], and the whole pair is given to the activation.
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
  const Z = linear_forward(A_prev, W, b); // MISTAKE: const [Z, linear_cache] = ...
  const linear_cache = Z[1];
  // A[l] = g(Z[l]), g = σ(z) = 1 / (1 + e^-z) or relu(z) = max(0, z); the activation cache is Z
  // @ts-expect-error: the student's editor underlines it; grading does not type-check
  const [A, activation_cache] = activation === "sigmoid" ? sigmoid(Z) : relu(Z);
  const cache: LinearActivationCache = [linear_cache, activation_cache];
  return [A, cache];
}
