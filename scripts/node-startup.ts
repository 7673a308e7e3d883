/**
 * Node's own start-up on this machine, printed beside the benchmarks' figures: every sandboxed child
 * pays it, and it depends on the environment (these machines set NODE_EXTRA_CA_CERTS, which makes
 * Node load extra certificates at start; the sandbox starts its children with an empty one).
 */
import { spawnSync } from "node:child_process";

function medianMs(env: NodeJS.ProcessEnv, runs = 7): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    spawnSync(process.execPath, ["-e", "0"], { env, stdio: "ignore" });
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/** One line: `node -e 0`'s wall time with an empty environment and with this one. */
export function nodeStartupLine(): string {
  const extra = process.env.NODE_EXTRA_CA_CERTS ? ", which sets NODE_EXTRA_CA_CERTS" : "";
  return `  Node's own start-up (node -e 0, median wall time): ${medianMs({}).toFixed(0)} ms with an empty environment (as the sandbox starts its children), ${medianMs(process.env).toFixed(0)} ms with this shell's${extra}; Node ${process.version}`;
}
