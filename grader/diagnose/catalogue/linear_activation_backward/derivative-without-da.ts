// Catalogued mistake: the chain rule stops at g'(Z): dZ = g'(Z) instead of dA·g'(Z).
import * as np from "#np";
import type { NDArray } from "#np";
import { sigmoid } from "./dnn_utils";
import type { Activation, LinearActivationCache } from "./dnn_utils";
import { linear_backward } from "./linear_backward";

export function linear_activation_backward(
  dA: NDArray,
  cache: LinearActivationCache,
  activation: Activation,
): [dA_prev: NDArray, dW: NDArray, db: NDArray] {
  const [linear_cache, activation_cache] = cache;
  const [s] = sigmoid(activation_cache);
  // MISTAKE: dZ = dA·g'(Z); the dA factor is missing
  const dZ = activation === "sigmoid" ? np.multiply(s, np.subtract(1, s)) : np.greater(activation_cache, 0);
  const [dA_prev, dW, db] = linear_backward(dZ, linear_cache);
  return [dA_prev, dW, db];
}
