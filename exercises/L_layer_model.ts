import * as np from "#np";
import type { NDArray } from "#np";
import { NotImplementedError } from "./dnn_utils";
import type { Parameters } from "./dnn_utils";
import { initialize_parameters_deep } from "./dnn_app_utils";
import { compute_cost } from "./compute_cost";
import { L_model_backward } from "./L_model_backward";
import { L_model_forward } from "./L_model_forward";
import { update_parameters } from "./update_parameters";

/**
 * Trains an L-layer network, [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID, by batch gradient
 * descent, with your own Part 1 functions.
 *
 * @param X input data (n[0], m): one example per column (for the images, n[0] = 12288)
 * @param Y labels (1, m): 1 for a cat, 0 otherwise
 * @param layers_dims [n[0], n[1], ..., n[L]], the input size first
 * @param learning_rate α of the update W = W - α·dW
 * @param num_iterations number of gradient-descent steps
 * @param print_cost print the cost every 100 iterations and at the last one
 * @returns [parameters, costs]: the trained { W1, b1, ..., WL, bL } (W[l]: (n[l], n[l-1]), b[l]: (n[l], 1)),
 *   and the cost at iterations 0, 100, 200, ... (one number each)
 *
 * 1. parameters = initialize_parameters_deep(layers_dims), the application's version, imported from
 *    ./dnn_app_utils (W[l] = randn / √n[l-1], seed 1), not your Part 1 one (* 0.01, seed 3)
 * 2. For i = 0 .. num_iterations - 1:
 *    a. [AL, caches] = L_model_forward(X, parameters), AL: (1, m)
 *    b. cost = compute_cost(AL, Y)
 *    c. grads = L_model_backward(AL, Y, caches)
 *    d. parameters = update_parameters(parameters, grads, learning_rate)
 *    e. if i % 100 === 0: costs.push(cost); with print_cost, also at i = num_iterations - 1:
 *       console.log(`Cost after iteration ${i}: ${cost}`)
 * 3. return [parameters, costs]
 */
export function L_layer_model(
  X: NDArray,
  Y: NDArray,
  layers_dims: number[],
  learning_rate = 0.0075,
  num_iterations = 3000,
  print_cost = false,
): [parameters: Parameters, costs: number[]] {
  np.random.seed(1); // keep this line: the expected output depends on it
  const costs: number[] = [];

  // YOUR CODE STARTS HERE
  throw new NotImplementedError("L_layer_model");
  // YOUR CODE ENDS HERE
}
