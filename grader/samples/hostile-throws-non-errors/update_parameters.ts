// An Error whose message and name are booby-trapped getters that throw themselves: the grader
// must still report an error of this function, not hang or blame the next one.
import type { Grads, Parameters } from "./dnn_utils";

export function update_parameters(parameters: Parameters, grads: Grads, learning_rate: number): Parameters {
  // YOUR CODE STARTS HERE
  const error = new Error("unreachable");
  Object.defineProperty(error, "message", { get() { throw new Error("gotcha"); } });
  Object.defineProperty(error, "name", { get() { throw error; } });
  Object.defineProperty(error, "stack", { get() { throw error; } });
  throw error;
  // YOUR CODE ENDS HERE
}
