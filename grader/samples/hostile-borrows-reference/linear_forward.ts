// Borrows the answer through a sibling exercise: linear_activation_forward's cache holds Z. While
// linear_forward is graded on its own, siblings resolve to the course's reference versions only for
// the functions linear_forward calls (none), so this is the student's own linear_activation_forward,
// which calls this linear_forward back: the recursion never ends and the case is an error.
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";
import { linear_activation_forward } from "./linear_activation_forward";

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  // YOUR CODE STARTS HERE
  const [, [linear_cache, Z]] = linear_activation_forward(A, W, b, "sigmoid");
  // YOUR CODE ENDS HERE
  return [Z, linear_cache];
}
