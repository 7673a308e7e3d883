/**
 * Runs the type check in a separate process (it is the grader's own trusted code, but it takes
 * half a second of CPU), so it overlaps with grading instead of delaying it.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { paths } from "../paths";
import { messages } from "../messages/messages";

const prebuilt = () => typeof (globalThis as Record<symbol, unknown>)[Symbol.for("dnn-grader.prebuilt-harness")] === "string";

export function typecheckInBackground(dir: string, files: readonly string[], timeoutMs = 30_000): Promise<string[]> {
  const command = prebuilt()
    ? [join(paths.projectRoot, "grader", "cli", "launch.mjs"), "typecheck"]
    : ["--import", "tsx", join(paths.projectRoot, "grader", "cli", "typecheck.ts")];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...command, dir, ...files], { stdio: ["ignore", "pipe", "pipe"], cwd: paths.projectRoot });
    let stdout = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.on("close", (code) => {
      clearTimeout(timer);
      try {
        const warnings = JSON.parse(stdout) as string[];
        resolve(warnings.map(messages.typeWarning));
      } catch {
        resolve([messages.typecheckFailed(code)]);
      }
    });
  });
}
