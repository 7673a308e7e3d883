import * as np from "#np";
import type { NDArray } from "#np";
import { relu_backward } from "./dnn_utils";
import type { LinearActivationCache } from "./dnn_utils";
import { linear_backward } from "./linear_backward";

export function linear_activation_backward(dA: NDArray, cache: LinearActivationCache, activation: string): [NDArray, NDArray, NDArray] {
  const [linear_cache, activation_cache] = cache;
  let dZ: NDArray;
  if (activation === "sigmoid") {
    const s = activation_cache;
    dZ = np.multiply(dA, np.multiply(s, np.subtract(1, s))); // sigmoid'(z) = s(1-s)
  } else {
    dZ = relu_backward(dA, activation_cache);
  }
  return linear_backward(dZ, linear_cache);
}
