import { NpTypeError, ValueError } from "./errors";
import { fromOwned, NDArray, valuesOf } from "./ndarray";
import { tupleRepr } from "./shapetext";

/**
 * What every function accepts where numpy takes "array_like": an NDArray, a number (or boolean,
 * as numpy turns True into 1.0 in arithmetic), or nested arrays of those.
 */
export type ArrayLike = NDArray | number | boolean | readonly ArrayLike[];

/** numpy's `asarray`: an NDArray is returned as is (no copy), anything else is converted. */
export function toArray(x: ArrayLike): NDArray {
  if (x instanceof NDArray) return x;
  if (typeof x === "number") return fromOwned(Float64Array.of(x), []);
  if (typeof x === "boolean") return fromOwned(Float64Array.of(x ? 1 : 0), []);
  if (Array.isArray(x) || ArrayBuffer.isView(x)) return fromNested(x as readonly ArrayLike[]);
  throw new NpTypeError(`expected a number, an NDArray or nested arrays of numbers, got ${describe(x)}`);
}

function describe(x: unknown): string {
  if (x === null) return "null";
  if (typeof x === "object") return (x as object).constructor?.name ?? "object";
  return typeof x === "string" ? `the string ${JSON.stringify(x)}` : String(x);
}

function isSequence(x: unknown): x is readonly ArrayLike[] {
  return Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView));
}

/** The shape numpy would detect, and the depth at which nesting stops agreeing. */
function detectShape(x: ArrayLike): { shape: number[]; ragged: boolean } {
  const shape: number[] = [];
  let level: ArrayLike[] = [x];
  for (;;) {
    const first = level[0];
    const firstIsSeq = isSequence(first) || (first instanceof NDArray && first.ndim > 0);
    for (const item of level) {
      const itemIsSeq = isSequence(item) || (item instanceof NDArray && item.ndim > 0);
      if (itemIsSeq !== firstIsSeq) return { shape, ragged: true };
    }
    if (!firstIsSeq) return { shape, ragged: false };
    const len = lengthOf(first);
    if (level.some((item) => lengthOf(item) !== len)) return { shape, ragged: true };
    shape.push(len);
    level = level.flatMap((item) => children(item));
    if (len === 0) return { shape, ragged: false };
  }
}

function lengthOf(x: ArrayLike): number {
  return x instanceof NDArray ? x.shape[0] : (x as readonly ArrayLike[]).length;
}

function children(x: ArrayLike): ArrayLike[] {
  if (!(x instanceof NDArray)) return [...(x as readonly ArrayLike[])];
  const rest = x.shape.slice(1);
  const step = rest.reduce((p, d) => p * d, 1);
  return Array.from({ length: x.shape[0] }, (_, i) => fromOwned(valuesOf(x).slice(i * step, (i + 1) * step), rest));
}

function fromNested(x: readonly ArrayLike[]): NDArray {
  const { shape, ragged } = detectShape(x);
  if (ragged) {
    throw new ValueError(
      "setting an array element with a sequence. The requested array has an inhomogeneous shape " +
        `after ${shape.length} dimensions. The detected shape was ${tupleRepr(shape)} + inhomogeneous part.`,
    );
  }
  const out: number[] = [];
  const push = (v: ArrayLike): void => {
    if (v instanceof NDArray) for (const d of valuesOf(v)) out.push(d);
    else if (isSequence(v)) for (const c of v) push(c);
    else if (typeof v === "number") out.push(v);
    else if (typeof v === "boolean") out.push(v ? 1 : 0);
    else throw new NpTypeError(`expected a number, an NDArray or nested arrays of numbers, got ${describe(v)}`);
  };
  push(x);
  return fromOwned(Float64Array.from(out), shape);
}
