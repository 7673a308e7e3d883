/**
 * The failing array of a case, actual beside expected, as reports show it: small arrays cell by
 * cell, larger ones summarised like numpy (the first and last rows and columns around "..."),
 * numbers printed by #np's own formatter so they read as `print(x)` would in the course.
 */
import { makeFloatFormatter } from "../np/floatformat";
import { formatArray } from "../np/format";
import { withinTolerance } from "../np/compare";
import { tupleRepr } from "../np/shapetext";
import type { Comparison, TensorJson } from "../results/types";

/** Above this many elements an array is summarised; numpy's own threshold (1000) is too long for a report. */
export const SUMMARY_THRESHOLD = 100;
const EDGE_ITEMS = 3;
/** numpy's summary shows 2 * EDGE_ITEMS columns and "..."; wider tables do not fit a printed page. */
const PRINTABLE_COLUMNS = 2 * EDGE_ITEMS + 1;
const LISTED_DIFFERENCES = 10;

export interface Cell {
  text: string;
  differs: boolean;
  ellipsis: boolean;
}

export interface Row {
  /** The row's index in the array ("" for a 0-d or 1-d array, "…" for numpy's elided rows). */
  index: string;
  cells: Cell[];
}

export interface TensorView {
  shape: string;
  /** Column indices, as headers ("…" for elided columns; none for a 0-d array). */
  columns: string[];
  rows: Row[];
  summarised: boolean;
  /** More columns than a printed page holds: print shows the numpy text instead of the table. */
  wide: boolean;
  /** The whole array as numpy's `print` shows it (summarised above the threshold). */
  numpy: string;
}

export interface Difference {
  index: string;
  actual: string;
  expected: string;
}

export interface ComparisonView {
  label: string;
  actual: TensorView;
  /** null when the case is hidden, or when the expected value is not an array. */
  expected: TensorView | null;
  shapes_differ: boolean;
  /** How many values differ, when both arrays are there and have the same shape. */
  differing: number | null;
  total: number;
  /** The first differing positions with both values (never for hidden cases). */
  differences: Difference[];
}

function decode(t: TensorJson): Float64Array {
  return Float64Array.from(t.data, (x) => (typeof x === "number" ? x : Number(x)));
}

/** Row and column indices shown, -1 standing for numpy's "...". */
function shown(n: number, summarise: boolean): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  if (!summarise || n <= 2 * EDGE_ITEMS) return all;
  return [...all.slice(0, EDGE_ITEMS), -1, ...all.slice(n - EDGE_ITEMS)];
}

function indexText(flat: number, shape: readonly number[]): string {
  const index: number[] = [];
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    index.unshift(flat % shape[axis]);
    flat = Math.floor(flat / shape[axis]);
  }
  return `[${index.join(", ")}]`;
}

function tensorView(t: TensorJson, data: Float64Array, differs: boolean[] | null): TensorView {
  const summarised = data.length > SUMMARY_THRESHOLD;
  // Shown as a grid of rows: a 0-d or 1-d array is one row, higher ones keep their last axis as columns.
  const columns = t.shape.length === 0 ? 1 : t.shape[t.shape.length - 1];
  const rowCount = columns === 0 ? 0 : data.length / columns;
  const rowIndices = shown(rowCount, summarised);
  const columnIndices = shown(columns, summarised);
  const visible = rowIndices.flatMap((r) => (r < 0 ? [] : columnIndices.filter((c) => c >= 0).map((c) => data[r * columns + c])));
  const format = makeFloatFormatter(visible, { precision: 8, suppressSmall: false });
  const label = (i: number) => (i < 0 ? "…" : String(i));
  const rows = rowIndices.map((r) => ({
    index: t.shape.length < 2 ? "" : label(r),
    cells: columnIndices.map((c): Cell => {
      if (r < 0 || c < 0) return { text: r < 0 && c < 0 ? "⋱" : r < 0 ? "⋮" : "…", differs: false, ellipsis: true };
      const flat = r * columns + c;
      return { text: format(data[flat]).trim(), differs: differs?.[flat] ?? false, ellipsis: false };
    }),
  }));
  const numpy = formatArray({ shape: t.shape, data }, { style: "str", threshold: SUMMARY_THRESHOLD, edgeitems: EDGE_ITEMS });
  return { shape: tupleRepr(t.shape), columns: t.shape.length === 0 ? [] : columnIndices.map(label), rows, summarised, wide: columnIndices.length > PRINTABLE_COLUMNS, numpy };
}

/** `hidden`: the case's expected values must never reach a report, whatever the comparison holds. */
export function comparisonView(comparison: Comparison, hidden: boolean): ComparisonView {
  const actual = decode(comparison.actual);
  const expectedJson = hidden ? undefined : comparison.expected;
  const expected = expectedJson ? decode(expectedJson) : null;
  const shapesDiffer = expectedJson !== undefined && tupleRepr(expectedJson.shape) !== tupleRepr(comparison.actual.shape);
  // The check's own test with the case's own tolerance: a marked cell is one the check failed.
  const differs = expected && !shapesDiffer ? Array.from(actual, (a, i) => !withinTolerance(a, expected[i], comparison.tolerance)) : null;
  const differences: Difference[] = [];
  if (differs && expected) {
    const format = (x: number) => makeFloatFormatter([x], { precision: 8, suppressSmall: false })(x).trim();
    for (let i = 0; i < differs.length && differences.length < LISTED_DIFFERENCES; i++) {
      if (differs[i]) differences.push({ index: indexText(i, comparison.actual.shape), actual: format(actual[i]), expected: format(expected[i]) });
    }
  }
  return {
    label: comparison.label,
    actual: tensorView(comparison.actual, actual, differs),
    expected: expectedJson && expected ? tensorView(expectedJson, expected, differs) : null,
    shapes_differ: shapesDiffer,
    differing: differs ? differs.filter(Boolean).length : null,
    total: actual.length,
    differences,
  };
}
