// Throws values that have no message at all: null here, undefined in another path.
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_backward(dZ: NDArray, cache: LinearCache): [NDArray, NDArray, NDArray] {
  // YOUR CODE STARTS HERE
  if (cache.length === 3) throw null;
  throw undefined;
  // YOUR CODE ENDS HERE
}
