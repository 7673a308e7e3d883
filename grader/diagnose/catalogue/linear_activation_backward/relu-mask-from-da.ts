// Catalogued mistake: the relu derivative written by hand with the mask taken from dA instead of Z.
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
    : np.where(np.greater(dA, 0), dA, 0); // MISTAKE: the mask is Z > 0
  const [dA_prev, dW, db] = linear_backward(dZ, linear_cache);
  return [dA_prev, dW, db];
}
