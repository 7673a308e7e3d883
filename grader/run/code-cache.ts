/**
 * V8's code cache for the sandbox's harness: each child then loads the harness and np compiled
 * instead of compiling them as it first runs them (~15 to 25 ms of a child's CPU, of ~150 for a
 * correct submission). A cache is code every later child runs, so only a child that ran trusted
 * code makes one (`warmUp`: the reference solutions on the course's cases), never one that ran a
 * student's. It is kept in grader/.build/, keyed by the harness, Node's version and the child's
 * command line (V8 refuses a cache made otherwise, and compiles anew). Making one costs a grading
 * of the solutions (~1 s): bulk grading makes it; a single grading only uses one already made.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { harnessCode } from "../build/bundle";
import { paths } from "../paths";
import { writeAtomically } from "../results/write";
import { childCommand, probeConfinement, type SandboxLimits } from "./limits";
import { createSandbox, type Sandbox, type SandboxOptions } from "./sandbox";

const made = new Map<string, Promise<Buffer | undefined>>();

/** The code cache for children with `limits`: the one this machine has, or with `warmUp`, one made now. */
export function harnessCodeCache(options: SandboxOptions & { limits: SandboxLimits }, warmUp?: (sandbox: Sandbox) => Promise<void>): Promise<Buffer | undefined> {
  const command = childCommand(options.limits, options.confinement ?? probeConfinement(), "").join(" ");
  const memo = `${command}${warmUp ? "\0make" : ""}`;
  if (!made.has(memo)) {
    made.set(memo, harnessCode().then(async (harness) => {
      const key = createHash("sha1").update(`${harness}\0${process.version}\0${command}`).digest("hex").slice(0, 16);
      const file = join(paths.projectRoot, "grader", ".build", `harness-cache-${key}.bin`);
      try {
        return readFileSync(file);
      } catch {
        if (!warmUp) return undefined; // none yet, and this caller does not make one
      }
      const sandbox = createSandbox(options);
      try {
        await warmUp!(sandbox);
        const data = await sandbox.codeCache();
        if (data) {
          mkdirSync(join(paths.projectRoot, "grader", ".build"), { recursive: true });
          writeAtomically(file, data);
        }
        return data;
      } catch {
        return undefined; // a checkout without solutions, or a read-only one: children compile as before
      } finally {
        sandbox.close();
      }
    }));
  }
  return made.get(memo)!;
}
