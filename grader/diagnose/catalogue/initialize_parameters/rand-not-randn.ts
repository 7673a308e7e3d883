// Catalogued mistake: uniform draws in [0, 1) (rand) instead of standard normal ones (randn).
import * as np from "#np";
import type { Parameters } from "./dnn_utils";

export function initialize_parameters(n_x: number, n_h: number, n_y: number): Parameters {
  np.random.seed(1);
  const W1 = np.multiply(np.random.rand(n_h, n_x), 0.01); // MISTAKE: rand, not randn
  const b1 = np.zeros([n_h, 1]);
  const W2 = np.multiply(np.random.rand(n_y, n_h), 0.01); // MISTAKE: rand, not randn
  const b2 = np.zeros([n_y, 1]);
  return { W1, b1, W2, b2 };
}
