import * as np from "#np";
import type { NDArray } from "#np";
import type { Grads, LinearActivationCache } from "./dnn_utils";
import { linear_activation_backward } from "./linear_activation_backward";

export function L_model_backward(AL: NDArray, Y: NDArray, caches: LinearActivationCache[]): Grads {
  const grads: Grads = {};
  const L = caches.length;
  const dAL = np.negative(np.subtract(np.divide(Y, AL), np.divide(np.subtract(1, Y), np.subtract(1, AL))));
  const current_cache = caches[-1];
  const [dA_prev, dW, db] = linear_activation_backward(dAL, current_cache, "sigmoid");
  grads["dA" + (L - 1)] = dA_prev;
  grads["dW" + L] = dW;
  grads["db" + L] = db;
  for (let l = L - 2; l >= 0; l--) {
    const [dA_prev_temp, dW_temp, db_temp] = linear_activation_backward(grads["dA" + (l + 1)], caches[l], "relu");
    grads["dA" + l] = dA_prev_temp;
    grads["dW" + (l + 1)] = dW_temp;
    grads["db" + (l + 1)] = db_temp;
  }
  return grads;
}
