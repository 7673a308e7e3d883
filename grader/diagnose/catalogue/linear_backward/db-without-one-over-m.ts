// Catalogued mistake: db is not divided by m (dW is).
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_backward(dZ: NDArray, cache: LinearCache): [dA_prev: NDArray, dW: NDArray, db: NDArray] {
  const [A_prev, W] = cache;
  const m = A_prev.shape[1];
  const dW = np.multiply(1 / m, np.dot(dZ, A_prev.T));
  const db = np.sum(dZ, { axis: 1, keepdims: true }); // MISTAKE: (1/m) Σ
  const dA_prev = np.dot(W.T, dZ);
  return [dA_prev, dW, db];
}
