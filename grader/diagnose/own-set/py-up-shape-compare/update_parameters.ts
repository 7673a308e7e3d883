import * as np from "#np";
import type { Grads, Parameters } from "./dnn_utils";

export function update_parameters(params: Parameters, grads: Grads, learning_rate: number): Parameters {
  const parameters: Parameters = {};
  const L = Math.floor(Object.keys(params).length / 2);
  for (let l = 1; l <= L; l++) {
    if (grads["dW" + l].shape != params["W" + l].shape) throw new Error("dW and W must have the same shape");
    parameters["W" + l] = np.subtract(params["W" + l], np.multiply(learning_rate, grads["dW" + l]));
    parameters["b" + l] = np.subtract(params["b" + l], np.multiply(learning_rate, grads["db" + l]));
  }
  return parameters;
}
