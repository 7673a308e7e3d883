// A real mistake, as a student types it: the if/else branches swapped (relu where sigmoid belongs).
// L_model_forward beside it is right: with this callee its output looks like L_model_forward's own
// "activations swapped" mistake, which the class dashboard must not list under L_model_forward.
import type { NDArray } from "#np";
import { relu, sigmoid } from "./dnn_utils";
import type { Activation, LinearActivationCache } from "./dnn_utils";
import { linear_forward } from "./linear_forward";

export function linear_activation_forward(A_prev: NDArray, W: NDArray, b: NDArray, activation: Activation): [NDArray, LinearActivationCache] {
  const [Z, linear_cache] = linear_forward(A_prev, W, b);
  let A: NDArray;
  let activation_cache: NDArray;
  if (activation === "relu") {
    [A, activation_cache] = sigmoid(Z);
  } else {
    [A, activation_cache] = relu(Z);
  }
  return [A, [linear_cache, activation_cache]];
}
