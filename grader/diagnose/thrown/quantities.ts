/**
 * The course's quantities as students name their variables, and the products of the course's
 * formulas per function: what an operand of a failing np.dot or np.add is ("A is A[l-1]:
 * (n[l-1], m)"), and which formula a product on the student's line writes. The quantities are the
 * dimension table's own (dimensions/table.ts), named as the code names them.
 */
import { quantityOf, type Quantity } from "../dimensions/table";

export interface VariableQuantity {
  /** As the course writes it: "A[l-1]". */
  quantity: string;
  /** In named dimensions: ["n[l-1]", "m"]. */
  shape: [string, string];
}

/** A quantity of the dimension table (dimensions/table.ts) under the name a variable gives it. */
function from(q: Quantity, name = q.name): VariableQuantity {
  return { quantity: name, shape: [q.shape[0], q.shape[1]] };
}

const { W, b, Z, A, d } = quantityOf;
const previous = from(A("l-1"));

/** By the names the course's notebook uses; a function's arguments keep their course names. */
const variables: Record<string, VariableQuantity> = {
  A: previous,
  A_prev: previous,
  X: from(A("0"), "X = A[0]"),
  W: from(W("l")),
  b: from(b("l")),
  Z: from(Z("l")),
  dZ: from(d(Z("l"))),
  dA: from(d(A("l"))),
  dA_prev: from(d(A("l-1"))),
  dW: from(d(W("l"))),
  db: from(d(b("l"))),
  // The output layer has one unit in this course (binary classification): n[L] = 1.
  AL: { quantity: "AL = A[L]", shape: ["1", "m"] },
  Y: { quantity: "Y", shape: ["1", "m"] },
  dAL: { quantity: "dAL = dA[L]", shape: ["1", "m"] },
};

export interface Operand {
  /** The argument as the student wrote it. */
  text: string;
  /** The variable it is made of: "A" for `A`, `A.T`, `np.log(A)`, `np.subtract(1, A)`. */
  base: string;
  transposed: boolean;
  quantity?: VariableQuantity;
}

/** Functions that keep a quantity's shape: an operand made with them is named after its variable. */
const SHAPE_KEEPING = /^np\.(log|exp|subtract|add|multiply|divide|negative|sqrt|abs|square|maximum|minimum)\(/;

export function readOperand(text: string): Operand {
  let inner = text.trim();
  let transposed = false;
  for (;;) {
    if (inner.endsWith(".T")) {
      transposed = !transposed;
      inner = inner.slice(0, -2).trim();
    } else if (/^np\.transpose\((.*)\)$/.test(inner)) {
      transposed = !transposed;
      inner = inner.slice("np.transpose(".length, -1).trim();
    } else if (/^\((.*)\)$/.test(inner)) inner = inner.slice(1, -1).trim();
    else if (SHAPE_KEEPING.test(inner) && inner.endsWith(")")) {
      // The array argument of a shape-keeping function: the last one that is a name (np.subtract(1, Y) -> Y).
      const names = inner.slice(inner.indexOf("(") + 1, -1).split(",").map((s) => s.trim()).filter((s) => /^[A-Za-z_$][\w$.]*$/.test(s));
      if (names.length === 0) break;
      inner = names[names.length - 1];
    } else break;
  }
  const base = inner;
  return { text: text.trim(), base, transposed, ...(variables[base] ? { quantity: variables[base] } : {}) };
}

/** The operand's shape in named dimensions, transposed when it is. */
export function namedShapeOf(operand: Operand): string[] | undefined {
  const shape = operand.quantity?.shape;
  return shape && (operand.transposed ? [shape[1], shape[0]] : [...shape]);
}

/** Binds each named dimension of `named` to the number at its place in `shape`; undefined if they disagree. */
export function bindDimensions(named: readonly string[], shape: readonly number[], into = new Map<string, number>()): Map<string, number> | undefined {
  if (named.length !== shape.length) return undefined;
  for (const [i, symbol] of named.entries()) {
    if (symbol === "1") {
      if (shape[i] !== 1) return undefined;
      continue;
    }
    const known = into.get(symbol);
    if (known !== undefined && known !== shape[i]) return undefined;
    into.set(symbol, shape[i]);
  }
  return into;
}

export interface CourseProduct {
  /** The course's formula: "Z[l] = W[l]·A[l-1]". */
  formula: string;
  /** Its factors as the course's code writes them. */
  factors: [string, string];
  code: string;
}

/** The np.dot products each function's course code writes. */
export const courseProducts: Record<string, CourseProduct[]> = {
  linear_forward: [{ formula: "Z[l] = W[l]·A[l-1]", factors: ["W", "A"], code: "np.dot(W, A)" }],
  linear_backward: [
    { formula: "dW[l] = (1/m) dZ[l]·A[l-1]ᵀ", factors: ["dZ", "A_prev.T"], code: "np.dot(dZ, A_prev.T)" },
    { formula: "dA[l-1] = W[l]ᵀ·dZ[l]", factors: ["W.T", "dZ"], code: "np.dot(W.T, dZ)" },
  ],
  compute_cost: [{ formula: "Σ y·log(a) = Y·log(AL)ᵀ, (1, m)·(m, 1) = (1, 1)", factors: ["Y", "np.log(AL).T"], code: "np.dot(Y, np.log(AL).T)" }],
};

/** The quantity a base names, for matching A with A_prev (both A[l-1]). */
const sameQuantity = (x: string, y: string) => x === y || (variables[x] !== undefined && variables[x] === variables[y]);

/** The course product written with the same two variables as the student's factors, if any. */
export function productFor(functionName: string, left: Operand, right: Operand): CourseProduct | undefined {
  return courseProducts[functionName]?.find((p) => {
    const [a, b] = p.factors.map(readOperand);
    return (sameQuantity(a.base, left.base) && sameQuantity(b.base, right.base)) || (sameQuantity(a.base, right.base) && sameQuantity(b.base, left.base));
  });
}
