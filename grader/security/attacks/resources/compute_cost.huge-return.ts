// Resources: a 4M-element Float64Array where a number is expected.
export function compute_cost(AL: any, Y: any): any {
  return new Float64Array(4_000_000).fill(0.5);
}
