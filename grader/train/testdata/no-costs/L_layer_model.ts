// A student's L_layer_model that returns the parameters alone, without the costs.
import type { NDArray } from "#np";
import * as np from "#np";

export function L_layer_model(X: NDArray, Y: NDArray, layers_dims: number[]): Record<string, NDArray> {
  const parameters: Record<string, NDArray> = {};
  for (let layer = 1; layer < layers_dims.length; layer++) {
    parameters[`W${layer}`] = np.zeros([layers_dims[layer], layers_dims[layer - 1]]);
    parameters[`b${layer}`] = np.zeros([layers_dims[layer], 1]);
  }
  return parameters;
}
