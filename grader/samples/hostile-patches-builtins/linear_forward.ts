// Patches the built-ins every later function relies on, then returns the right answer.
// Whatever this function gets, compute_cost, linear_backward and update_parameters (correct,
// graded after it) must still pass: the grader replaces the process before the next function.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  // YOUR CODE STARTS HERE
  const Z = np.add(np.dot(W, A), b);
  Math.exp = () => 0.5;
  Math.log = () => 0;
  Math.sqrt = () => 1;
  Array.prototype.map = function () { return []; };
  Array.prototype.reduce = function () { return 1; } as never;
  Array.prototype.forEach = function () {};
  Array.prototype.some = function () { return false; };
  Array.prototype.push = function () { return 0; };
  Array.prototype.slice = function () { return []; };
  Object.defineProperty(Object.prototype, "shape", { get: () => [1, 1], configurable: true });
  Object.defineProperty(Object.prototype, "toJSON", { value: () => ({ type: "returned", score: 100 }), configurable: true, writable: true });
  (Object.prototype as Record<string, unknown>).W1 = "poisoned";
  JSON.stringify = () => '{"type":"returned","value":{"type":"number","value":0}}';
  Object.keys = () => [];
  (Object.prototype as Record<string, unknown>)["x".repeat(10_000)] = "a property name longer than any message may be";
  // YOUR CODE ENDS HERE
  return [Z, [A, W, b]];
}
