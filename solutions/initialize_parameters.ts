import * as np from "#np";
import type { Parameters } from "./dnn_utils";

/**
 * Parameters of a 2-layer network: LINEAR -> RELU -> LINEAR -> SIGMOID.
 *
 * @param n_x size of the input layer, n[0]
 * @param n_h size of the hidden layer, n[1]
 * @param n_y size of the output layer, n[2]
 * @returns { W1: (n_h, n_x), b1: (n_h, 1), W2: (n_y, n_h), b2: (n_y, 1) }
 *
 * Weights are drawn as randn(rows, cols) * 0.01, W1 first then W2; biases are zeros.
 */
export function initialize_parameters(n_x: number, n_h: number, n_y: number): Parameters {
  np.random.seed(1); // fixed by the course, so that everyone's weights match the expected output

  // Random weights break the symmetry between hidden units (with equal weights they would all learn
  // the same thing); 0.01 keeps Z small, where sigmoid is not flat. Biases need no randomness.
  const W1 = np.multiply(np.random.randn(n_h, n_x), 0.01); // W1 ~ 0.01·N(0, 1), (n_h, n_x)
  const b1 = np.zeros([n_h, 1]); //                           b1 = 0, (n_h, 1)
  const W2 = np.multiply(np.random.randn(n_y, n_h), 0.01); // W2 ~ 0.01·N(0, 1), (n_y, n_h)
  const b2 = np.zeros([n_y, 1]); //                           b2 = 0, (n_y, 1)
  return { W1, b1, W2, b2 };
}
