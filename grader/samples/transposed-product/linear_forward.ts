// A real mistake: the product written A^T·W^T, which gives Z transposed: (m, n[l]) instead of (n[l], m).
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  const Z = np.add(np.dot(A.T, W.T), b);
  return [Z, [A, W, b]];
}
