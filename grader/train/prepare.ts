/**
 * The course's pre-processing, exactly: `x.reshape(m, -1).T / 255` and `y.reshape(1, m)`. Feature
 * f of image j is its stored byte j·n + f (n = height·width·channels, so f = ((row·width) + col)·
 * channels + channel), divided by 255 in float64 as numpy divides: the same correctly rounded
 * quotient, so the student's training starts from numpy's very matrix.
 */
import { fromOwned, type NDArray } from "../np/ndarray";
import type { NDArrayValue } from "../values/value";
import type { Split } from "./dataset";

export interface Matrices {
  /** (n, m): one column per image. */
  X: Float64Array;
  /** (1, m): the labels as 0.0 and 1.0. */
  Y: Float64Array;
  n: number;
  m: number;
}

export function features(image: readonly number[]): number {
  return image[0] * image[1] * image[2];
}

export function toMatrices(split: Split): Matrices {
  const { m, pixels, labels } = split;
  const n = features(split.image);
  const X = new Float64Array(n * m);
  for (let j = 0; j < m; j++) {
    const image = j * n;
    for (let f = 0; f < n; f++) X[f * m + j] = pixels[image + f] / 255;
  }
  return { X, Y: Float64Array.from(labels), n, m };
}

/**
 * The matrices as arrays that hand their values to no one else (fromOwned: nothing here keeps or
 * writes mat's buffers after this), so `#np` may share X's values with a lazy `X.T` instead of
 * copying 20 MB (grader/np/ndarray.ts).
 */
export function asArrays(mat: Matrices): { X: NDArray; Y: NDArray } {
  return { X: fromOwned(mat.X, [mat.n, mat.m]), Y: fromOwned(mat.Y, [1, mat.m]) };
}

export function asValues(mat: Matrices): { X: NDArrayValue; Y: NDArrayValue } {
  return {
    X: { type: "ndarray", shape: [mat.n, mat.m], data: Array.from(mat.X) },
    Y: { type: "ndarray", shape: [1, mat.m], data: Array.from(mat.Y) },
  };
}
