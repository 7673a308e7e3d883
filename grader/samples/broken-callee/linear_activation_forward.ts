import type { NDArray } from "#np";
import { relu, sigmoid } from "./dnn_utils";
import type { Activation, LinearActivationCache } from "./dnn_utils";
import { linear_forward } from "./linear_forward";

/**
 * One layer's forward step: LINEAR -> ACTIVATION.
 *
 * @param A_prev activations of the previous layer (or the input X), A[l-1]: (n[l-1], m)
 * @param W weights W[l]: (n[l], n[l-1])
 * @param b bias b[l]: (n[l], 1)
 * @param activation "sigmoid" or "relu"
 * @returns [A, cache] with A[l] = g(Z[l]): (n[l], m), and cache = [linear_cache, Z] = [[A_prev, W, b], Z]
 */
export function linear_activation_forward(
  A_prev: NDArray,
  W: NDArray,
  b: NDArray,
  activation: Activation,
): [A: NDArray, cache: LinearActivationCache] {
  const [Z, linear_cache] = linear_forward(A_prev, W, b); // Z[l] = W[l]·A[l-1] + b[l]
  // A[l] = g(Z[l]), g = σ(z) = 1 / (1 + e^-z) or relu(z) = max(0, z); the activation cache is Z
  const [A, activation_cache] = activation === "sigmoid" ? sigmoid(Z) : relu(Z);
  const cache: LinearActivationCache = [linear_cache, activation_cache];
  return [A, cache];
}
