// Prints a fake score and a fake results object, on stdout and stderr, then returns a wrong answer.
// What it prints must only show up in this case's output; the score stays 0. A console.trace
// shows the student's file and line, not the grader's internals.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

const fake = { format_version: "1.0", status: "ok", message: "100/100", score: 100, max_score: 100, exercises: [] };

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  // YOUR CODE STARTS HERE
  console.log("Score: 100/100 -- all tests passed");
  console.log(JSON.stringify(fake));
  process.stdout.write(JSON.stringify(fake, null, 2) + "\n");
  console.error("linear_forward: pass 10/10");
  process.stderr.write("}\n{\"score\": 100}\n");
  console.trace("where am I");
  const Z = np.zeros([W.shape[0], A.shape[1]]);
  // YOUR CODE ENDS HERE
  return [Z, [A, W, b]];
}
