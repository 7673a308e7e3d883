// Catalogued mistake: the gradient subtracted without the learning rate: W - dW instead of W - α dW.
import * as np from "#np";
import type { Grads, Parameters } from "./dnn_utils";

export function update_parameters(params: Parameters, grads: Grads, learning_rate: number): Parameters {
  const parameters: Parameters = {};
  const L = Math.floor(Object.keys(params).length / 2);
  for (let l = 1; l <= L; l++) {
    parameters[`W${l}`] = np.subtract(params[`W${l}`], grads[`dW${l}`]); // MISTAKE: learning_rate · dW
    parameters[`b${l}`] = np.subtract(params[`b${l}`], grads[`db${l}`]); // MISTAKE: learning_rate · db
  }
  return parameters;
}
