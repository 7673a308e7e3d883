/**
 * A package (build/package.ts) must behave as separate bundles would: each member has its own
 * instances of the student's modules, a module that throws while loading fails only the members
 * that import it, and what the import rule refuses is left to the per-function bundles.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadExercises } from "../course/exercises";
import { mapStack } from "./stack";
import { buildStudentPackage } from "./package";
import { createSandbox, type Job, type JobOutcome } from "../run/sandbox";
import type { ResolutionContext } from "./bundle";
import { bundleToken } from "../run/protocol";

const graded = loadExercises().map((e) => e.name);
const dirs: string[] = [];

function submission(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "dnn-package-test-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const sandbox = createSandbox();
afterAll(() => {
  sandbox.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Builds the package of `contexts` and runs each member's function once per case. */
async function runMembers(dir: string, contexts: (ResolutionContext & { calls: number })[]): Promise<JobOutcome[]> {
  const built = await buildStudentPackage(dir, graded, contexts);
  if (!built) throw new Error("expected a package");
  const packageKey = `package@${dirs.length}-${Math.random()}`;
  const jobs: Job[] = contexts.map((c) => ({
    key: `${c.functionName}:${c.dependencies}@${packageKey}`,
    source: { package: packageKey, code: built.code, member: `${c.functionName}:${c.dependencies}` },
    exportName: c.functionName,
    cases: Array.from({ length: c.calls }, () => []),
    timeoutMs: 5000,
  }));
  return sandbox.runJobs(jobs);
}

const values = (o: JobOutcome) => o.outcomes.map((x) => (x.kind === "returned" && x.value.type === "number" ? x.value.value : x.kind));

describe("a submission's package", () => {
  // linear_forward counts its calls in a module-level variable; linear_activation_forward returns
  // what its own linear_forward returns.
  const counting = {
    "linear_forward.ts": "let calls = 0;\nexport function linear_forward() {\n  calls += 1;\n  return calls;\n}\n",
    "linear_activation_forward.ts": 'import { linear_forward } from "./linear_forward";\nexport function linear_activation_forward() {\n  return linear_forward();\n}\n',
  };

  it("gives each member its own instance of the student's modules, as separate bundles would", async () => {
    const dir = submission(counting);
    const [alone, own] = await runMembers(dir, [
      { functionName: "linear_forward", dependencies: "reference", calls: 3 },
      { functionName: "linear_activation_forward", dependencies: "own", calls: 2 },
    ]);
    expect(values(alone)).toEqual([1, 2, 3]);
    // Not 4 and 5: the own-dependencies member counts from its own fresh linear_forward.
    expect(values(own)).toEqual([1, 2]);
  });

  it("fails only the members whose modules throw while loading, and names the student's line", async () => {
    const dir = submission({
      ...counting,
      "helpers.ts": 'export const scale = 2;\nthrow new RangeError("broken helper");\n',
      "compute_cost.ts": 'import { scale } from "./helpers";\nexport function compute_cost() {\n  return scale;\n}\n',
    });
    const built = await buildStudentPackage(dir, graded, [{ functionName: "compute_cost", dependencies: "reference" }]);
    const [cost, forward] = await runMembers(dir, [
      { functionName: "compute_cost", dependencies: "reference", calls: 1 },
      { functionName: "linear_forward", dependencies: "reference", calls: 1 },
    ]);
    expect(cost.load.kind).toBe("load-failed");
    expect(values(forward)).toEqual([1]);
    if (cost.load.kind !== "load-failed" || !built) throw new Error("unreachable");
    expect(cost.load.error.message).toBe("broken helper");
    // The trace names the package by token; its source map leads back to helpers.ts, line 2.
    const token = /grader-bundle:[^:\s)]+/.exec(cost.load.error.stack)![0];
    const mapped = mapStack(cost.load.error.stack, [{ url: token, sourceMap: built.sourceMap, baseDir: dir }]);
    expect(mapped.location).toMatch(/^helpers\.ts:2:\d+$/);
    expect(token.startsWith(bundleToken("package@"))).toBe(true);
  });

  it("leaves out only the members that need a file that does not compile, or an import it cannot judge", async () => {
    const dir = submission({
      ...counting,
      "compute_cost.ts": "export function compute_cost( {\n",
      "linear_backward.ts": 'import { readFileSync } from "node:fs";\nexport function linear_backward() {\n  return readFileSync;\n}\n',
    });
    const contexts: ResolutionContext[] = ["linear_forward", "compute_cost", "linear_backward"].map((functionName) => ({ functionName, dependencies: "reference" }));
    const built = await buildStudentPackage(dir, graded, [...contexts, { functionName: "linear_activation_forward", dependencies: "own" }]);
    expect([...built!.members].sort()).toEqual(["linear_activation_forward:own", "linear_forward:reference"]);
  });

  it("leaves to the per-function bundles whatever the import rule refuses or the flat view cannot express", async () => {
    const refused = submission({ "linear_forward.ts": 'import { readFileSync } from "node:fs";\nexport function linear_forward() {\n  return readFileSync;\n}\n' });
    const nested = submission({ "linear_forward.ts": 'import { x } from "./lib/x";\nexport function linear_forward() {\n  return x;\n}\n' });
    const broken = submission({ "linear_forward.ts": "export function linear_forward( {\n" });
    // A name computed at run time: Node's own import() and the permission model judge it there.
    const computed = submission({ "linear_forward.ts": 'const name = ["node", "fs"].join(":");\nexport function linear_forward() {\n  return import(name);\n}\n' });
    for (const dir of [refused, nested, broken, computed]) {
      expect(await buildStudentPackage(dir, graded, [{ functionName: "linear_forward", dependencies: "reference" }])).toBeUndefined();
    }
  });
});
