import * as np from "#np";
import type { NDArray } from "#np";
import { NotImplementedError } from "./dnn_utils";
import type { Grads, LinearActivationCache } from "./dnn_utils";
import { linear_activation_backward } from "./linear_activation_backward";

/**
 * The whole backward pass: the twin of L_model_forward, from layer L down to layer 1.
 *
 * @param AL predicted probabilities, A[L]: (1, m)
 * @param Y true labels, 0 or 1: (1, m)
 * @param caches the L caches of L_model_forward, layer 1 first (caches[l - 1] belongs to layer l)
 * @returns grads with exactly the keys dA0 ... dA(L-1), dW1 ... dWL, db1 ... dbL:
 *   dA[l]: (n[l], m) (dA0 is the gradient with respect to X), dW[l]: (n[l], n[l-1]), db[l]: (n[l], 1)
 *
 * 1. dAL = -(Y/AL - (1-Y)/(1-AL)), elementwise (np.divide, np.subtract, np.negative)
 * 2. Layer L (sigmoid): linear_activation_backward(dAL, caches[L - 1], "sigmoid")
 *    gives grads[`dA${L - 1}`], grads[`dW${L}`], grads[`db${L}`]
 * 3. For l = L-2 down to 0 (relu): linear_activation_backward(grads[`dA${l + 1}`], caches[l], "relu")
 *    gives grads[`dA${l}`], grads[`dW${l + 1}`], grads[`db${l + 1}`]
 * 4. return grads
 */
export function L_model_backward(AL: NDArray, Y: NDArray, caches: LinearActivationCache[]): Grads {
  const grads: Grads = {};
  const L = caches.length; // number of layers
  Y = Y.reshape(AL.shape); // after this line, Y is the same shape as AL

  // YOUR CODE STARTS HERE
  throw new NotImplementedError("L_model_backward");
  // YOUR CODE ENDS HERE
}
