/**
 * numpy's closeness test for one pair of numbers, apart from the array functions (compare.ts
 * re-exports it): grader code bundled beside student code (the handout's replays) imports it
 * without bundling `#np`'s internals.
 */

/** How far a value may stray from the one it is compared with, in numpy's two terms. */
export interface Tolerance {
  rtol: number;
  atol: number;
}

/** numpy's defaults for isclose and allclose. */
export const NUMPY_TOLERANCE: Readonly<Tolerance> = { rtol: 1e-5, atol: 1e-8 };

/** How much `expected` allows: numpy's atol + rtol * |b|, which scales with the expected side only. */
export function allowance(expected: number, tolerance: Tolerance): number {
  return tolerance.atol + tolerance.rtol * Math.abs(expected);
}

/**
 * numpy's isclose for one pair, and the grader's only test of closeness (checks, diagnosis and
 * reports all call it, so a cell the report marks is one the check failed). Not symmetric, as in
 * numpy: `expected` plays numpy's b, so a wrong value far from zero earns no slack of its own.
 * An infinity is close only to the same infinity; NaN only to NaN, and only with `equalNan`.
 */
export function withinTolerance(actual: number, expected: number, tolerance: Tolerance, equalNan = false): boolean {
  if (actual === expected) return true;
  if (actual !== actual || expected !== expected) return equalNan && actual !== actual && expected !== expected;
  return Number.isFinite(expected) && Math.abs(actual - expected) <= allowance(expected, tolerance);
}
