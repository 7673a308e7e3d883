// Writes a marker and spawns a process at the top level, while the module loads.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

const name = (m: string) => ["node", m].join(":");
const fs = (process as unknown as { getBuiltinModule(id: string): unknown }).getBuiltinModule(name("fs")) as unknown as { writeFileSync(path: string, data: string): void };
const cp = (process as unknown as { getBuiltinModule(id: string): unknown }).getBuiltinModule(name("child_process")) as unknown as { spawnSync(cmd: string, args: string[]): unknown };
try {
  cp.spawnSync("touch", ["/tmp/hostile-marker-import-spawn"]);
} catch {
  // keep going: maybe the file write works
}
fs.writeFileSync("/tmp/hostile-marker-import", "written while loading");

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  const Z = np.add(np.dot(W, A), b);
  return [Z, [A, W, b]];
}
