import * as np from "#np";
import type { Grads, Parameters } from "./dnn_utils";

/**
 * One step of gradient descent.
 *
 * @param params { W1, b1, ..., WL, bL } with W[l]: (n[l], n[l-1]), b[l]: (n[l], 1); left unchanged
 * @param grads { dW1, db1, ..., dWL, dbL, ... } from L_model_backward, shaped like the parameters
 * @param learning_rate α, the step size
 * @returns new parameters, only the W and b keys: W[l] = W[l] - α dW[l], b[l] = b[l] - α db[l]
 */
export function update_parameters(params: Parameters, grads: Grads, learning_rate: number): Parameters {
  // A fresh object of fresh arrays: the caller may reuse params (and the course's checker does)
  const parameters: Parameters = {};
  const L = Math.floor(Object.keys(params).length / 2); // number of layers: one W and one b each

  for (let l = 1; l <= L; l++) {
    parameters[`W${l}`] = np.subtract(params[`W${l}`], np.multiply(learning_rate, grads[`dW${l}`])); // W[l] - α dW[l]
    parameters[`b${l}`] = np.subtract(params[`b${l}`], np.multiply(learning_rate, grads[`db${l}`])); // b[l] - α db[l]
  }
  return parameters;
}
