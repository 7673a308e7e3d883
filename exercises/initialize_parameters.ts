import * as np from "#np";
import { NotImplementedError } from "./dnn_utils";
import type { Parameters } from "./dnn_utils";

/**
 * Parameters of a 2-layer network: LINEAR -> RELU -> LINEAR -> SIGMOID.
 *
 * @param n_x size of the input layer, n[0]
 * @param n_h size of the hidden layer, n[1]
 * @param n_y size of the output layer, n[2]
 * @returns { W1: (n_h, n_x), b1: (n_h, 1), W2: (n_y, n_h), b2: (n_y, 1) }
 *
 * Weights: W = randn(rows, cols) * 0.01, drawn W1 first, then W2 (np.random.randn, np.multiply).
 * Biases: zeros, np.zeros([rows, 1]); they draw no random numbers.
 * Return the object { W1, b1, W2, b2 }.
 */
export function initialize_parameters(n_x: number, n_h: number, n_y: number): Parameters {
  np.random.seed(1); // keep this line: the expected output depends on it

  // YOUR CODE STARTS HERE
  throw new NotImplementedError("initialize_parameters");
  // YOUR CODE ENDS HERE
}
