import type { NDArray } from "#np";
import { NotImplementedError, relu_backward, sigmoid_backward } from "./dnn_utils";
import type { Activation, LinearActivationCache } from "./dnn_utils";
import { linear_backward } from "./linear_backward";

/**
 * One layer's backward step: the twin of linear_activation_forward, run in reverse (ACTIVATION, then LINEAR).
 *
 * @param dA gradient of the cost with respect to A[l]: (n[l], m)
 * @param cache [linear_cache, Z] = [[A_prev, W, b], Z] from linear_activation_forward
 * @param activation "sigmoid" or "relu", the one this layer used going forward
 * @returns [dA_prev, dW, db]: dA_prev: (n[l-1], m), dW: (n[l], n[l-1]), db: (n[l], 1)
 *
 * 1. dZ = sigmoid_backward(dA, activation_cache) or relu_backward(dA, activation_cache), by `activation`
 *    (both given in dnn_utils): dZ[l] = dA[l] * g'(Z[l])
 * 2. [dA_prev, dW, db] = linear_backward(dZ, linear_cache), and return them
 */
export function linear_activation_backward(
  dA: NDArray,
  cache: LinearActivationCache,
  activation: Activation,
): [dA_prev: NDArray, dW: NDArray, db: NDArray] {
  const [linear_cache, activation_cache] = cache;

  // YOUR CODE STARTS HERE
  throw new NotImplementedError("linear_activation_backward");
  // YOUR CODE ENDS HERE
}
