// A real mistake: dW and db without the 1/m average over the examples.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_backward(dZ: NDArray, cache: LinearCache): [NDArray, NDArray, NDArray] {
  const [A_prev, W] = cache;
  const dW = np.dot(dZ, A_prev.T);
  const db = np.sum(dZ, { axis: 1, keepdims: true });
  const dA_prev = np.dot(W.T, dZ);
  return [dA_prev, dW, db];
}
