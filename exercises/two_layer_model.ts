import * as np from "#np";
import type { NDArray } from "#np";
import { NotImplementedError } from "./dnn_utils";
import type { Grads, Parameters } from "./dnn_utils";
import { compute_cost } from "./compute_cost";
import { initialize_parameters } from "./initialize_parameters";
import { linear_activation_backward } from "./linear_activation_backward";
import { linear_activation_forward } from "./linear_activation_forward";
import { update_parameters } from "./update_parameters";

/**
 * Trains a two-layer network, LINEAR -> RELU -> LINEAR -> SIGMOID, by batch gradient descent, with
 * your own Part 1 functions.
 *
 * @param X input data (n_x, m): one example per column (for the images, n_x = 12288)
 * @param Y labels (1, m): 1 for a cat, 0 otherwise
 * @param layers_dims [n_x, n_h, n_y]
 * @param learning_rate α of the update W = W - α·dW
 * @param num_iterations number of gradient-descent steps
 * @param print_cost print the cost every 100 iterations and at the last one
 * @returns [parameters, costs]: the trained { W1: (n_h, n_x), b1: (n_h, 1), W2: (n_y, n_h), b2: (n_y, 1) },
 *   and the cost at iterations 0, 100, 200, ... (one number each)
 *
 * 1. parameters = initialize_parameters(n_x, n_h, n_y)
 * 2. For i = 0 .. num_iterations - 1:
 *    a. forward: [A1, cache1] = linear_activation_forward(X, W1, b1, "relu"), then
 *       [A2, cache2] = linear_activation_forward(A1, W2, b2, "sigmoid"), A2: (1, m)
 *    b. cost = compute_cost(A2, Y)
 *    c. dA2 = -(Y/A2 - (1-Y)/(1-A2)), elementwise (np.divide, np.subtract, np.negative)
 *    d. backward: [dA1, dW2, db2] = linear_activation_backward(dA2, cache2, "sigmoid"), then
 *       [dA0, dW1, db1] = linear_activation_backward(dA1, cache1, "relu")
 *    e. parameters = update_parameters(parameters, { dW1, db1, dW2, db2 }, learning_rate)
 *    f. if i % 100 === 0: costs.push(cost); with print_cost, also at i = num_iterations - 1:
 *       console.log(`Cost after iteration ${i}: ${cost}`)
 * 3. return [parameters, costs]
 */
export function two_layer_model(
  X: NDArray,
  Y: NDArray,
  layers_dims: number[],
  learning_rate = 0.0075,
  num_iterations = 3000,
  print_cost = false,
): [parameters: Parameters, costs: number[]] {
  np.random.seed(1); // keep this line: the expected output depends on it
  const costs: number[] = [];
  const [n_x, n_h, n_y] = layers_dims;

  // YOUR CODE STARTS HERE
  throw new NotImplementedError("two_layer_model");
  // YOUR CODE ENDS HERE
}
