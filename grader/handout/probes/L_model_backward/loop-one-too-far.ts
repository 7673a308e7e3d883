// Probe for the handout's tapes (tapes.ts): the relu loop starts at l = L - 1 instead of L - 2, so it
// runs the output layer's cache backward through relu once more, which the solutions'
// linear_activation_backward answers with numpy's shape error; a handout must answer it the same way.
import * as np from "#np";
import type { NDArray } from "#np";
import type { Grads, LinearActivationCache } from "../../../../exercises/dnn_utils";
import { linear_activation_backward } from "./linear_activation_backward";

export function L_model_backward(AL: NDArray, Y: NDArray, caches: LinearActivationCache[]): Grads {
  const grads: Grads = {};
  const L = caches.length;
  Y = Y.reshape(AL.shape);
  const dAL = np.negative(np.subtract(np.divide(Y, AL), np.divide(np.subtract(1, Y), np.subtract(1, AL))));
  [grads[`dA${L - 1}`], grads[`dW${L}`], grads[`db${L}`]] = linear_activation_backward(dAL, caches[L - 1], "sigmoid");
  for (let l = L - 1; l >= 0; l--) {
    [grads[`dA${l}`], grads[`dW${l + 1}`], grads[`db${l + 1}`]] = linear_activation_backward(grads[`dA${l + 1}`], caches[l], "relu");
  }
  return grads;
}
