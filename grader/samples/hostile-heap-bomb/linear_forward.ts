// A heap bomb: keeps every intermediate array forever. The V8 heap cap ends the process
// ("ran out of memory"); compute_cost is then graded in a fresh process and passes.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

const history: number[][] = [];

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  // YOUR CODE STARTS HERE
  console.log("caching every intermediate result");
  for (;;) history.push(new Array(10_000_000).fill(history.length + 0.5));
  // YOUR CODE ENDS HERE
}
