/**
 * Train and test accuracy, computed by the grader from the parameters the student's model
 * returned, as the course's `predict` computes them: a forward pass [LINEAR -> RELU] x (L-1) ->
 * LINEAR -> SIGMOID, class 1 iff AL > 0.5, accuracy = np.sum((p == y) / m), summed pairwise as
 * numpy sums (so a perfect score is 0.9999999999999998, as the course prints it).
 *
 * Why it is sound: the forward pass here is trusted code (the grader's, never the student's), on
 * the raw returned numbers (validated off the wire); every operation is one #np matches numpy on
 * (dot, add, maximum, exp, divide), so AL is numpy's up to rounding in the last places, and a
 * prediction could differ only for an AL within ~1e-15 of 0.5. What the student's code printed
 * ("Accuracy: ...") is never read.
 */
import * as np from "../np/index";
import type { NDArray } from "../np/ndarray";

export type Parameters = Record<string, NDArray>;

/** AL for every column of X. */
export function forward(X: NDArray, parameters: Parameters): NDArray {
  const L = Object.keys(parameters).filter((k) => /^W\d+$/.test(k)).length;
  let A = X;
  for (let layer = 1; layer <= L; layer++) {
    const Z = np.add(np.dot(parameters[`W${layer}`], A), parameters[`b${layer}`]);
    // relu for the hidden layers, sigmoid 1 / (1 + e^-Z) for the output, as the course's helpers
    A = layer < L ? np.maximum(0, Z) : np.divide(1, np.add(1, np.exp(np.negative(Z))));
  }
  return A;
}

/** The course's predictions: 1 where AL > 0.5, else 0, shape (1, m). */
export function predictions(X: NDArray, parameters: Parameters): NDArray {
  return np.greater(forward(X, parameters), 0.5);
}

/** np.sum((p == y) / m): the course's accuracy, to the last bit. */
export function accuracy(p: NDArray, y: NDArray): number {
  const m = y.shape[1];
  return np.sum(np.divide(np.equal(p, y), m)).item() as number;
}
