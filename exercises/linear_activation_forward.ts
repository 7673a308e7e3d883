import type { NDArray } from "#np";
import { NotImplementedError, relu, sigmoid } from "./dnn_utils";
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
 *
 * 1. [Z, linear_cache] = linear_forward(A_prev, W, b)
 * 2. [A, activation_cache] = sigmoid(Z) or relu(Z), by `activation` (both given in dnn_utils)
 * 3. return [A, [linear_cache, activation_cache]]
 */
export function linear_activation_forward(
  A_prev: NDArray,
  W: NDArray,
  b: NDArray,
  activation: Activation,
): [A: NDArray, cache: LinearActivationCache] {
  // YOUR CODE STARTS HERE
  throw new NotImplementedError("linear_activation_forward");
  // YOUR CODE ENDS HERE
}
