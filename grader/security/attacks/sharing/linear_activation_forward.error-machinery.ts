// State shared between students: the error machinery. Error[Symbol.hasInstance] makes every
// `instanceof Error` false, Error.prototype's name and toString lie, Object.prototype.toString says
// "[object Error]" of everything; then it throws a Proxy whose every trap throws.
export function linear_activation_forward(A_prev: any, W: any, b: any, activation: string): any {
  const done: string[] = [];
  const attempt = (name: string, f: () => void) => {
    try {
      f();
      done.push(name);
    } catch {
      done.push(`${name} refused`);
    }
  };
  attempt("hasInstance", () => Object.defineProperty(Error, Symbol.hasInstance, { value: () => false, configurable: true }));
  attempt("name", () => Object.defineProperty(Error.prototype, "name", { get: () => "::error file=x::name", configurable: true }));
  attempt("toString", () => Object.defineProperty(Error.prototype, "toString", { value: () => "Error: all passed", configurable: true, writable: true }));
  attempt("Object.prototype.toString", () => Object.defineProperty(Object.prototype, "toString", { value: () => "[object Error]", configurable: true, writable: true }));
  throw new Proxy({}, {
    get() {
      throw new Error(`error-machinery: ${done.join(", ")}`);
    },
    getPrototypeOf() {
      throw new Error("error-machinery: getPrototypeOf");
    },
    ownKeys() {
      throw new Error("error-machinery: ownKeys");
    },
    has() {
      throw new Error("error-machinery: has");
    },
  });
}
