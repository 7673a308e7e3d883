// Catalogued mistake (it throws on the course's cases): the whole cache [linear_cache, Z] is given to sigmoid_backward or relu_backward, which want Z alone.
import type { NDArray } from "#np";
import { relu_backward, sigmoid_backward } from "./dnn_utils";
import type { Activation, LinearActivationCache } from "./dnn_utils";
import { linear_backward } from "./linear_backward";

export function linear_activation_backward(
  dA: NDArray,
  cache: LinearActivationCache,
  activation: Activation,
): [dA_prev: NDArray, dW: NDArray, db: NDArray] {
  const [linear_cache, activation_cache] = cache;
  // dZ[l] = dA[l] * g'(Z[l]): σ' = σ(1 - σ), relu' = 1 where Z > 0 else 0; the activation cache is Z
  const dZ = activation === "sigmoid" ? sigmoid_backward(dA, cache as never) : relu_backward(dA, cache as never); // MISTAKE: activation_cache
  const [dA_prev, dW, db] = linear_backward(dZ, linear_cache); // through Z[l] = W[l]·A[l-1] + b[l]
  return [dA_prev, dW, db];
}
