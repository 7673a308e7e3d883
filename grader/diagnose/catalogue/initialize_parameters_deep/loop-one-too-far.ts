// Catalogued mistake (it throws on the course's cases): the loop runs to l = L, where layer_dims[L] does not exist.
import * as np from "#np";
import type { Parameters } from "./dnn_utils";

export function initialize_parameters_deep(layer_dims: number[]): Parameters {
  np.random.seed(3); // fixed by the course, so that everyone's weights match the expected output
  const parameters: Parameters = {};
  const L = layer_dims.length; // number of layers in the network, counting the input layer

  for (let l = 1; l <= L; l++) { // MISTAKE: l < L, layer_dims counts the input layer
    // W[l] ~ 0.01·N(0, 1), (n[l], n[l-1]): one randn call per layer, in order, so the draws line up
    parameters[`W${l}`] = np.multiply(np.random.randn(layer_dims[l], layer_dims[l - 1]), 0.01);
    // b[l] = 0, (n[l], 1): draws nothing
    parameters[`b${l}`] = np.zeros([layer_dims[l], 1]);
  }
  return parameters;
}
