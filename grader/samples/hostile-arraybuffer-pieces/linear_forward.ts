// Keeps 128 MB buffers until 8 GB are held, each touched. No single allocation is large: the
// memory cap (prlimit --data counts every writable mapping, touched or not) makes one of them fail
// with a RangeError near 3 GB, an error of this function only; the machine never swaps.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

const held: Float64Array[] = [];

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  // YOUR CODE STARTS HERE
  while (held.length < 64) {
    const piece = new Float64Array(16 * 1024 * 1024);
    piece[piece.length - 1] = held.length;
    held.push(piece);
  }
  const Z = np.add(np.dot(W, A), b);
  // YOUR CODE ENDS HERE
  return [Z, [A, W, b]];
}
