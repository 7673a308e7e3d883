/**
 * Shape failures told in the course's named dimensions: "caches[1][1] is Z[2]: Z[2] must be
 * (n[2], m) = (3, 4); yours is (4, 3)", with the rule of the dimension table it breaks. The
 * diagnosis takes each dimension's value from the function's own inputs (and says where: the rows
 * of W, the columns of X); the case message, which sees only the result, reads them off the
 * expected shape. Both give the same numbers: the fixtures' shapes follow the table.
 */
import type { Path } from "../../check/paths";
import { loadExercises } from "../../course/exercises";
import type { Value } from "../../values/value";
import { dimensionTables, layerCount, type DimensionSource, type Quantity } from "./table";

export interface NamedDimension {
  symbol: string;
  value: number;
  /** Where the inputs give it; absent when read off the expected shape. */
  source?: DimensionSource;
}

export interface NamedShape {
  quantity: Quantity;
  /** The named dimensions of the quantity's shape, in order, without the literal 1s. */
  dimensions: NamedDimension[];
  /** The shape the table gives, in numbers. */
  shape: number[];
}

/** The named shape of the result's `path`, with every dimension's value taken from the call's inputs. */
export function namedShapeFromInputs(functionName: string, args: readonly Value[], path: Path): NamedShape | undefined {
  const table = dimensionTables[functionName];
  if (!table) return undefined;
  const dims = table.dimensions(args);
  const quantity = table.quantityAt(path, layerCount(dims));
  if (!quantity) return undefined;
  const dimensions: NamedDimension[] = [];
  const shape: number[] = [];
  for (const symbol of quantity.shape) {
    if (symbol === "1") {
      shape.push(1);
      continue;
    }
    const dim = dims.get(symbol);
    if (!dim) return undefined;
    shape.push(dim.value);
    if (!dimensions.some((d) => d.symbol === symbol)) dimensions.push({ symbol, value: dim.value, source: dim.source });
  }
  return { quantity, dimensions, shape };
}

/**
 * The named shape of `path` for a function whose result is named `outputs`, with the values read
 * off `expected`. Functions with the same outputs (the parameters of both initialisers and of
 * update_parameters; the backward pairs) share one set of rules, so the first such table serves.
 */
export function namedShapeFromExpected(outputs: string | string[], path: Path, expected: readonly number[]): NamedShape | undefined {
  const key = JSON.stringify(outputs);
  const exercise = loadExercises().find((e) => JSON.stringify(e.outputs) === key);
  const quantity = exercise ? dimensionTables[exercise.name]?.quantityAt(path) : undefined;
  if (!quantity || quantity.shape.length !== expected.length) return undefined;
  const dimensions: NamedDimension[] = [];
  for (let i = 0; i < expected.length; i++) {
    const symbol = quantity.shape[i];
    if (symbol === "1") {
      if (expected[i] !== 1) return undefined;
    } else if (!dimensions.some((d) => d.symbol === symbol)) dimensions.push({ symbol, value: expected[i] });
  }
  return { quantity, dimensions, shape: [...expected] };
}
