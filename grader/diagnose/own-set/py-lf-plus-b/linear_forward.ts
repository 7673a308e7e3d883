import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  const Z = np.dot(W, A) + b;
  const cache: LinearCache = [A, W, b];
  return [Z, cache];
}
