import type { NDArray } from "#np";
import { relu_backward, sigmoid_backward } from "./dnn_utils";
import type { LinearActivationCache } from "./dnn_utils";
import { linear_backward } from "./linear_backward";
export function linear_activation_backward(dA: NDArray, cache: LinearActivationCache, activation: string): [NDArray, NDArray, NDArray] {
  const [linear_cache, activation_cache] = cache;
  const dZ = activation === "relu" ? relu_backward(dA, activation_cache) : sigmoid_backward(dA, activation_cache);
  const [dA_prev, dW, db] = linear_backward(dZ, linear_cache);
  return [dW, db, dA_prev];
}
