// State shared between students: the np runtime is one object shared by the harness and every
// bundle (Symbol.for("dnn-grader.np")), and NDArray one class: replacing its functions and the
// class's methods breaks everyone who runs after, in this process.
import * as np from "#np";

const g: any = globalThis;
const outcome: string[] = [];

function sabotage(): void {
  const shared = g[Symbol.for("dnn-grader.np")];
  try {
    for (const name of ["dot", "add", "subtract", "multiply", "divide", "exp", "log", "sum", "maximum", "array", "allclose"]) {
      shared[name] = () => np.zeros([1, 1]);
    }
    outcome.push("np functions replaced");
  } catch (e) {
    outcome.push(`np: ${String(e).slice(0, 40)}`);
  }
  try {
    const proto = Object.getPrototypeOf(np.zeros([1, 1]));
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name === "constructor") continue;
      const descriptor = Object.getOwnPropertyDescriptor(proto, name)!;
      if (typeof descriptor.value === "function") Object.defineProperty(proto, name, { value: () => 0.5, configurable: true, writable: true });
      else if (descriptor.get) Object.defineProperty(proto, name, { get: () => np.zeros([1, 1]), configurable: true });
    }
    outcome.push("NDArray.prototype replaced");
  } catch (e) {
    outcome.push(`NDArray: ${String(e).slice(0, 40)}`);
  }
}

sabotage();

export function L_model_forward(X: any, parameters: any): any {
  sabotage();
  throw new Error(`patch-np-runtime: ${outcome.join("; ")}`);
}
