import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

/**
 * The linear part of a layer's backward step: the twin of linear_forward (Z[l] = W[l]·A[l-1] + b[l]).
 *
 * @param dZ gradient of the cost with respect to Z[l]: (n[l], m)
 * @param cache [A_prev, W, b] from linear_forward: A[l-1]: (n[l-1], m), W[l]: (n[l], n[l-1]), b[l]: (n[l], 1)
 * @returns [dA_prev, dW, db], each shaped like what it differentiates:
 *   dW[l] = (1/m) dZ[l]·A[l-1]ᵀ: (n[l], n[l-1]), db[l] = (1/m) Σ_columns dZ[l]: (n[l], 1),
 *   dA[l-1] = W[l]ᵀ·dZ[l]: (n[l-1], m)
 */
export function linear_backward(dZ: NDArray, cache: LinearCache): [dA_prev: NDArray, dW: NDArray, db: NDArray] {
  const [A_prev, W] = cache; // b is not needed: Z moves with b at slope 1, so db is just dZ summed
  const m = A_prev.shape[1]; // number of examples: the cost averages over them, hence the 1/m

  const dW = np.multiply(1 / m, np.dot(dZ, A_prev.T)); // dW = (1/m) dZ·A_prevᵀ, the average over examples
  const db = np.multiply(1 / m, np.sum(dZ, { axis: 1, keepdims: true })); // db = (1/m) Σ_columns dZ, kept (n[l], 1)
  const dA_prev = np.dot(W.T, dZ); // dA_prev = Wᵀ·dZ, per example: no 1/m here
  return [dA_prev, dW, db];
}
