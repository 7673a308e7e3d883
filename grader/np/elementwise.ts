import { ADD, arith, DIVIDE, MULTIPLY, SUBTRACT } from "./arith";
import { binaryMap, unaryMap } from "./broadcast";
import { type ArrayLike, toArray } from "./convert";
import type { NDArray } from "./ndarray";

/**
 * numpy's arithmetic ufuncs with broadcasting. Every result is an NDArray, a 0-d one when all
 * inputs are numbers (numpy returns a numpy scalar there; one type keeps student code uniform).
 */

const binary =
  (f: (x: number, y: number) => number) =>
  (a: ArrayLike, b: ArrayLike): NDArray =>
    binaryMap(toArray(a), toArray(b), f);

const unary =
  (f: (x: number) => number) =>
  (a: ArrayLike): NDArray =>
    unaryMap(toArray(a), f);

const fast =
  (op: number) =>
  (a: ArrayLike, b: ArrayLike): NDArray =>
    arith(op, toArray(a), toArray(b));

export const add = fast(ADD);
export const subtract = fast(SUBTRACT);
export const multiply = fast(MULTIPLY);
export const divide = fast(DIVIDE);
export const power = binary(cPow);
/** NaN wins, and between equal values (0 and -0) the second operand, as numpy's C macro does. */
export const maximum = binary((x, y) => (x > y || x !== x ? x : y));
export const minimum = binary((x, y) => (x < y || x !== x ? x : y));

export const negative = unary((x) => -x);
export const exp = unary(Math.exp);
export const log = unary(Math.log);
export const sqrt = unary(Math.sqrt);
export const abs = unary(Math.abs);
export const tanh = unary(Math.tanh);
export const square = unary((x) => x * x);

/** C's pow, which numpy uses: 1**y and (-1)**±inf are 1 even for NaN/inf y, unlike Math.pow. */
function cPow(x: number, y: number): number {
  if (x === 1) return 1;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  return Math.pow(x, y);
}
