// Gets node:fs with a dynamic import whose name is computed, so the bundler cannot see it, and
// tries to leave marker files in /tmp and in the project folder. The permission model refuses.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

type Fs = { writeFileSync(path: string, data: string): void };
const fs = (process as unknown as { getBuiltinModule(id: string): unknown }).getBuiltinModule(["node", "fs"].join(":")) as unknown as Fs;

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  // YOUR CODE STARTS HERE
  fs.writeFileSync("/tmp/hostile-marker-linear_forward", "written by linear_forward");
  const Z = np.add(np.dot(W, A), b);
  // YOUR CODE ENDS HERE
  return [Z, [A, W, b]];
}
