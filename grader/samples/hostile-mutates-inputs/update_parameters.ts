// Updates the parameters in place and returns the same object: the values are right, but the
// caller's parameters are changed. The course's checker fails this; here each call gets fresh
// copies of its inputs, so the case passes and the results note the mutation (mutated_args).
import * as np from "#np";
import type { Grads, Parameters } from "./dnn_utils";

export function update_parameters(parameters: Parameters, grads: Grads, learning_rate: number): Parameters {
  const L = Math.floor(Object.keys(parameters).length / 2);
  // YOUR CODE STARTS HERE
  for (let l = 1; l <= L; l++) {
    parameters[`W${l}`] = np.subtract(parameters[`W${l}`], np.multiply(learning_rate, grads[`dW${l}`]));
    parameters[`b${l}`] = np.subtract(parameters[`b${l}`], np.multiply(learning_rate, grads[`db${l}`]));
  }
  // YOUR CODE ENDS HERE
  return parameters;
}
