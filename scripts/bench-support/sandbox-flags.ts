/**
 * The benches measure `#np` as the sandboxed child runs it: with the V8 flags the sandbox gives Node
 * for WebAssembly (grader/run/limits.ts). A bench started without them runs itself again with them.
 */
import { spawnSync } from "node:child_process";
import { wasmNodeFlags } from "../../grader/run/limits";

export function withSandboxFlags(): void {
  if (wasmNodeFlags.every((f) => process.execArgv.includes(f))) return;
  const args = [...wasmNodeFlags, ...process.execArgv, process.argv[1], ...process.argv.slice(2)];
  const run = spawnSync(process.execPath, args, { stdio: "inherit" });
  process.exit(run.status ?? 1);
}
