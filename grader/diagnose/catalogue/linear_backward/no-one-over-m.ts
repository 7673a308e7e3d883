// Catalogued mistake: neither dW nor db is divided by m.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_backward(dZ: NDArray, cache: LinearCache): [dA_prev: NDArray, dW: NDArray, db: NDArray] {
  const [A_prev, W] = cache;
  const dW = np.dot(dZ, A_prev.T); // MISTAKE: (1/m) dZ·A_prevᵀ
  const db = np.sum(dZ, { axis: 1, keepdims: true }); // MISTAKE: (1/m) Σ
  const dA_prev = np.dot(W.T, dZ);
  return [dA_prev, dW, db];
}
