// Catalogued mistake: relu for the output layer and sigmoid for the hidden layers.
import * as np from "#np";
import type { NDArray } from "#np";
import type { Grads, LinearActivationCache } from "./dnn_utils";
import { linear_activation_backward } from "./linear_activation_backward";

export function L_model_backward(AL: NDArray, Y: NDArray, caches: LinearActivationCache[]): Grads {
  const grads: Grads = {};
  const L = caches.length;
  Y = Y.reshape(AL.shape);
  const dAL = np.negative(np.subtract(np.divide(Y, AL), np.divide(np.subtract(1, Y), np.subtract(1, AL))));
  const [dA_prev_L, dW_L, db_L] = linear_activation_backward(dAL, caches[L - 1], "relu"); // MISTAKE: "sigmoid"
  grads[`dA${L - 1}`] = dA_prev_L;
  grads[`dW${L}`] = dW_L;
  grads[`db${L}`] = db_L;
  for (let l = L - 2; l >= 0; l--) {
    const [dA_prev, dW, db] = linear_activation_backward(grads[`dA${l + 1}`], caches[l], "sigmoid"); // MISTAKE: "relu"
    grads[`dA${l}`] = dA_prev;
    grads[`dW${l + 1}`] = dW;
    grads[`db${l + 1}`] = db;
  }
  return grads;
}
