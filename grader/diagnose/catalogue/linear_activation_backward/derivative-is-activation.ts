// Catalogued mistake: dZ = dA·g(Z), the activation itself, instead of dA·g'(Z), its derivative.
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
  const [g] = activation === "sigmoid" ? sigmoid(activation_cache) : relu(activation_cache);
  const dZ = np.multiply(dA, g); // MISTAKE: g'(Z): sigmoid_backward or relu_backward
  const [dA_prev, dW, db] = linear_backward(dZ, linear_cache);
  return [dA_prev, dW, db];
}
