// Catalogued mistake: dW is not divided by m (db is).
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_backward(dZ: NDArray, cache: LinearCache): [dA_prev: NDArray, dW: NDArray, db: NDArray] {
  const [A_prev, W] = cache;
  const m = A_prev.shape[1];
  const dW = np.dot(dZ, A_prev.T); // MISTAKE: (1/m) dZ·A_prevᵀ
  const db = np.multiply(1 / m, np.sum(dZ, { axis: 1, keepdims: true }));
  const dA_prev = np.dot(W.T, dZ);
  return [dA_prev, dW, db];
}
