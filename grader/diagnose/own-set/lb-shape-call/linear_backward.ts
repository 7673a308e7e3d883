import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";
export function linear_backward(dZ: NDArray, cache: LinearCache): [NDArray, NDArray, NDArray] {
  const [A_prev, W, b] = cache;
  const m = A_prev.shape(1);
  const dW = np.multiply(1 / m, np.dot(dZ, A_prev.T));
  const db = np.multiply(1 / m, np.sum(dZ, { axis: 1, keepdims: true }));
  return [np.dot(W.T, dZ), dW, db];
}
