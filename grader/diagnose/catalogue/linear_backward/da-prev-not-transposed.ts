// Catalogued mistake (it throws on the course's cases): dA_prev = W·dZ without the transpose: (n[l], n[l-1])·(n[l], m) do not align.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_backward(dZ: NDArray, cache: LinearCache): [dA_prev: NDArray, dW: NDArray, db: NDArray] {
  const [A_prev, W] = cache; // b is not needed: Z moves with b at slope 1, so db is just dZ summed
  const m = A_prev.shape[1]; // number of examples: the cost averages over them, hence the 1/m

  const dW = np.multiply(1 / m, np.dot(dZ, A_prev.T)); // dW = (1/m) dZ·A_prevᵀ, the average over examples
  const db = np.multiply(1 / m, np.sum(dZ, { axis: 1, keepdims: true })); // db = (1/m) Σ_columns dZ, kept (n[l], 1)
  const dA_prev = np.dot(W, dZ); // MISTAKE: np.dot(W.T, dZ)
  return [dA_prev, dW, db];
}
