// Grows a WebAssembly memory 64 MB at a time towards its declared 4 GB. V8 reserves guard regions
// of address space for it (no memory); the pages it grows into are writable memory, which the cap
// (prlimit --data) stops near 3 GB with a RangeError: an error of this function only.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  // YOUR CODE STARTS HERE
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 65536 });
  while (memory.buffer.byteLength < 4 * 1024 ** 3 - 64 * 1024 ** 2) memory.grow(1024);
  const Z = np.add(np.dot(W, A), b);
  // YOUR CODE ENDS HERE
  return [Z, [A, W, b]];
}
