// CI output: commands inside the returned value rather than the message: a string, object keys with
// newlines, a value whose toString and Symbol.toPrimitive answer with commands.
export function L_model_forward(X: any, parameters: any): any {
  const sly = { toString: () => "\n::error::toString", [Symbol.toPrimitive]: () => "\n::error::primitive" };
  return ["\n::error file=x::in a value", [{ "\n::error::key": sly }, sly]];
}
