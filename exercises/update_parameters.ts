import * as np from "#np";
import { NotImplementedError } from "./dnn_utils";
import type { Grads, Parameters } from "./dnn_utils";

/**
 * One step of gradient descent.
 *
 * @param params { W1, b1, ..., WL, bL } with W[l]: (n[l], n[l-1]), b[l]: (n[l], 1); must not change
 * @param grads { dW1, db1, ..., dWL, dbL, ... } from L_model_backward, shaped like the parameters
 * @param learning_rate α, the step size
 * @returns new parameters, only the W and b keys: W[l] = W[l] - α dW[l], b[l] = b[l] - α db[l]
 *
 * For l = 1 .. L, store the new arrays in `parameters` (np.subtract, np.multiply make new arrays;
 * never write into params' own arrays: the caller may reuse them), then return parameters.
 */
export function update_parameters(params: Parameters, grads: Grads, learning_rate: number): Parameters {
  const parameters: Parameters = {}; // a fresh object: params itself must not change
  const L = Math.floor(Object.keys(params).length / 2); // number of layers: one W and one b each

  // YOUR CODE STARTS HERE
  throw new NotImplementedError("update_parameters");
  // YOUR CODE ENDS HERE
}
