import type { NDArray } from "#np";
import { relu_backward, sigmoid_backward } from "./dnn_utils";
import type { Activation, LinearActivationCache } from "./dnn_utils";
import { linear_backward } from "./linear_backward";

/**
 * One layer's backward step: the twin of linear_activation_forward, run in reverse (ACTIVATION, then LINEAR).
 *
 * @param dA gradient of the cost with respect to A[l]: (n[l], m)
 * @param cache [linear_cache, Z] = [[A_prev, W, b], Z] from linear_activation_forward
 * @param activation "sigmoid" or "relu", the one this layer used going forward
 * @returns [dA_prev, dW, db] with dZ[l] = dA[l] * g'(Z[l]), then linear_backward(dZ[l]):
 *   dA_prev: (n[l-1], m), dW: (n[l], n[l-1]), db: (n[l], 1)
 */
export function linear_activation_backward(
  dA: NDArray,
  cache: LinearActivationCache,
  activation: Activation,
): [dA_prev: NDArray, dW: NDArray, db: NDArray] {
  const [linear_cache, activation_cache] = cache;
  // dZ[l] = dA[l] * g'(Z[l]): σ' = σ(1 - σ), relu' = 1 where Z > 0 else 0; the activation cache is Z
  const dZ = activation === "sigmoid" ? sigmoid_backward(dA, activation_cache) : relu_backward(dA, activation_cache);
  const [dA_prev, dW, db] = linear_backward(dZ, linear_cache); // through Z[l] = W[l]·A[l-1] + b[l]
  return [dA_prev, dW, db];
}
