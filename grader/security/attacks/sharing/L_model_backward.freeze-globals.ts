// State shared between students: freezing. Object.prototype, Array.prototype, Math, JSON, the np
// runtime and process.env frozen, globalThis made non-extensible: code that runs later in this
// process and assigns to any of them throws (in strict mode) or silently does nothing.
const g: any = globalThis;

export function L_model_backward(AL: any, Y: any, caches: any[]): any {
  const done: string[] = [];
  const targets: [string, () => unknown][] = [
    ["np runtime", () => Object.freeze(g[Symbol.for("dnn-grader.np")])],
    ["Math", () => Object.freeze(Math)],
    ["JSON", () => Object.freeze(JSON)],
    ["process.env", () => Object.freeze(g.process?.env)],
    ["Array.prototype", () => Object.freeze(Array.prototype)],
    ["Function.prototype", () => Object.freeze(Function.prototype)],
    ["Object.prototype", () => Object.freeze(Object.prototype)],
    ["globalThis", () => Object.preventExtensions(g)],
  ];
  for (const [name, freeze] of targets) {
    try {
      freeze();
      done.push(name);
    } catch (e) {
      done.push(`${name} refused`);
    }
  }
  return { dA0: `freeze-globals: ${done.join(", ")}` };
}
