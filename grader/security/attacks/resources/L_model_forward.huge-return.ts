// Resources, amplified: a 4M-element array whose every element is the same 4M-element NDArray. Tiny
// in memory (references), 16 trillion numbers if serialised naively.
import * as np from "#np";

export function L_model_forward(X: any, parameters: any): any {
  const big = np.ones([2000, 2000]);
  return [big, new Array(4_000_000).fill(big)];
}
