// Catalogued mistake: "sigmoid" goes through relu_backward and "relu" through sigmoid_backward.
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
  const dZ = activation === "sigmoid" ? relu_backward(dA, activation_cache) : sigmoid_backward(dA, activation_cache); // MISTAKE: swapped
  const [dA_prev, dW, db] = linear_backward(dZ, linear_cache);
  return [dA_prev, dW, db];
}
