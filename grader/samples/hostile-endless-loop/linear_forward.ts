// A loop that never ends: the condition never changes. Only this function may time out, and what
// it printed before the loop must still reach the student; compute_cost, graded after it in a
// fresh process, must still pass.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  // YOUR CODE STARTS HERE
  let Z = np.dot(W, A);
  let i = 0;
  console.log(`starting the loop, Z has shape (${Z.shape})`);
  while (i < 10) {
    Z = np.add(Z, np.multiply(0, b)); // forgot i++
  }
  // YOUR CODE ENDS HERE
  return [Z, [A, W, b]];
}
