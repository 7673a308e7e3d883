// A student's L_layer_model whose loop never ends: the counter is never increased.
import type { NDArray } from "#np";

export function L_layer_model(X: NDArray, Y: NDArray, layers_dims: number[], learning_rate = 0.0075, num_iterations = 3000): [Record<string, NDArray>, number[]] {
  const costs: number[] = [];
  for (let i = 0; i < num_iterations; ) costs.length = 0;
  return [{}, costs];
}
