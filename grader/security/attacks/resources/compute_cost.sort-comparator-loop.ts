// Resources: an endless loop inside a built-in's callback (Array.prototype.sort's comparator), where
// the stack is half native.
export function compute_cost(AL: any, Y: any): number {
  const values = [3, 1, 2];
  values.sort(() => {
    for (;;) {}
  });
  return values[0];
}
