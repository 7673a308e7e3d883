// Catalogued mistake (it throws on the course's cases): the relu loop starts at the output layer again, where dA[L] was never computed.
import * as np from "#np";
import type { NDArray } from "#np";
import type { Grads, LinearActivationCache } from "./dnn_utils";
import { linear_activation_backward } from "./linear_activation_backward";

export function L_model_backward(AL: NDArray, Y: NDArray, caches: LinearActivationCache[]): Grads {
  const grads: Grads = {};
  const L = caches.length; // number of layers
  Y = Y.reshape(AL.shape); // after this line, Y is the same shape as AL

  // dAL = ∂J/∂AL for cross-entropy: -(Y/AL - (1-Y)/(1-AL)), elementwise
  const dAL = np.negative(np.subtract(np.divide(Y, AL), np.divide(np.subtract(1, Y), np.subtract(1, AL))));

  // Output layer L (sigmoid): dAL -> dA(L-1), dWL, dbL
  const [dA_prev_L, dW_L, db_L] = linear_activation_backward(dAL, caches[L - 1], "sigmoid");
  grads[`dA${L - 1}`] = dA_prev_L;
  grads[`dW${L}`] = dW_L;
  grads[`db${L}`] = db_L;

  // Hidden layers l+1 = L-1 .. 1 (relu): dA(l+1) -> dA(l), dW(l+1), db(l+1); caches[l] is layer l+1
  for (let l = L - 1; l >= 0; l--) { // MISTAKE: l = L - 2; layer L is done before the loop
    const [dA_prev, dW, db] = linear_activation_backward(grads[`dA${l + 1}`], caches[l], "relu");
    grads[`dA${l}`] = dA_prev;
    grads[`dW${l + 1}`] = dW;
    grads[`db${l + 1}`] = db;
  }
  return grads;
}
