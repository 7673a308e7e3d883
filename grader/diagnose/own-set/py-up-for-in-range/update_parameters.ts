import * as np from "#np";
import type { Grads, Parameters } from "./dnn_utils";

export function update_parameters(params: Parameters, grads: Grads, learning_rate: number): Parameters {
  const parameters: Parameters = {};
  const L = Math.floor(Object.keys(params).length / 2);
  for l in range(1, L + 1) {
    parameters["W" + l] = np.subtract(params["W" + l], np.multiply(learning_rate, grads["dW" + l]));
    parameters["b" + l] = np.subtract(params["b" + l], np.multiply(learning_rate, grads["db" + l]));
  }
  return parameters;
}
