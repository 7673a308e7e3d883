import * as np from "#np";
import { NotImplementedError } from "./dnn_utils";
import type { Parameters } from "./dnn_utils";

/**
 * Parameters of an L-layer network.
 *
 * @param layer_dims sizes [n[0], n[1], ..., n[L]], the input size first: it describes L = layer_dims.length - 1 layers
 * @returns { W1, b1, ..., WL, bL } with W[l]: (n[l], n[l-1]) and b[l]: (n[l], 1)
 *
 * For l = 1 .. layer_dims.length - 1, in that order:
 *   parameters[`W${l}`] = randn(n[l], n[l-1]) * 0.01   (one np.random.randn call per layer)
 *   parameters[`b${l}`] = zeros (n[l], 1)               (draws nothing)
 * Then return parameters.
 */
export function initialize_parameters_deep(layer_dims: number[]): Parameters {
  np.random.seed(3); // keep this line: the expected output depends on it
  const parameters: Parameters = {};
  const L = layer_dims.length; // number of layers in the network, counting the input layer

  // YOUR CODE STARTS HERE
  throw new NotImplementedError("initialize_parameters_deep");
  // YOUR CODE ENDS HERE
}
