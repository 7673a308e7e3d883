// An endless loop in linear_forward, which linear_activation_forward and L_model_forward (both right)
// call: they are graded with the reference linear_forward and pass; with the student's own, every
// case would run out of time, costing the limit each for nothing that changes the score: not run.
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
