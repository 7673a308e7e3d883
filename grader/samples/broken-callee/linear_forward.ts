// A real mistake, as a student types it: the product written A^T·W^T (Z comes out transposed).
// linear_activation_forward and L_model_forward beside it are right: they fail only through it,
// and the grader must send the student to linear_forward, not to linear_activation_forward.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  const Z = np.add(np.dot(A.T, W.T), b.T);
  return [Z, [A, W, b]];
}
