// Catalogued mistake (it throws on the course's cases): the factors of np.dot swapped, A·W: (n[l-1], m)·(n[l], n[l-1]) do not align.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [Z: NDArray, cache: LinearCache] {
  const Z = np.add(np.dot(A, W), b); // MISTAKE: np.dot(W, A)
  const cache: LinearCache = [A, W, b]; // what linear_backward needs to compute dA_prev, dW, db
  return [Z, cache];
}
