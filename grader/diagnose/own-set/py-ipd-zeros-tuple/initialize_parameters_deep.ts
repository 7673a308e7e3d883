import * as np from "#np";
import type { Parameters } from "./dnn_utils";

export function initialize_parameters_deep(layer_dims: number[]): Parameters {
  np.random.seed(3);
  const parameters: Parameters = {};
  const L = layer_dims.length;
  for (let l = 1; l < L; l++) {
    parameters["W" + l] = np.multiply(np.random.randn(layer_dims[l], layer_dims[l - 1]), 0.01);
    parameters["b" + l] = np.zeros((layer_dims[l], 1));
  }
  return parameters;
}
