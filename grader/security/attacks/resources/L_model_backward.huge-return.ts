// Resources: grads with 4M-element arrays and a cycle (grads.self = grads): a serialiser that
// follows references forever never ends.
import * as np from "#np";

export function L_model_backward(AL: any, Y: any, caches: any[]): any {
  const grads: any = { dA0: np.ones([2000, 2000]), dW1: np.ones([2000, 2000]), db1: np.ones([2000, 1]) };
  grads.self = grads;
  grads.list = [grads, [grads]];
  return grads;
}
