// Catalogued mistake: the iterations loop starts at 1, so it runs one iteration short.
import * as np from "#np";
import type { NDArray } from "#np";
import type { Grads, Parameters } from "./dnn_utils";
import { compute_cost } from "./compute_cost";
import { initialize_parameters } from "./initialize_parameters";
import { linear_activation_backward } from "./linear_activation_backward";
import { linear_activation_forward } from "./linear_activation_forward";
import { update_parameters } from "./update_parameters";

/**
 * Trains a two-layer network: LINEAR -> RELU -> LINEAR -> SIGMOID, by batch gradient descent.
 *
 * @param X input data (n_x, m)
 * @param Y labels (1, m): 1 for a cat, 0 otherwise
 * @param layers_dims [n_x, n_h, n_y]
 * @param learning_rate α of the update W = W - α·dW
 * @param num_iterations number of gradient-descent steps
 * @param print_cost print the cost every 100 iterations and at the last one
 * @returns [parameters, costs]: the trained { W1, b1, W2, b2 }, and the cost at iterations 0, 100, 200, ...
 */
export function two_layer_model(
  X: NDArray,
  Y: NDArray,
  layers_dims: number[],
  learning_rate = 0.0075,
  num_iterations = 3000,
  print_cost = false,
): [parameters: Parameters, costs: number[]] {
  np.random.seed(1); // the course's template seeds first; initialize_parameters seeds again
  const costs: number[] = [];
  const [n_x, n_h, n_y] = layers_dims;
  let parameters = initialize_parameters(n_x, n_h, n_y);

  for (let i = 1; i < num_iterations; i++) { // MISTAKE: from 1, so num_iterations - 1 steps
    // Forward: A1 = relu(W1·X + b1), A2 = σ(W2·A1 + b2)
    const [A1, cache1] = linear_activation_forward(X, parameters.W1, parameters.b1, "relu");
    const [A2, cache2] = linear_activation_forward(A1, parameters.W2, parameters.b2, "sigmoid");

    const cost = compute_cost(A2, Y); // J = -(1/m)·Σ [y·log(a) + (1-y)·log(1-a)]

    // Backward: dJ/dA2 = -(y/a - (1-y)/(1-a)), then through each layer from the output down
    const dA2 = np.negative(np.subtract(np.divide(Y, A2), np.divide(np.subtract(1, Y), np.subtract(1, A2))));
    const [dA1, dW2, db2] = linear_activation_backward(dA2, cache2, "sigmoid");
    const [, dW1, db1] = linear_activation_backward(dA1, cache1, "relu");
    const grads: Grads = { dW1, db1, dW2, db2 };

    parameters = update_parameters(parameters, grads, learning_rate); // one step: W = W - α·dW

    if (print_cost && (i % 100 === 0 || i === num_iterations - 1)) console.log(`Cost after iteration ${i}: ${cost}`);
    if (i % 100 === 0) costs.push(cost);
  }
  return [parameters, costs];
}
