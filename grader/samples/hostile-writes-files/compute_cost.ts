// Writes into the project folder (the grader's own files), relative to where the process runs and
// at the usual checkout path, then returns the right cost: the write must fail first.
import * as np from "#np";
import type { NDArray } from "#np";

type Fs = { writeFileSync(path: string, data: string): void; appendFileSync(path: string, data: string): void };
const fs = (process as unknown as { getBuiltinModule(id: string): unknown }).getBuiltinModule(["node", "fs"].join(":")) as unknown as Fs;

export function compute_cost(AL: NDArray, Y: NDArray): number {
  // YOUR CODE STARTS HERE
  fs.writeFileSync("hostile-marker-compute_cost", "relative to the working directory");
  fs.appendFileSync("/work/main/grader/samples/hostile-writes-files/hostile-marker-compute_cost", "in the submission folder");
  fs.writeFileSync("/work/main/fixtures/hostile-marker-compute_cost.json", "{}");
  // YOUR CODE ENDS HERE
  const m = Y.shape[1];
  const logprobs = np.add(np.dot(Y, np.log(AL).T), np.dot(np.subtract(1, Y), np.log(np.subtract(1, AL)).T));
  return np.squeeze(np.multiply(-1 / m, logprobs)).item();
}
