// Catalogued mistake: L counted as the number of layers, then the loop stops before it: the last layer is missing.
import * as np from "#np";
import type { Parameters } from "./dnn_utils";

export function initialize_parameters_deep(layer_dims: number[]): Parameters {
  np.random.seed(3);
  const parameters: Parameters = {};
  const L = layer_dims.length - 1; // the number of layers, without the input...
  for (let l = 1; l < L; l++) { // MISTAKE: ...so the loop must run to l <= L
    parameters[`W${l}`] = np.multiply(np.random.randn(layer_dims[l], layer_dims[l - 1]), 0.01);
    parameters[`b${l}`] = np.zeros([layer_dims[l], 1]);
  }
  return parameters;
}
