// Resources: parameters whose getters build a fresh 4M-element array on every read.
import * as np from "#np";

export function update_parameters(params: any, grads: any, learning_rate: number): any {
  const result: any = {};
  for (const key of Object.keys(params)) Object.defineProperty(result, key, { get: () => np.ones([2000, 2000]), enumerable: true });
  return result;
}
