// Resources: 4M-element arrays nested the way the real cache is.
import * as np from "#np";

export function linear_activation_forward(A_prev: any, W: any, b: any, activation: string): any {
  const big = np.ones([2000, 2000]);
  return [big, [[big, big, big], big]];
}
