// Tries to fetch the answers from a server while the module loads: TCP to loopback and to a public
// address, and fetch. In the sandbox's empty network namespace no connection can be made, and
// since the sandbox never runs the event loop, no reply could be read anyway: the function throws
// what it knows, that nothing came back. (grader/grade/hostile.test.ts checks from the server's
// side that no connection arrives.)
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

type Socket = { on(event: string, f: (data?: unknown) => void): Socket };
type Net = { connect(port: number, host: string): Socket };
const net = (process as unknown as { getBuiltinModule(id: string): Net }).getBuiltinModule(["node", "net"].join(":"));

let answers = "";
for (const [host, port] of [["127.0.0.1", 80], ["1.1.1.1", 443]] as const) {
  net.connect(port, host).on("data", (data) => (answers += String(data)));
}
fetch("http://example.com/answers.json").then(async (r) => (answers += await r.text()), () => undefined);

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  // YOUR CODE STARTS HERE
  if (!answers) throw new Error("could not get the answers: nothing came back");
  // YOUR CODE ENDS HERE
  return [np.zeros([1, 1]), [A, W, b]];
}
