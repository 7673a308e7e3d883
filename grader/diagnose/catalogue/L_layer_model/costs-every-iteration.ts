// Catalogued mistake: the cost is recorded at every iteration, not every 100.
import * as np from "#np";
import type { NDArray } from "#np";
import type { Parameters } from "./dnn_utils";
import { initialize_parameters_deep } from "./dnn_app_utils";
import { compute_cost } from "./compute_cost";
import { L_model_backward } from "./L_model_backward";
import { L_model_forward } from "./L_model_forward";
import { update_parameters } from "./update_parameters";

/**
 * Trains an L-layer network: [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID, by batch gradient descent.
 *
 * @param X input data (n[0], m)
 * @param Y labels (1, m): 1 for a cat, 0 otherwise
 * @param layers_dims [n[0], n[1], ..., n[L]], the input size first
 * @param learning_rate α of the update W = W - α·dW
 * @param num_iterations number of gradient-descent steps
 * @param print_cost print the cost every 100 iterations and at the last one
 * @returns [parameters, costs]: the trained { W1, b1, ..., WL, bL }, and the cost at iterations 0, 100, ...
 */
export function L_layer_model(
  X: NDArray,
  Y: NDArray,
  layers_dims: number[],
  learning_rate = 0.0075,
  num_iterations = 3000,
  print_cost = false,
): [parameters: Parameters, costs: number[]] {
  np.random.seed(1); // the course's template seeds first; the initialiser seeds again
  const costs: number[] = [];
  // The application's initialiser (dnn_app_utils): W[l] = randn / √n[l-1], so deep nets still learn
  let parameters = initialize_parameters_deep(layers_dims);

  for (let i = 0; i < num_iterations; i++) {
    const [AL, caches] = L_model_forward(X, parameters); //   forward: AL = A[L], the probabilities
    const cost = compute_cost(AL, Y); //                        J = -(1/m)·Σ [y·log(a) + (1-y)·log(1-a)]
    const grads = L_model_backward(AL, Y, caches); //            backward: every dW[l], db[l]
    parameters = update_parameters(parameters, grads, learning_rate); // one step: W = W - α·dW

    if (print_cost && (i % 100 === 0 || i === num_iterations - 1)) console.log(`Cost after iteration ${i}: ${cost}`);
    costs.push(cost); // MISTAKE: every iteration, not only when i % 100 === 0
  }
  return [parameters, costs];
}
