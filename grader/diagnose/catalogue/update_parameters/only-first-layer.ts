// Catalogued mistake: the parameters are copied, then only layer 1 is updated; the other layers keep their old values.
import * as np from "#np";
import type { Grads, Parameters } from "./dnn_utils";

export function update_parameters(params: Parameters, grads: Grads, learning_rate: number): Parameters {
  const parameters: Parameters = { ...params };
  // MISTAKE: every layer l = 1 .. L needs the update, in a loop
  parameters.W1 = np.subtract(params.W1, np.multiply(learning_rate, grads.dW1));
  parameters.b1 = np.subtract(params.b1, np.multiply(learning_rate, grads.db1));
  return parameters;
}
