// Catalogued mistake: Z = W·A, without the bias.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [Z: NDArray, cache: LinearCache] {
  const Z = np.dot(W, A); // MISTAKE: + b is missing
  const cache: LinearCache = [A, W, b];
  return [Z, cache];
}
