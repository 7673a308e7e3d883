/**
 * What an error a student's code threw says, read into data: which `#np` check failed and on which
 * shapes, or which name JavaScript could not find or call. The texts are numpy's (grader/np, which
 * copies numpy 2.x) and V8's; this is the one place that parses them.
 */

export type Failure =
  /** np.dot: `shapes (3,2) and (1,3) not aligned: 2 (dim 1) != 1 (dim 0)`. */
  | { kind: "dot"; left: number[]; right: number[] }
  /** Element-wise functions (np.add, np.multiply, ...): `operands could not be broadcast together with shapes (3,4) (1,3) `. */
  | { kind: "broadcast"; shapes: number[][] }
  /** `.item()` of an array of more than one number. */
  | { kind: "not-scalar"; shape?: number[] }
  /** `x.sum is not a function`, `(void 0) is not a function` (a name `#np` does not export). */
  | { kind: "not-a-function"; callee: string }
  /** `Cannot read properties of undefined (reading 'norm')`. */
  | { kind: "read-of-undefined"; property: string; of: "undefined" | "null" }
  /** `len is not defined`. */
  | { kind: "not-defined"; name: string }
  /** `Cannot access 'A' before initialization`. */
  | { kind: "before-initialization"; name: string }
  /** A `#np` function given something that is not a number or an array (often undefined). */
  | { kind: "not-an-array"; got: string }
  | { kind: "other" };

/** "(3,2)", "(3,)", "()" as numpy prints a shape. */
export function parseShape(text: string): number[] | undefined {
  const inner = /^\(([\d,\s]*)\)$/.exec(text.trim())?.[1];
  if (inner === undefined) return undefined;
  return inner.split(",").map((s) => s.trim()).filter((s) => s !== "").map(Number);
}

const SHAPE = String.raw`\([\d,\s]*\)`;

export function readFailure(name: string, message: string): Failure {
  // A reference version the student called adds where it threw; the failure is the same.
  const text = message.replace(/ \(in the course's \w+, called by your code\)$/, "");
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`^shapes (${SHAPE}) and (${SHAPE}) not aligned`).exec(text))) {
    return { kind: "dot", left: parseShape(m[1])!, right: parseShape(m[2])! };
  }
  if ((m = new RegExp(`^operands could not be broadcast together with shapes ((?:${SHAPE}\\s*)+)`).exec(text))) {
    return { kind: "broadcast", shapes: [...m[1].matchAll(new RegExp(SHAPE, "g"))].map((s) => parseShape(s[0])!) };
  }
  if (/^can only convert an array of size 1 to a (number|Python scalar)/.test(text)) {
    const shape = /has shape (\([\d,\s]*\))/.exec(text)?.[1];
    return { kind: "not-scalar", ...(shape ? { shape: parseShape(shape) } : {}) };
  }
  if (name === "TypeError" && (m = /^(.+) is not a function$/.exec(text))) return { kind: "not-a-function", callee: m[1] };
  if (name === "TypeError" && (m = /^Cannot read properties of (undefined|null) \(reading '([^']*)'\)$/.exec(text))) {
    return { kind: "read-of-undefined", property: m[2], of: m[1] as "undefined" | "null" };
  }
  if (name === "ReferenceError" && (m = /^([\w$]+) is not defined$/.exec(text))) return { kind: "not-defined", name: m[1] };
  if (name === "ReferenceError" && (m = /^Cannot access '([\w$]+)' before initialization$/.exec(text))) return { kind: "before-initialization", name: m[1] };
  if ((m = /^expected a number, an NDArray or nested arrays of numbers, got (.+)$/.exec(text))) return { kind: "not-an-array", got: m[1] };
  return { kind: "other" };
}
