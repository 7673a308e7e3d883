/**
 * The course's dimension table as data, per graded function: which quantity of the course each
 * place in a result is (cache[1] is W[l], grads["dW2"] is dW[2]), its symbolic shape, the rule of
 * the table that fixes it, and how the function's own inputs give each named dimension (n[l] is
 * the number of rows of W, m the number of columns of A). Shape messages are built from this.
 */
import type { Path } from "../../check/paths";
import type { Value } from "../../values/value";

/** The rules of the dimension table in exercises/README.md. */
export type RuleId = "weights" | "bias" | "activations" | "derivative";

export interface Quantity {
  /** As the course writes it: "Z[l]", "W[2]", "dA[0]". */
  name: string;
  /** Its shape in named dimensions: "n[l]", "n[l-1]", "n[2]", "m", or "1". */
  shape: string[];
  rule: RuleId;
  /** For a derivative, what it differentiates: dW[2] has the shape of W[2]. */
  of?: string;
}

/** Where a named dimension comes from: an axis of an argument (rows, columns), or a number argument. */
export interface DimensionSource {
  /** The argument as the course names it: "W", "cache[0]", "parameters[\"W2\"]", "layer_dims[2]". */
  arg: string;
  axis?: 0 | 1;
}

export type Dimensions = Map<string, { value: number; source: DimensionSource }>;

export interface FunctionTable {
  /** The named dimensions this call's inputs fix. */
  dimensions(args: readonly Value[]): Dimensions;
  /** The quantity at `path` in the result; `L` numbers the output layer when the inputs tell it. */
  quantityAt(path: Path, L?: number): Quantity | undefined;
}

// --- Quantities, for a layer written generically ("l") or by number -------------------------------

const before = (l: string) => (l === "l" ? "l-1" : l === "L" ? "L-1" : String(Number(l) - 1));
const W = (l: string): Quantity => ({ name: `W[${l}]`, shape: [`n[${l}]`, `n[${before(l)}]`], rule: "weights" });
const b = (l: string): Quantity => ({ name: `b[${l}]`, shape: [`n[${l}]`, "1"], rule: "bias" });
const Z = (l: string): Quantity => ({ name: `Z[${l}]`, shape: [`n[${l}]`, "m"], rule: "activations" });
const A = (l: string): Quantity => ({ name: `A[${l}]`, shape: [`n[${l}]`, "m"], rule: "activations" });
const d = (q: Quantity): Quantity => ({ ...q, name: `d${q.name}`, rule: "derivative", of: q.name });

/** The table's quantities by layer, for the names of a thrown error's operands (diagnose/thrown/quantities.ts). */
export const quantityOf = { W, b, Z, A, d };

// --- Reading the inputs ---------------------------------------------------------------------------

function at(value: Value | undefined, ...path: (number | string)[]): Value | undefined {
  let current = value;
  for (const step of path) {
    if (current?.type === "sequence" && typeof step === "number") current = current.items[step];
    else if (current?.type === "mapping" && typeof step === "string") current = current.entries.find(([k]) => k === step)?.[1];
    else return undefined;
  }
  return current;
}

/** Records `symbol` from axis `axis` of `value` when it is a 2-d array (inputs are trusted fixtures, but stay defensive). */
function fromAxis(dims: Dimensions, symbol: string, value: Value | undefined, axis: 0 | 1, arg: string): void {
  if (value?.type === "ndarray" && value.shape.length === 2 && !dims.has(symbol)) dims.set(symbol, { value: value.shape[axis], source: { arg, axis } });
}

function fromNumber(dims: Dimensions, symbol: string, value: Value | undefined, arg: string): void {
  if (value?.type === "number" && !dims.has(symbol)) dims.set(symbol, { value: value.value, source: { arg } });
}

/** Layer numbers of the W keys of a parameters-like dict, in order: W1, W2, ... */
function layersOf(dict: Value | undefined, prefix: string): number[] {
  if (dict?.type !== "mapping") return [];
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  return dict.entries.map(([k]) => pattern.exec(k)).filter((m) => m !== null).map((m) => Number(m![1])).sort((x, y) => x - y);
}

// --- Result paths -----------------------------------------------------------------------------------

/** parameters["W2"] -> W[2], parameters["b2"] -> b[2] (and dW, db, dA in grads). */
function keyed(path: Path): Quantity | undefined {
  if (path.length !== 1 || typeof path[0] !== "string") return undefined;
  const match = /^(d?)([WbA])(\d+)$/.exec(path[0]);
  if (!match) return undefined;
  const [, derivative, letter, layer] = match;
  const q = letter === "W" ? W(layer) : letter === "b" ? b(layer) : A(layer);
  return derivative ? d(q) : q;
}

const same = (path: Path, ...want: (number | string)[]) => path.length === want.length && want.every((w, i) => path[i] === w);

/** [A_prev, W, b] of one layer, at `prefix` in the result. */
function linearCache(path: Path, prefix: (number | string)[], l: string): Quantity | undefined {
  if (same(path, ...prefix, 0)) return A(before(l));
  if (same(path, ...prefix, 1)) return W(l);
  if (same(path, ...prefix, 2)) return b(l);
  return undefined;
}

function backwardOutputs(path: Path): Quantity | undefined {
  if (same(path, 0)) return d(A("l-1"));
  if (same(path, 1)) return d(W("l"));
  if (same(path, 2)) return d(b("l"));
  return undefined;
}

function parameterDimensions(dict: Value | undefined, arg: string): Dimensions {
  const dims: Dimensions = new Map();
  const layers = layersOf(dict, "W");
  for (const l of layers) fromAxis(dims, `n[${l}]`, at(dict, `W${l}`), 0, `${arg}["W${l}"]`);
  if (layers.includes(1)) fromAxis(dims, "n[0]", at(dict, "W1"), 1, `${arg}["W1"]`);
  return dims;
}

// --- The table ------------------------------------------------------------------------------------

export const dimensionTables: Record<string, FunctionTable> = {
  initialize_parameters: {
    dimensions(args) {
      const dims: Dimensions = new Map();
      ["n_x", "n_h", "n_y"].forEach((name, i) => fromNumber(dims, `n[${i}]`, args[i], name));
      return dims;
    },
    quantityAt: keyed,
  },
  initialize_parameters_deep: {
    dimensions(args) {
      const dims: Dimensions = new Map();
      const layerDims = args[0];
      if (layerDims?.type === "sequence") layerDims.items.forEach((item, i) => fromNumber(dims, `n[${i}]`, item, `layer_dims[${i}]`));
      return dims;
    },
    quantityAt: keyed,
  },
  linear_forward: {
    dimensions(args) {
      const dims: Dimensions = new Map();
      fromAxis(dims, "n[l]", args[1], 0, "W");
      fromAxis(dims, "n[l-1]", args[0], 0, "A");
      fromAxis(dims, "m", args[0], 1, "A");
      return dims;
    },
    quantityAt: (path) => (same(path, 0) ? Z("l") : linearCache(path, [1], "l")),
  },
  linear_activation_forward: {
    dimensions(args) {
      const dims: Dimensions = new Map();
      fromAxis(dims, "n[l]", args[1], 0, "W");
      fromAxis(dims, "n[l-1]", args[0], 0, "A_prev");
      fromAxis(dims, "m", args[0], 1, "A_prev");
      return dims;
    },
    quantityAt: (path) => (same(path, 0) ? A("l") : same(path, 1, 1) ? Z("l") : linearCache(path, [1, 0], "l")),
  },
  L_model_forward: {
    dimensions(args) {
      const dims: Dimensions = new Map();
      fromAxis(dims, "n[0]", args[0], 0, "X");
      fromAxis(dims, "m", args[0], 1, "X");
      for (const [symbol, dim] of parameterDimensions(args[1], "parameters")) if (!dims.has(symbol)) dims.set(symbol, dim);
      return dims;
    },
    quantityAt(path, L) {
      if (same(path, 0)) return A(L === undefined ? "L" : String(L));
      if (path[0] !== 1 || typeof path[1] !== "number") return undefined;
      const layer = String(path[1] + 1); // caches[i] is layer i + 1
      return same(path, 1, path[1], 1) ? Z(layer) : linearCache(path, [1, path[1], 0], layer);
    },
  },
  compute_cost: {
    dimensions(args) {
      const dims: Dimensions = new Map();
      fromAxis(dims, "m", args[1], 1, "Y");
      return dims;
    },
    quantityAt: () => undefined, // the cost is a number: a wrong kind, never a wrong shape
  },
  linear_backward: {
    dimensions(args) {
      const dims: Dimensions = new Map();
      fromAxis(dims, "n[l]", args[0], 0, "dZ");
      fromAxis(dims, "m", args[0], 1, "dZ");
      fromAxis(dims, "n[l-1]", at(args[1], 0), 0, "cache[0]");
      return dims;
    },
    quantityAt: backwardOutputs,
  },
  linear_activation_backward: {
    dimensions(args) {
      const dims: Dimensions = new Map();
      fromAxis(dims, "n[l]", args[0], 0, "dA");
      fromAxis(dims, "m", args[0], 1, "dA");
      fromAxis(dims, "n[l-1]", at(args[1], 0, 0), 0, "cache[0][0]");
      return dims;
    },
    quantityAt: backwardOutputs,
  },
  L_model_backward: {
    dimensions(args) {
      const dims: Dimensions = new Map();
      fromAxis(dims, "m", args[0], 1, "AL");
      const caches = args[2];
      if (caches?.type === "sequence") {
        fromAxis(dims, "n[0]", at(caches, 0, 0, 0), 0, "caches[0][0][0]");
        caches.items.forEach((_, i) => fromAxis(dims, `n[${i + 1}]`, at(caches, i, 0, 1), 0, `caches[${i}][0][1]`));
      }
      return dims;
    },
    quantityAt: keyed,
  },
  update_parameters: {
    dimensions: (args) => parameterDimensions(args[0], "parameters"),
    quantityAt: keyed,
  },
  two_layer_model: modelTable(),
  L_layer_model: modelTable(),
};

/** Part 2's models: [parameters, costs], the sizes given by layers_dims (and X); costs are numbers. */
function modelTable(): FunctionTable {
  return {
    dimensions(args) {
      const dims: Dimensions = new Map();
      const layersDims = args[2];
      if (layersDims?.type === "sequence") layersDims.items.forEach((item, i) => fromNumber(dims, `n[${i}]`, item, `layers_dims[${i}]`));
      fromAxis(dims, "n[0]", args[0], 0, "X");
      return dims;
    },
    quantityAt: (path) => (path[0] === 0 ? keyed(path.slice(1)) : undefined),
  };
}

/** The number of layers the inputs describe, when the function has several. */
export function layerCount(dims: Dimensions): number | undefined {
  const layers = [...dims.keys()].map((k) => /^n\[(\d+)\]$/.exec(k)).filter((m) => m !== null).map((m) => Number(m![1]));
  return layers.length > 1 ? Math.max(...layers) : undefined;
}
