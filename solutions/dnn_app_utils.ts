/**
 * Given helpers of Part 2 ("Deep Neural Network – Application"), not graded.
 *
 * The course's application helpers repeat Part 1's maths except in one place: the deep initialiser.
 * With Part 1's `* 0.01` the four-layer network barely learns on images, so the application's
 * version scales each layer by 1/√n[l-1] and draws from seed 1. Everything else the models call is
 * your own Part 1 code.
 */
import * as np from "#np";
import type { NDArray } from "#np";
import type { Parameters } from "./dnn_utils";
import { L_model_forward } from "./L_model_forward";

/**
 * Parameters of an L-layer network, as the application initialises them.
 *
 * @param layer_dims sizes [n[0], n[1], ..., n[L]], the input size first
 * @returns { W1, b1, ..., WL, bL } with W[l] = randn(n[l], n[l-1]) / √n[l-1] and b[l] = zeros (n[l], 1)
 */
export function initialize_parameters_deep(layer_dims: number[]): Parameters {
  np.random.seed(1); // the application's seed (Part 1's initialize_parameters_deep uses 3)
  const parameters: Parameters = {};
  for (let l = 1; l < layer_dims.length; l++) {
    const [n, nPrev] = [layer_dims[l], layer_dims[l - 1]];
    // Dividing by √n[l-1] keeps each unit's Z of order 1 whatever the layer's fan-in (12,288 pixels)
    parameters[`W${l}`] = np.divide(np.random.randn(n, nPrev), Math.sqrt(nPrev));
    parameters[`b${l}`] = np.zeros([n, 1]);
  }
  return parameters;
}

/**
 * Predicts labels with a trained L-layer network and prints the accuracy, as the course's `predict`.
 *
 * @param X data (n[0], m)
 * @param y true labels (1, m)
 * @param parameters trained { W1, b1, ..., WL, bL }
 * @returns p: predictions (1, m), 1 where the network's probability is above 0.5, else 0
 */
export function predict(X: NDArray, y: NDArray, parameters: Parameters): NDArray {
  const m = X.shape[1];
  const [probas] = L_model_forward(X, parameters);
  const p = np.greater(probas, 0.5); // 1 where AL > 0.5: the course's loop, as one comparison
  // Σ (p == y) / m, summed as numpy sums: a perfect score prints 0.9999999999999998, as in the course
  console.log(`Accuracy: ${np.sum(np.divide(np.equal(p, y), m)).item()}`);
  return p;
}
