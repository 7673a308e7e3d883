/**
 * Every student-facing message of the grader, written once. Each says what is wrong and what to
 * do next, in the course's terms. Other modules call these functions; none builds its own text.
 */
import { describeValue, shapeText, type Value } from "../values/value";

const number = (x: number) => (Number.isInteger(x) ? String(x) : x.toPrecision(8).replace(/0+$/, "").replace(/\.$/, ""));

export const messages = {
  kind: {
    notArray: (label: string, actual: Value, shape: readonly number[]) =>
      `${label} is ${describeValue(actual)}; expected an array of shape ${shapeText(shape)}.`,
    arrayForNumber: (label: string, shape: readonly number[]) =>
      `${label} is an array of shape ${shapeText(shape)}; return a plain number (a scalar): use np.squeeze(cost).item() or cost.item().`,
    wrong: (label: string, actual: Value, expected: Value) => `${label} is ${describeValue(actual)}; expected ${describeValue(expected)}.`,
    tuple: (label: string, actual: Value, length: number, names: string[] | undefined) =>
      `${label} is ${describeValue(actual)}; return a tuple (a JS array) of ${length} values${names ? `: [${names.join(", ")}]` : ""}.`,
    keys: (label: string, missing: string[], extra: string[]) =>
      [
        missing.length ? `${label} is missing the key${missing.length > 1 ? "s" : ""} ${missing.join(", ")}` : "",
        extra.length ? `${label} has unexpected key${extra.length > 1 ? "s" : ""} ${extra.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join("; ") + ". Check the names and the range of your layer loop (l = 1 .. L for W and b).",
  },
  shape: (label: string, actual: readonly number[], expected: readonly number[]) =>
    `${label} has shape ${shapeText(actual)}; expected ${shapeText(expected)}. Check the order of the factors in np.dot and the dimension table in exercises/README.md.`,
  notFinite: (label: string, value: number, index: string) =>
    `${label} holds ${Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity"}${index ? ` at ${index}` : ""}: look for a log of 0, a division by 0 or an overflowing exp.`,
  values: (label: string, index: string, actual: number, expected: number | undefined, wrong: number, total: number) =>
    `${label}${index ? `${index}` : ""} is ${number(actual)}${expected === undefined ? "" : `; expected ${number(expected)}`}` +
    (total > 1 ? ` (${wrong} of ${total} values differ)` : "") +
    ". The shapes are right, so look at the formula.",
  case: {
    pass: () => "passed",
    notAttempted: (fn: string) => `not attempted yet: write ${fn} between YOUR CODE STARTS HERE and YOUR CODE ENDS HERE, and remove the throw.`,
    missingFile: (file: string) => `${file} is missing from the submission.`,
    threw: (name: string, message: string, location: string | undefined) =>
      `threw ${name}: ${message}${location ? ` (at ${location})` : ""}`,
    timeout: (limitMs: number) => `did not return within ${limitMs / 1000} s, the time limit: look for a loop that never ends.`,
    crashed: (reason: string) => `the process running your code ${reason}; the other functions were graded in a fresh one.`,
    buildFailed: (problems: string) => `does not compile: ${problems}`,
    missingExport: (file: string, fn: string) => `${file} does not export a function named ${fn}: keep the line \`export function ${fn}(...)\`.`,
    loadThrew: (file: string, name: string, message: string) => `${file} threw ${name} while loading: ${message}`,
    dependencyMissing: (fn: string, deps: string[]) =>
      `not graded with your own ${deps.join(", ")}: ${deps.length > 1 ? "they are" : "it is"} missing or not attempted yet (${fn} was graded with the reference versions).`,
  },
  exercise: {
    pass: (cases: number) => `all ${cases} case${cases > 1 ? "s" : ""} passed`,
    ownDependenciesPass: (fn: string, deps: string[]) => `also passes with your own ${deps.join(" and ")}`,
    ownDependenciesFail: (fn: string, deps: string[]) =>
      `your ${fn} is right; it fails with your ${deps.join(" and ")}: fix ${deps.length > 1 ? "those" : "that"} first.`,
  },
  typeWarning: (diagnostic: string) => `type error (a warning: it costs no points) ${diagnostic}`,
  typecheckFailed: (code: number | null) => `the type check could not run (exit code ${code}); grading was not affected`,
  mutated: (names: string[]) => `changed its input${names.length > 1 ? "s" : ""} ${names.join(", ")} in place; return new arrays instead (the grader gave each case fresh copies).`,
} as const;
