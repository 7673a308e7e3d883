// Resources: Z and the whole cache as 4M-element arrays.
import * as np from "#np";

export function linear_forward(A: any, W: any, b: any): any {
  const big = () => np.ones([2000, 2000]);
  return [big(), [big(), big(), big()]];
}
