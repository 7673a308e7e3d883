/**
 * A shape error from `#np` told in the course's dimensions: which argument on the student's line
 * is which quantity (`A` is A[l-1]: (n[l-1], m) = (3, 2)), the rule np.dot or broadcasting needs,
 * and the fix the course's formula gives ("Z[l] = W[l]·A[l-1]: put W first").
 */
import { messages } from "../../messages/messages";
import type { Failure } from "./failure";
import { bindDimensions, namedShapeOf, productFor, readOperand, type Operand } from "./quantities";
import { callsIn } from "./source-line";

type DotFailure = Extract<Failure, { kind: "dot" }>;

/** How a dimension reads: "2 columns (m)". */
function count(n: number, what: "column" | "row", symbol: string | undefined): string {
  return `${n} ${what}${n === 1 ? "" : "s"}${symbol && symbol !== "1" ? ` (${symbol})` : ""}`;
}

function describe(operand: Operand, shape: readonly number[], named: readonly string[] | undefined): string {
  const quantity = operand.quantity && `${operand.quantity.quantity}${operand.transposed ? "ᵀ" : ""}`;
  return messages.thrown.operand(operand.text, quantity, named, shape);
}

/** What to write instead: the course's product with the same variables, and what differs. */
function dotFix(functionName: string, left: Operand, right: Operand): string | undefined {
  const product = productFor(functionName, left, right);
  if (!product) return undefined;
  const [first, second] = product.factors.map(readOperand);
  const swapped = first.base !== left.base && (first.base === right.base || first.quantity === right.quantity);
  if (swapped) return messages.thrown.dotSwapped(product.formula, first.base, product.code);
  const [a, b] = [left, right];
  if (a.transposed !== first.transposed || b.transposed !== second.transposed) {
    const which = first.transposed ? first.base : second.base;
    const not = a.transposed && !first.transposed ? `${which}, not ${a.base}` : b.transposed && !second.transposed ? `${which}, not ${b.base}` : which;
    return messages.thrown.dotTranspose(product.formula, not, product.code);
  }
  return messages.thrown.dotAsCourse(product.formula, product.code);
}

/** The np.dot of `line` that threw: the one whose operands' named shapes fit the failing shapes. */
export function explainDot(functionName: string, failure: DotFailure, line: string | undefined): string {
  const calls = line ? callsIn(line, "np.dot").filter((c) => c.args.length === 2) : [];
  const fitting = calls.find((c) => {
    const [l, r] = c.args.map(readOperand).map(namedShapeOf);
    if (!l || !r) return false;
    const dims = bindDimensions(l, failure.left);
    return dims !== undefined && bindDimensions(r, failure.right, dims) !== undefined;
  });
  const call = fitting ?? calls[0];
  const [left, right] = call ? call.args.map(readOperand) : [readOperand("P"), readOperand("Q")];
  const [ln, rn] = [namedShapeOf(left), namedShapeOf(right)];
  const ok = fitting !== undefined;
  const columns = count(failure.left[failure.left.length - 1], "column", ok ? ln?.[ln.length - 1] : undefined);
  const rowsAxis = failure.right.length >= 2 ? failure.right.length - 2 : 0;
  const rows = count(failure.right[rowsAxis], "row", ok ? rn?.[rowsAxis] : undefined);
  return messages.thrown.dot(
    call?.text ?? "np.dot(P, Q)",
    describe(left, failure.left, ok ? ln : undefined),
    describe(right, failure.right, ok ? rn : undefined),
    columns,
    rows,
    call ? dotFix(functionName, left, right) : undefined,
  );
}

/** An element-wise function on the line whose arguments fit the failing shapes, named in the course's terms. */
export function explainBroadcast(failure: Extract<Failure, { kind: "broadcast" }>, line: string | undefined): string {
  const calls = line ? callsIn(line, "np.*").filter((c) => /^np\.(add|subtract|multiply|divide|maximum|minimum|power|where)$/.test(c.callee) && c.args.length === failure.shapes.length) : [];
  const call = calls.find((c) => c.args.every((a, i) => {
    const named = namedShapeOf(readOperand(a));
    return !named || bindDimensions(named, failure.shapes[i]) !== undefined;
  })) ?? calls[0];
  const operands = call ? call.args.map((a, i) => {
    const operand = readOperand(a);
    const named = namedShapeOf(operand);
    return describe(operand, failure.shapes[i], named && bindDimensions(named, failure.shapes[i]) ? named : undefined);
  }) : [];
  return messages.thrown.broadcast(call?.text, operands, failure.shapes);
}

export function explainNotScalar(functionName: string, failure: Extract<Failure, { kind: "not-scalar" }>): string {
  return functionName === "compute_cost" ? messages.thrown.costNotScalar(failure.shape) : messages.thrown.notScalar(failure.shape);
}
