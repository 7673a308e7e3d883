// Catalogued mistake: db summed over axis 0 (the units) instead of axis 1 (the examples).
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_backward(dZ: NDArray, cache: LinearCache): [dA_prev: NDArray, dW: NDArray, db: NDArray] {
  const [A_prev, W] = cache;
  const m = A_prev.shape[1];
  const dW = np.multiply(1 / m, np.dot(dZ, A_prev.T));
  const db = np.multiply(1 / m, np.sum(dZ, { axis: 0, keepdims: true })); // MISTAKE: axis: 1
  const dA_prev = np.dot(W.T, dZ);
  return [dA_prev, dW, db];
}
