// Catalogued mistake: the relu derivative written by hand as 0 where Z < 0, which keeps dA where Z is exactly 0.
import * as np from "#np";
import type { NDArray } from "#np";
import { relu, relu_backward, sigmoid, sigmoid_backward } from "./dnn_utils";
import type { Activation, LinearActivationCache } from "./dnn_utils";
import { linear_backward } from "./linear_backward";

export function linear_activation_backward(
  dA: NDArray,
  cache: LinearActivationCache,
  activation: Activation,
): [dA_prev: NDArray, dW: NDArray, db: NDArray] {
  const [linear_cache, activation_cache] = cache;
  const dZ = activation === "sigmoid"
    ? sigmoid_backward(dA, activation_cache)
    : np.where(np.less(activation_cache, 0), 0, dA); // MISTAKE: 0 where Z <= 0
  const [dA_prev, dW, db] = linear_backward(dZ, linear_cache);
  return [dA_prev, dW, db];
}
