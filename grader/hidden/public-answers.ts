/**
 * For tests and benchmarks: writes the submission a cheater would hand in, each function returning
 * the course's published answer for the public case its arguments look like, whatever the values.
 * It passes every public case and, by construction of the hidden recipes, fails every hidden one.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadFixtures } from "../fixtures/load";
import type { Value } from "../values/value";

function nested(shape: number[], data: number[]): unknown {
  if (shape.length === 0) return data[0];
  const [first, ...rest] = shape;
  const size = rest.reduce((p, d) => p * d, 1);
  return Array.from({ length: first }, (_, i) => nested(rest, data.slice(i * size, (i + 1) * size)));
}

/** TypeScript source that rebuilds `value` with #np. */
export function valueCode(value: Value): string {
  switch (value.type) {
    case "ndarray":
      return `np.array(${JSON.stringify(nested(value.shape, value.data))})`;
    case "number":
    case "string":
    case "boolean":
      return JSON.stringify(value.value);
    case "sequence":
      return `[${value.items.map(valueCode).join(", ")}]`;
    case "mapping":
      return `{ ${value.entries.map(([k, v]) => `${JSON.stringify(k)}: ${valueCode(v)}`).join(", ")} }`;
    default:
      return "undefined";
  }
}

/** What tells the public cases of one function apart: their plain-number and string arguments. */
const fingerprint = `(args: unknown[]) => JSON.stringify(args.map((a) => (typeof a === "number" || typeof a === "string" || (Array.isArray(a) && typeof a[0] === "number") ? a : 0)))`;

function argsFingerprint(args: Value[]): string {
  const plain = args.map((a) =>
    a.type === "number" || a.type === "string" ? a.value : a.type === "sequence" && a.items[0]?.type === "number" ? a.items.map((i) => (i as { value: number }).value) : 0,
  );
  return JSON.stringify(plain);
}

export function publicAnswersSource(functionName: string, cases: { args: Value[]; expected: Value }[], header = ""): string {
  const answers = cases.map((c) => `  [${JSON.stringify(argsFingerprint(c.args))}, ${valueCode(c.expected)}],`).join("\n");
  return `${header}import * as np from "#np";

const answers: [string, unknown][] = [
${answers}
];
const fingerprint = ${fingerprint};

export function ${functionName}(...args: unknown[]): any {
  const key = fingerprint(args);
  return (answers.find(([k]) => k === key) ?? answers[0])[1];
}
`;
}

/** Writes a cheater's file for each of `functionNames` into `dir`. */
export function writePublicAnswers(dir: string, functionNames: readonly string[], header = ""): void {
  mkdirSync(dir, { recursive: true });
  const fixtures = loadFixtures(functionNames);
  for (const name of functionNames) writeFileSync(join(dir, `${name}.ts`), publicAnswersSource(name, fixtures.byFunction.get(name)!.cases, header));
}
