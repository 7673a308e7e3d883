import * as np from "#np";
import type { NDArray } from "#np";
import { relu_backward, sigmoid_backward } from "./dnn_utils";
import type { LinearActivationCache } from "./dnn_utils";
import { linear_backward } from "./linear_backward";

export function linear_activation_backward(dA: NDArray, cache: LinearActivationCache, activation: string): [NDArray, NDArray, NDArray] {
  const [linear_cache, activation_cache] = cache;
  let dZ;
  if (activation === "relu") dZ = relu_backward(dA, cache);
  else dZ = sigmoid_backward(dA, cache);
  return linear_backward(dZ, linear_cache);
}
