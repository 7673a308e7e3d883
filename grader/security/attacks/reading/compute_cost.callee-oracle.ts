// Reading through the grader: the harness answers calls of reference callees by asking the grader
// (globalThis[Symbol.for("dnn-grader.callee")]). compute_cost calls no graded function: it asks for
// its own reference answer anyway (returned if given: it would score), for other functions, and
// with names and arguments the grader may not expect.
import * as np from "#np";

const g: any = globalThis;

export function compute_cost(AL: any, Y: any): number {
  const callee = g[Symbol.for("dnn-grader.callee")];
  if (typeof callee !== "function") throw new Error("callee-oracle: no callee global");
  const outcome: string[] = [];
  try {
    const answer = callee("compute_cost", [AL, Y]);
    return answer;
  } catch (e) {
    outcome.push(`own reference: ${String(e).slice(0, 80)}`);
  }
  const attempts: [string, unknown[]][] = [
    ["linear_forward", [AL, Y, Y]],
    ["__proto__", []],
    ["constructor", []],
    ["../solutions/compute_cost", [AL, Y]],
    ["compute_cost\u0000", [AL, Y]],
    ["linear_backward", [np.zeros([2000, 2000]), [AL, Y, Y]]],
  ];
  for (const [name, args] of attempts) {
    try {
      const answer = callee(name, args);
      outcome.push(`BREACH: the grader answered ${JSON.stringify(name)}: ${String(answer).slice(0, 60)}`);
    } catch (e) {
      outcome.push(`${JSON.stringify(name)}: ${String(e).slice(0, 60)}`);
    }
  }
  throw new Error(`callee-oracle: ${outcome.join("; ")}`);
}
