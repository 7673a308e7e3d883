/**
 * Python habits that only the run tells for sure, and those esbuild refuses to compile. Python's
 * scoping shows as a ReferenceError for a name the file does declare (in a block that has ended),
 * or as "Cannot access 'A' before initialization" when a loop declares again a variable of the
 * function; Python syntax shows as a compile error on a line that reads as Python.
 */
import { messages } from "../../messages/messages";
import type { Failure } from "../thrown/failure";
import type { Habit } from "./habits";

/** How many times the file declares `name` (let, const, var, or in a destructuring). */
function declarations(source: string, name: string): number {
  const n = name.replace(/\$/g, "\\$");
  const simple = source.match(new RegExp(`\\b(?:let|const|var)\\s+${n}\\b`, "g"))?.length ?? 0;
  const destructured = source.match(new RegExp(`\\b(?:let|const|var)\\s*\\[[^\\]=]*\\b${n}\\b[^\\]=]*\\]`, "g"))?.length ?? 0;
  return simple + destructured;
}

/** The scoping habits a failure shows, given the file that threw. */
export function runtimeHabits(failure: Failure, source: string, line: number): Habit[] {
  const P = messages.python;
  if (failure.kind === "not-defined" && declarations(source, failure.name) > 0) {
    return [{ id: "python/block-scope", name: P.blockScope.name, explanation: P.blockScope.explanation(failure.name), hint: P.blockScope.hint(failure.name), line }];
  }
  if (failure.kind === "before-initialization" && declarations(source, failure.name) > 1) {
    return [{ id: "python/redeclared-in-block", name: P.redeclared.name, explanation: P.redeclared.explanation(failure.name), hint: P.redeclared.hint(failure.name), line }];
  }
  return [];
}

/** Python syntax on a line esbuild refused: what it is, and the TypeScript form. */
const SYNTAX: { pattern: RegExp; what: string; form: (line: string) => string }[] = [
  { pattern: /\bfor\s+\(?\s*(\w+)\s+in\s+range\s*\(/, what: "for ... in range(...)", form: (l) => {
    const m = /range\s*\(\s*([^,)]+)(?:,\s*([^)]+))?\)/.exec(l);
    return m?.[2] ? `for (let l = ${m[1]}; l < ${m[2].trim()}; l++) { ... }` : `for (let i = 0; i < ${m?.[1] ?? "n"}; i++) { ... }`;
  } },
  { pattern: /^\s*def\s+\w+\s*\(/, what: "def", form: () => "export function name(args: Types): ReturnType { ... }" },
  { pattern: /(^|\})\s*elif\b/, what: "elif", form: () => "} else if (condition) {" },
  { pattern: /\b(if|while)\b[^{]*\b(and|or)\b/, what: "and / or", form: () => "&& for and, || for or" },
  { pattern: /\b(if|while)\s+not\b|\(\s*not\s/, what: "not", form: () => "!condition" },
  { pattern: /\bis\s+(not\s+)?None\b/, what: "is None", form: () => "x === null (or x === undefined)" },
  { pattern: /\w\s*\[\s*:|\[[^\]]*,\s*:\s*\]/, what: "slicing with :", form: () => "x.reshape(...) or a loop: #np has no slicing" },
  { pattern: /\b\w+\s*@\s*\w+/, what: "the @ operator", form: () => "np.dot(A, B)" },
  { pattern: /\bf["']/, what: "an f-string", form: () => "a template literal: `W${l}`" },
  { pattern: /^\s*#/, what: "a # comment", form: () => "// a comment" },
  { pattern: /^\s*(if|for|while|else)\b[^{]*:\s*$/, what: "a block opened with :", form: () => "braces: if (condition) { ... }" },
  { pattern: /\blambda\b/, what: "lambda", form: () => "an arrow function: (x) => x * 2" },
];

export function syntaxHabit(lineText: string, line: number): Habit | undefined {
  const entry = SYNTAX.find((s) => s.pattern.test(lineText));
  if (!entry) return undefined;
  const P = messages.python.syntax;
  return { id: "python/syntax", name: `${P.name}: ${entry.what}`, explanation: P.explanation(entry.what), hint: P.hint(entry.form(lineText)), line };
}
