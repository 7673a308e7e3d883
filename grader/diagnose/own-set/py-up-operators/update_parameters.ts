import * as np from "#np";
import type { Grads, Parameters } from "./dnn_utils";
export function update_parameters(params: Parameters, grads: Grads, learning_rate: number): Parameters {
  const parameters: Parameters = {};
  const L = Math.floor(Object.keys(params).length / 2);
  for (let l = 1; l <= L; l++) {
    parameters["W" + l] = params["W" + l] - learning_rate * grads["dW" + l];
    parameters["b" + l] = params["b" + l] - learning_rate * grads["db" + l];
  }
  return parameters;
}
