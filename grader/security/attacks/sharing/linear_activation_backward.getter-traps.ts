// State shared between students: accessors on Object.prototype for the names every message and
// array has (type, kind, items, value, message, stack, name, code): reading them on an object that
// lacks them throws or lies. And Error.prepareStackTrace / captureStackTrace replaced, so every later
// error's stack and location is one this function wrote.
function trap(name: string, value: () => unknown): void {
  try {
    Object.defineProperty(Object.prototype, name, {
      get: value,
      set(this: object, v: unknown) {
        Object.defineProperty(this, name, { value: v, writable: true, configurable: true, enumerable: true });
      },
      configurable: true,
    });
  } catch {
    // frozen
  }
}

export function linear_activation_backward(dA: any, cache: any, activation: string): any {
  trap("type", () => "number");
  trap("kind", () => "returned");
  trap("items", () => {
    throw new Error("getter-traps: items");
  });
  trap("value", () => 0.5);
  trap("code", () => "ERR_NONE");
  try {
    Error.prepareStackTrace = () => "Error: getter-traps\n    at solutions/linear_forward.ts:1:1";
    (Error as any).captureStackTrace = () => {};
    Error.stackTraceLimit = 0;
  } catch {
    // frozen
  }
  return [0.5, 0.5, 0.5];
}
