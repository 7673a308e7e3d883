/**
 * The TypeScript a Python habit should have been, built from what the student wrote: code, not
 * prose (the prose is in grader/messages/messages.ts). Also which expressions are arrays, for the
 * arithmetic-operator habit: a syntactic guess, since grading does not type-check.
 */
import type * as TS from "typescript";

/** Python's True/False/None and the names a keyword argument's value may use. */
const pyValue = (v: string) => v.replace(/\bTrue\b/g, "true").replace(/\bFalse\b/g, "false").replace(/\bNone\b/g, "null");

/** Python's built-ins students call, each with its TypeScript form. */
export const pythonBuiltins: Record<string, (args: string[]) => string> = {
  len: ([x = "x"]) => (/param|grad/.test(x) ? `Object.keys(${x}).length` : `${x}.length (a list) or ${x}.shape[0] (an array's rows)`),
  range: ([a = "n", b]) => (b === undefined ? `for (let i = 0; i < ${a}; i++)` : `for (let l = ${a}; l < ${b}; l++)`),
  print: (args) => `console.log(${args.join(", ")})`,
  str: ([x = "x"]) => `String(${x}), or a template: \`W\${${x}}\``,
  int: ([x = "x"]) => `Math.floor(${x})`,
  float: ([x = "x"]) => `Number(${x})`,
  abs: ([x = "x"]) => `Math.abs(${x}) for a number, np.abs(${x}) for an array`,
  max: (args) => `Math.max(${args.join(", ")}) for numbers, np.maximum(${args.join(", ")}) for arrays`,
  min: (args) => `Math.min(${args.join(", ")}) for numbers, np.minimum(${args.join(", ")}) for arrays`,
  sum: ([x = "x"]) => `np.sum(${x})`,
  dict: () => "{} (an object literal)",
  list: ([x]) => (x ? `[...${x}]` : "[]"),
  zip: ([a = "a", b = "b"]) => `${a}.map((x, i) => [x, ${b}[i]])`,
  enumerate: ([x = "xs"]) => `${x}.forEach((item, i) => ...) or for (const [i, item] of ${x}.entries())`,
  isinstance: ([x = "x"]) => `${x} instanceof np.NDArray`,
  reversed: ([x = "xs"]) => `[...${x}].reverse()`,
  round: ([x = "x"]) => `Math.round(${x})`,
};

const LIST_METHODS: Record<string, (receiver: string, args: string[]) => string> = {
  append: (r, [x = "item"]) => `${r}.push(${x})`,
  extend: (r, [x = "items"]) => `${r}.push(...${x})`,
  insert: (r, [i = "0", x = "item"]) => `${r}.splice(${i}, 0, ${x})`,
  items: (r) => `Object.entries(${r})`,
  keys: (r) => `Object.keys(${r})`,
  values: (r) => `Object.values(${r})`,
  get: (r, [k = "key"]) => `${r}[${k}]`,
};

const axis = (args: string[]) => {
  const a = args.map((x) => /^(?:axis\s*=\s*)?(-?\d)$/.exec(x)?.[1]).find((x) => x !== undefined);
  return a === undefined ? "" : `, { axis: ${a}, keepdims: true }`;
};

const ARRAY_METHODS: Record<string, (receiver: string, args: string[]) => string> = {
  sum: (r, a) => `np.sum(${r}${axis(a)})`,
  mean: (r, a) => `np.mean(${r}${axis(a)})`,
  max: (r, a) => `np.max(${r}${axis(a)})`,
  min: (r, a) => `np.min(${r}${axis(a)})`,
  dot: (r, [b = "B"]) => `np.dot(${r}, ${b})`,
  transpose: (r) => `${r}.T`,
  flatten: (r) => `${r}.reshape(-1)`,
  ravel: (r) => `${r}.reshape(-1)`,
  squeeze: (r) => `np.squeeze(${r})`,
  astype: (r) => `${r} (every #np array is float64)`,
};

export const forms = {
  /** np.sum(x, axis=1, keepdims=True) -> np.sum(x, { axis: 1, keepdims: true }) */
  keywordCall(callee: string, args: string[]): string {
    const positional = args.filter((a) => !/^[A-Za-z_]\w*\s*=[^=]/.test(a));
    const options = args.filter((a) => /^[A-Za-z_]\w*\s*=[^=]/.test(a)).map((a) => a.replace(/^(\w+)\s*=\s*(.*)$/, (_w, k: string, v: string) => `${k}: ${pyValue(v)}`));
    return `${callee}(${[...positional, `{ ${options.join(", ")} }`].join(", ")})`;
  },
  /** np.zeros((n, 1)) -> np.zeros([n, 1]); np.random.randn((3, 2)) -> np.random.randn(3, 2) */
  tupleCall(callee: string, tuple: string): string {
    const items = tuple.replace(/^\(\s*/, "").replace(/\s*\)$/, "");
    return /random\.(randn|rand)$/.test(callee) ? `${callee}(${items})` : `${callee}([${items}])`;
  },
  listMethod: (method: string, receiver: string, args: string[]) => (receiver !== "np" ? LIST_METHODS[method]?.(receiver, args) : undefined),
  arrayMethod: (method: string, receiver: string, args: string[]) => ARRAY_METHODS[method]?.(receiver, args),
  constant: (name: string) => (name === "True" ? "true" : name === "False" ? "false" : "null (or undefined)"),
  npCall(op: string, left: string, right: string): string {
    const fn: Record<string, string> = { "*": "multiply", "/": "divide", "+": "add", "-": "subtract", "**": "power", "*=": "multiply", "/=": "divide", "+=": "add", "-=": "subtract" };
    return `np.${fn[op]}(${left}, ${right})`;
  },
  arrayOperation(op: string, left: string, right: string): string {
    const call = forms.npCall(op, left, right);
    const form = op.endsWith("=") && op.length === 2 ? `${left} = ${call}` : call;
    return op === "*" ? `${form} (element by element), or np.dot(${left}, ${right}) for the matrix product` : form;
  },
  shapeCompare(shape: string, other: string): string {
    const items = other.replace(/^[[(]\s*/, "").replace(/\s*[\])]$/, "").split(",").map((s) => s.trim());
    return other.endsWith(".shape") ? `np.array_equal(${shape}, ${other})` : items.map((x, i) => `${shape}[${i}] === ${x}`).join(" && ");
  },
  forIn: (v: string, xs: string) => (/range|keys/.test(xs) ? `for (let ${v} = ...; ${v} < ...; ${v}++), or for (const ${v} of ${xs})` : `for (const ${v} of ${xs}), or for (let i = 0; i < ${xs}.length; i++)`),
};

/** The course's array variables by name (A, W, dZ, AL, ...), as students name them. */
const ARRAY_NAMES = /^(d?(A|Z|W|b)(_prev|L|\d)?|X|Y|AL|dAL|cost|log_?probs|logprobs)$/;
/** What makes an expression a number again: a size, a shape entry, .item(). */
const NUMBER_ENDINGS = /\.(item\(.*\)|length|ndim|size|shape\[[^\]]*\])$/;

/** Whether `e` is an NDArray, as far as its text tells: a #np call, `.T`, a course array's name. */
export function isArrayLike(ts: typeof TS, e: TS.Expression, file: TS.SourceFile): boolean {
  const text = e.getText(file);
  if (NUMBER_ENDINGS.test(text) || /^Math\./.test(text)) return false;
  if (ts.isParenthesizedExpression(e)) return isArrayLike(ts, e.expression, file);
  if (ts.isCallExpression(e)) return /^np\.(?!random\.seed)/.test(e.expression.getText(file)) && !/^np\.(allclose|array_equal|shape)$/.test(e.expression.getText(file));
  if (ts.isPropertyAccessExpression(e)) return e.name.text === "T";
  if (ts.isElementAccessExpression(e)) return /^(parameters|grads|params)$/.test(e.expression.getText(file));
  if (ts.isIdentifier(e)) return ARRAY_NAMES.test(e.text);
  return false;
}
