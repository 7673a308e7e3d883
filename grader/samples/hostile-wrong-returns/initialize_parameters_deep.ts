// Returns arrays whose shape was edited by hand: it claims the right shape, the data is empty.
// Also a self-referencing object. Neither may pass.
import * as np from "#np";
import type { Parameters } from "./dnn_utils";

export function initialize_parameters_deep(layer_dims: number[]): Parameters {
  const parameters: Parameters = {};
  // YOUR CODE STARTS HERE
  for (let l = 1; l < layer_dims.length; l++) {
    const W = np.zeros([1, 1]);
    const b = np.zeros([1, 1]);
    (W as unknown as { shape: number[] }).shape = [layer_dims[l], layer_dims[l - 1]];
    (W as unknown as { data: Float64Array }).data = new Float64Array(0);
    (b as unknown as { shape: number[] }).shape = [layer_dims[l], 1];
    (b as unknown as { data: Float64Array }).data = new Float64Array(0);
    parameters[`W${l}`] = W;
    parameters[`b${l}`] = b;
  }
  // YOUR CODE ENDS HERE
  return parameters;
}
