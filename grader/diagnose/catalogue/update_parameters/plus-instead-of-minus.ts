// Catalogued mistake: the step goes up the gradient (+) instead of down (-), so the cost grows.
import * as np from "#np";
import type { Grads, Parameters } from "./dnn_utils";

export function update_parameters(params: Parameters, grads: Grads, learning_rate: number): Parameters {
  const parameters: Parameters = {};
  const L = Math.floor(Object.keys(params).length / 2);
  for (let l = 1; l <= L; l++) {
    parameters[`W${l}`] = np.add(params[`W${l}`], np.multiply(learning_rate, grads[`dW${l}`])); // MISTAKE: np.subtract
    parameters[`b${l}`] = np.add(params[`b${l}`], np.multiply(learning_rate, grads[`db${l}`])); // MISTAKE: np.subtract
  }
  return parameters;
}
