/**
 * np.random for students: numpy's legacy global generator (the RandomState behind np.random.seed,
 * np.random.randn and np.random.rand), reproduced bit for bit.
 *
 * Like numpy there is one module-level state shared by every caller. numpy seeds it from OS
 * entropy when a program never calls seed; here it starts as if seed(5489) had been called
 * (5489 is the default seed of Matsumoto and Nishimura's reference mt19937ar.c), so that an
 * unseeded run is still reproducible when the grader replays it.
 */
import { NDArray, fromOwned } from "../ndarray";
import { LegacyGauss } from "./gauss";
import { MT19937 } from "./mt19937";

/** The seed in effect if a program draws numbers without calling seed first. */
export const DEFAULT_SEED = 5489;

const bits = new MT19937(DEFAULT_SEED);
const gauss = new LegacyGauss();

/**
 * Seeds numpy's legacy generator (MT19937): the same seed gives numpy's own draws, number for number.
 *
 * np.random.seed(s): restarts the global stream; s must be an integer in [0, 2**32).
 *
 * numpy: `np.random.seed(s)`.
 * @example
 * np.random.seed(1); // keep the course's given line
 */
export function seed(s: number): void {
  if (typeof s !== "number" || !Number.isInteger(s)) {
    throw new Error(`Seed must be between 0 and 2**32 - 1 (got ${String(s)}; it must be a whole number)`);
  }
  if (s < 0 || s > 0xffffffff) {
    throw new Error("Seed must be between 0 and 2**32 - 1"); // numpy's ValueError message
  }
  bits.seed(s);
  gauss.clear();
}

/** Checks array dimensions the way numpy's size argument does and returns the element count. */
function checkedSize(dims: number[]): number {
  let size = 1;
  for (const d of dims) {
    if (typeof d !== "number" || !Number.isInteger(d)) {
      // numpy names Python's types ("'float' object cannot be interpreted as an integer"); here, JS's.
      throw new TypeError(`${typeof d === "number" ? `${String(d)} is not a whole number` : `${typeof d === "object" ? "an array or object" : `a ${typeof d}`}`} and cannot be a dimension: pass whole numbers, as in randn(3, 2)`);
    }
    if (d < 0) throw new Error("negative dimensions are not allowed");
    size *= d;
  }
  return size;
}

function draw(dims: number[], next: () => number): number | NDArray {
  if (dims.length === 0) return next();
  const data = new Float64Array(checkedSize(dims));
  for (let i = 0; i < data.length; i++) data[i] = next(); // row-major: flat index i is draw i
  return fromOwned(data, dims);
}

const nextNormal = () => gauss.next(bits);
const nextUniform = () => bits.nextDouble();

/**
 * Draws from the standard normal distribution, numpy's legacy generator: the same numbers as numpy after
 * the same seed. Dimensions are separate arguments, not a tuple.
 *
 * np.random.randn(d0, d1, ...): standard normal draws; a plain number when called with no dims.
 *
 * numpy: `np.random.randn(d0, d1, ...)`.
 * @example
 * np.random.randn(3, 2) // (3, 2) standard normal draws
 */
export function randn(): number;
export function randn(...dims: [number, ...number[]]): NDArray;
export function randn(...dims: number[]): number | NDArray;
export function randn(...dims: number[]): number | NDArray {
  return draw(dims, nextNormal);
}

/**
 * Draws uniformly from [0, 1), numpy's legacy generator. Dimensions are separate arguments, not a tuple.
 *
 * np.random.rand(d0, d1, ...): uniform draws in [0, 1); a plain number when called with no dims.
 *
 * numpy: `np.random.rand(d0, d1, ...)`.
 * @example
 * np.random.rand(3, 2) // (3, 2)
 */
export function rand(): number;
export function rand(...dims: [number, ...number[]]): NDArray;
export function rand(...dims: number[]): number | NDArray;
export function rand(...dims: number[]): number | NDArray {
  return draw(dims, nextUniform);
}
