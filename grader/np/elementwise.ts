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

/**
 * Adds element by element, broadcasting shapes as numpy does: `A + b` in Python. TypeScript's `+` does not
 * add arrays.
 *
 * numpy: `np.add(a, b)`.
 * @example
 * np.add(P, c) // c (n, 1) is added to every column of P (n, m)
 */
export const add = fast(ADD);
/**
 * Subtracts element by element, with broadcasting: `a - b` in Python. TypeScript's `-` gives NaN on arrays.
 *
 * numpy: `np.subtract(a, b)`.
 * @example
 * np.subtract(1, Y) // 1 - Y
 */
export const subtract = fast(SUBTRACT);
/**
 * Multiplies element by element, with broadcasting: `a * b` in Python (not the matrix product: that is
 * np.dot). TypeScript's `*` gives NaN on arrays.
 *
 * numpy: `np.multiply(a, b)`.
 * @example
 * np.multiply(0.5, P) // every entry of P halved
 */
export const multiply = fast(MULTIPLY);
/**
 * Divides element by element, with broadcasting: `a / b` in Python.
 *
 * numpy: `np.divide(a, b)`.
 * @example
 * np.divide(P, Q) // P / Q, entry by entry
 */
export const divide = fast(DIVIDE);
/**
 * Raises element by element: `a ** b` in Python. TypeScript's `**` gives NaN on arrays.
 *
 * numpy: `np.power(a, b)`.
 * @example
 * np.power(dW, 2) // dW ** 2
 */
export const power = binary(cPow);
/**
 * The larger of two values, element by element, with broadcasting (NaN wins, as in numpy).
 *
 * NaN wins, and between equal values (0 and -0) the second operand, as numpy's C macro does.
 *
 * numpy: `np.maximum(a, b)`.
 * @example
 * np.maximum(0, Z) // relu
 */
export const maximum = binary((x, y) => (x > y || x !== x ? x : y));
/**
 * The smaller of two values, element by element, with broadcasting (NaN wins, as in numpy).
 *
 * numpy: `np.minimum(a, b)`.
 * @example
 * np.minimum(AL, 1 - 1e-8)
 */
export const minimum = binary((x, y) => (x < y || x !== x ? x : y));

/**
 * The opposite sign, element by element: `-a` in Python. TypeScript's unary `-` gives NaN on an array.
 *
 * numpy: `np.negative(a)`.
 * @example
 * np.negative(P) // -P
 */
export const negative = unary((x) => -x);
/**
 * e to the power of each element.
 *
 * numpy: `np.exp(a)`.
 * @example
 * np.exp(P) // e to the power of every entry
 */
export const exp = unary(Math.exp);
/**
 * The natural logarithm of each element (-Infinity at 0, NaN below).
 *
 * numpy: `np.log(a)`.
 * @example
 * np.log(P) // the log of every entry
 */
export const log = unary(Math.log);
/**
 * The square root of each element.
 *
 * numpy: `np.sqrt(a)`.
 * @example
 * np.divide(W, np.sqrt(n))
 */
export const sqrt = unary(Math.sqrt);
/**
 * The absolute value of each element.
 *
 * numpy: `np.abs(a)`.
 * @example
 * np.max(np.abs(np.subtract(a, b)))
 */
export const abs = unary(Math.abs);
/**
 * The hyperbolic tangent of each element.
 *
 * numpy: `np.tanh(a)`.
 * @example
 * const A = np.tanh(Z);
 */
export const tanh = unary(Math.tanh);
/**
 * Each element squared.
 *
 * numpy: `np.square(a)`.
 * @example
 * np.sqrt(np.sum(np.square(dW))) // the norm of dW
 */
export const square = unary((x) => x * x);

/** C's pow, which numpy uses: 1**y and (-1)**±inf are 1 even for NaN/inf y, unlike Math.pow. */
function cPow(x: number, y: number): number {
  if (x === 1) return 1;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  return Math.pow(x, y);
}
