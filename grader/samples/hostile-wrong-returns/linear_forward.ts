// Written as an async function: it returns a Promise, not [Z, cache]. And a promise left to
// reject unhandled: its stack shows in the case's output, with the student's file and line.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export async function linear_forward(A: NDArray, W: NDArray, b: NDArray): Promise<[NDArray, LinearCache]> {
  // YOUR CODE STARTS HERE
  const Z = np.add(np.dot(W, A), b);
  Promise.reject(new Error("forgotten promise"));
  // YOUR CODE ENDS HERE
  return [Z, [A, W, b]];
}
