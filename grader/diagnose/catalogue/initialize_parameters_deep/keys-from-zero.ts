// Catalogued mistake: the layers are numbered from 0, so the keys are W0, b0, ... instead of W1, b1, ...
import * as np from "#np";
import type { Parameters } from "./dnn_utils";

export function initialize_parameters_deep(layer_dims: number[]): Parameters {
  np.random.seed(3);
  const parameters: Parameters = {};
  const L = layer_dims.length;
  for (let l = 0; l < L - 1; l++) {
    // MISTAKE: the weights of layer l + 1 stored under W{l}
    parameters[`W${l}`] = np.multiply(np.random.randn(layer_dims[l + 1], layer_dims[l]), 0.01);
    parameters[`b${l}`] = np.zeros([layer_dims[l + 1], 1]);
  }
  return parameters;
}
