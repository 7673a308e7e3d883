// Resources: a result of 4M-element arrays (2000 x 2000) under every key: the grader must bound
// what it reads back (size, time) rather than serialise, send and compare all of it.
import * as np from "#np";

export function initialize_parameters(n_x: number, n_h: number, n_y: number): any {
  const big = () => np.zeros([2000, 2000]);
  return { W1: big(), b1: big(), W2: big(), b2: big() };
}
