// Catalogued mistake (it throws on the course's cases): L counts the keys of parameters, W1, b1, W2, b2, ...: twice the number of layers.
import * as np from "#np";
import type { Grads, Parameters } from "./dnn_utils";

export function update_parameters(params: Parameters, grads: Grads, learning_rate: number): Parameters {
  // A fresh object of fresh arrays: the caller may reuse params (and the course's checker does)
  const parameters: Parameters = {};
  const L = Object.keys(params).length; // MISTAKE: two keys per layer, divide by 2

  for (let l = 1; l <= L; l++) {
    parameters[`W${l}`] = np.subtract(params[`W${l}`], np.multiply(learning_rate, grads[`dW${l}`])); // W[l] - α dW[l]
    parameters[`b${l}`] = np.subtract(params[`b${l}`], np.multiply(learning_rate, grads[`db${l}`])); // b[l] - α db[l]
  }
  return parameters;
}
