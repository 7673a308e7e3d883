import * as np from "#np";
import type { NDArray } from "#np";
import type { Grads, LinearActivationCache } from "./dnn_utils";
import { linear_activation_backward } from "./linear_activation_backward";
export function L_model_backward(AL: NDArray, Y: NDArray, caches: LinearActivationCache[]): Grads {
  const grads: Grads = {};
  const L = caches.length;
  const dAL = np.negative(np.subtract(np.divide(Y, AL), np.divide(np.subtract(1, Y), np.subtract(1, AL))));
  [grads["dA" + (L - 1)], grads["dW" + L], grads["db" + L]] = linear_activation_backward(dAL, caches[L - 1], "sigmoid");
  for (let l = L - 1; l >= 0; l--) {
    [grads["dA" + l], grads["dW" + (l + 1)], grads["db" + (l + 1)]] = linear_activation_backward(grads["dA" + (l + 1)], caches[l], "relu");
  }
  return grads;
}
