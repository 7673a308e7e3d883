// Catalogued mistake: the activation is skipped going backwards: dZ = dA instead of dA·g'(Z).
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
  const dZ = dA; // MISTAKE: sigmoid_backward(dA, Z) or relu_backward(dA, Z)
  const [dA_prev, dW, db] = linear_backward(dZ, linear_cache);
  return [dA_prev, dW, db];
}
