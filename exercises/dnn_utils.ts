/**
 * Given helpers (not graded) and the types every exercise shares.
 *
 * Use them as they are: the activations and their backward functions, exactly as the course
 * provides them, and the shapes of the caches that travel from the forward pass to the backward one.
 */
import * as np from "#np";
import type { NDArray } from "#np";

/** What linear_forward remembers for linear_backward: (A_prev, W, b). */
export type LinearCache = [A_prev: NDArray, W: NDArray, b: NDArray];

/** What linear_activation_forward remembers: (linear_cache, Z), Z being the activation cache. */
export type LinearActivationCache = [linear_cache: LinearCache, activation_cache: NDArray];

/** Hidden layers use "relu", the output layer "sigmoid". */
export type Activation = "sigmoid" | "relu";

/** Weights and biases keyed W1, b1, ..., WL, bL: W[l] is (n[l], n[l-1]), b[l] is (n[l], 1). */
export type Parameters = Record<string, NDArray>;

/** Gradients keyed dA0 ... dA(L-1), dW1 ... dWL, db1 ... dbL, each shaped like what it differentiates. */
export type Grads = Record<string, NDArray>;

/**
 * What every stub throws until it is written. The grader recognises it by its `name` and reports
 * the function as "not attempted" instead of as a crash.
 */
export class NotImplementedError extends Error {
  override name = "NotImplementedError";

  constructor(functionName: string) {
    super(
      `${functionName} is not implemented yet: write it between YOUR CODE STARTS HERE and YOUR CODE ENDS HERE`,
    );
  }
}

/**
 * Sigmoid activation, elementwise.
 *
 * @param Z any shape
 * @returns [A = 1 / (1 + e^-Z), Z]: A has Z's shape; Z is returned as the activation cache
 */
export function sigmoid(Z: NDArray): [A: NDArray, activation_cache: NDArray] {
  const A = np.divide(1, np.add(1, np.exp(np.negative(Z))));
  return [A, Z];
}

/**
 * ReLU activation, elementwise.
 *
 * @param Z any shape
 * @returns [A = max(0, Z), Z]: A has Z's shape; Z is returned as the activation cache
 */
export function relu(Z: NDArray): [A: NDArray, activation_cache: NDArray] {
  const A = np.maximum(0, Z);
  return [A, Z];
}

/**
 * Backward step through a ReLU unit.
 *
 * @param dA gradient of the cost with respect to A, shape of Z
 * @param Z the activation cache kept by relu()
 * @returns dZ = dA where Z > 0, and 0 where Z <= 0 (the kink at 0 counts as inactive)
 */
export function relu_backward(dA: NDArray, Z: NDArray): NDArray {
  // np.where rather than dA * (Z > 0): the course sets those entries to exactly 0, even when dA is not finite
  return np.where(np.greater(Z, 0), dA, 0);
}

/**
 * Backward step through a sigmoid unit.
 *
 * @param dA gradient of the cost with respect to A, shape of Z
 * @param Z the activation cache kept by sigmoid()
 * @returns dZ = dA * s * (1 - s), with s = sigmoid(Z), since ds/dZ = s (1 - s)
 */
export function sigmoid_backward(dA: NDArray, Z: NDArray): NDArray {
  const [s] = sigmoid(Z);
  return np.multiply(np.multiply(dA, s), np.subtract(1, s));
}
