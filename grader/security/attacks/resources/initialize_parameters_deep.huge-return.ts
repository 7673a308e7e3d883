// Resources: a plain 4M-element JS array (not an NDArray) under each key.
export function initialize_parameters_deep(layer_dims: number[]): any {
  const big = () => new Array(4_000_000).fill(0.5);
  return { W1: big(), b1: big() };
}
