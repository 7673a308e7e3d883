// Renamed in camelCase: the file compiles, but exports no function named linear_forward.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linearForward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  const Z = np.add(np.dot(W, A), b);
  return [Z, [A, W, b]];
}
