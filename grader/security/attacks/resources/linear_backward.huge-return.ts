// Resources: an array of length 2**32 - 1 (sparse: no memory, but 4 billion slots to walk), a
// 4M-element typed array and an object with 4M keys... of which the last has a getter.
export function linear_backward(dZ: any, cache: any): any {
  const sparse = new Array(2 ** 32 - 1);
  const wide: Record<string, number> = {};
  for (let i = 0; i < 1_000_000; i++) wide[`k${i}`] = i;
  return [sparse, new Float64Array(4_000_000), wide];
}
