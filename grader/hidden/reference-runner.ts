/**
 * Runs inside the sandboxed child, as trusted grader code loaded like a student bundle, before the
 * student's code: the reference solutions compute the hidden cases' expected values. It then
 * restarts np.random exactly as a fresh child has it, so the student's code sees the generator it
 * would see under `npm run grade`, whoever was graded in this child before.
 */
import * as np from "#np";
import { initialize_parameters } from "../../solutions/initialize_parameters";
import { initialize_parameters_deep } from "../../solutions/initialize_parameters_deep";
import { linear_forward } from "../../solutions/linear_forward";
import { linear_activation_forward } from "../../solutions/linear_activation_forward";
import { L_model_forward } from "../../solutions/L_model_forward";
import { compute_cost } from "../../solutions/compute_cost";
import { linear_backward } from "../../solutions/linear_backward";
import { linear_activation_backward } from "../../solutions/linear_activation_backward";
import { L_model_backward } from "../../solutions/L_model_backward";
import { update_parameters } from "../../solutions/update_parameters";

const solutions: Record<string, (...args: never[]) => unknown> = {
  initialize_parameters,
  initialize_parameters_deep,
  linear_forward,
  linear_activation_forward,
  L_model_forward,
  compute_cost,
  linear_backward,
  linear_activation_backward,
  L_model_backward,
  update_parameters,
};

/** `requests`: [function name, its arguments] per case; returns each case's expected value, in order. */
export function expectedValues(requests: [string, unknown[]][]): unknown[] {
  try {
    return requests.map(([name, args]) => solutions[name](...(args as never[])));
  } finally {
    np.random.seed(np.random.DEFAULT_SEED);
  }
}
