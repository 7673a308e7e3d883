// A student debugging a correct linear_forward: console.log of arrays must print what Python's
// print() prints (numpy's str), the form of every expected output in exercises/README.md.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  const Z = np.add(np.dot(W, A), b);
  console.log(Z);
  console.log("W =", W);
  console.log(`b is ${b}`);
  return [Z, [A, W, b]];
}
