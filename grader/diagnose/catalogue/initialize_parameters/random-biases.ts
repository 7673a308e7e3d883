// Catalogued mistake: the biases are drawn at random too, which also shifts the draws of W2.
import * as np from "#np";
import type { Parameters } from "./dnn_utils";

export function initialize_parameters(n_x: number, n_h: number, n_y: number): Parameters {
  np.random.seed(1);
  const W1 = np.multiply(np.random.randn(n_h, n_x), 0.01);
  const b1 = np.multiply(np.random.randn(n_h, 1), 0.01); // MISTAKE: biases are zeros
  const W2 = np.multiply(np.random.randn(n_y, n_h), 0.01);
  const b2 = np.multiply(np.random.randn(n_y, 1), 0.01); // MISTAKE: biases are zeros
  return { W1, b1, W2, b2 };
}
