// An async function that imports node:fs inside itself and writes after an await: it returns a
// Promise (no result), and the write, refused, surfaces as an unhandled rejection in its output.
import type { Parameters } from "./dnn_utils";

export async function initialize_parameters(n_x: number, n_h: number, n_y: number): Promise<Parameters> {
  // YOUR CODE STARTS HERE
  const fs = (await import(["node", "fs"].join(":"))) as { writeFileSync(path: string, data: string): void };
  fs.writeFileSync(`/tmp/hostile-marker-async-${n_x}`, "written after an await");
  // YOUR CODE ENDS HERE
  return {};
}
