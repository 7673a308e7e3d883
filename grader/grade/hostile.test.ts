/**
 * What the hostile samples (grader/samples/hostile-*) must prove beyond their expected.json: that
 * the files they tried to write do not exist, that the CLI's --json output stays one valid results
 * object whatever a submission prints, that a hostile submission is graded the same way twice, and
 * that a server the test itself runs is out of reach.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, connect, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { Results } from "../results/types";
import schema from "../results/results.schema.json" with { type: "json" };
import { probeConfinement } from "../run/limits";
import { compileSchema } from "../validation/ajv";
import { gradeSubmission } from "./grade-submission";

const root = fileURLToPath(new URL("../../", import.meta.url));
const samples = join(root, "grader", "samples");

/** Every file the samples hostile-writes-files and hostile-writes-files-at-import try to create. */
const markers = [
  "/tmp/hostile-marker-async-3",
  "/tmp/hostile-marker-async-4",
  "/tmp/hostile-marker-linear_forward",
  "/tmp/hostile-marker-linear_backward",
  "/tmp/hostile-marker-solutions",
  "/tmp/hostile-marker-import",
  "/tmp/hostile-marker-import-spawn",
  join(tmpdir(), "hostile-marker-compute_cost"), // relative to the child's working folder
  "/work/main/grader/samples/hostile-writes-files/hostile-marker-compute_cost",
  "/work/main/fixtures/hostile-marker-compute_cost.json",
  join(samples, "hostile-writes-files", "hostile-marker-compute_cost"),
  join(root, "fixtures", "hostile-marker-compute_cost.json"),
];

/** The results without what differs from run to run: times. */
function timeless(results: Results): unknown {
  const { started_at: _started, duration_ms: _duration, timings_ms: _timings, ...rest } = results as Results & { timings_ms?: unknown };
  const cases = (list: Results["exercises"][number]["cases"]) => list.map((c) => ({ ...c, duration_ms: 0 }));
  return {
    ...rest,
    exercises: results.exercises.map((e) => ({
      ...e,
      cases: cases(e.cases),
      ...(e.with_own_dependencies ? { with_own_dependencies: { ...e.with_own_dependencies, cases: cases(e.with_own_dependencies.cases) } } : {}),
    })),
  };
}

describe("hostile submissions", () => {
  it("write no file and start no process, at load or in a function", async () => {
    for (const marker of markers) rmSync(marker, { recursive: true, force: true });
    const written = await gradeSubmission({ submissionDir: join(samples, "hostile-writes-files"), timeoutMs: 1000 });
    const atImport = await gradeSubmission({ submissionDir: join(samples, "hostile-writes-files-at-import"), timeoutMs: 1000 });
    // The attempts were made, and refused.
    for (const name of ["linear_forward", "compute_cost", "linear_backward"]) {
      expect(written.exercises.find((e) => e.name === name)!.message).toContain("Access to this API has been restricted");
    }
    expect(atImport.exercises.find((e) => e.name === "linear_forward")!.message).toContain("Access to this API has been restricted");
    expect(markers.filter((m) => existsSync(m))).toEqual([]);
  });

  it("cannot change what --json prints: stdout stays one results object, the fake score only in case output", async () => {
    const out = mkdtempSync(join(tmpdir(), "hostile-json-"));
    try {
      const { stdout, stderr } = await promisify(execFile)(
        "npx",
        ["tsx", "grader/cli/grade.ts", join(samples, "hostile-fake-output"), "--json", "--timeout", "1000", "--only", "linear_forward,compute_cost", "--out", out],
        { cwd: root, maxBuffer: 10 * 1024 * 1024 },
      );
      const results = JSON.parse(stdout) as Results; // the whole of stdout, or this throws
      expect(results.score).toBe(0);
      expect(results.message).toBe("0/20");
      const outputs = results.exercises.flatMap((e) => e.cases.map((c) => c.output)).join("\n");
      expect(outputs).toContain("Score: 100/100");
      expect(outputs).toContain('{"score": 100}');
      expect(stderr).not.toContain("100/100");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it.each(["hostile-exit-in-function", "hostile-patches-builtins", "hostile-delayed-patch", "hostile-wrong-returns", "hostile-throws-non-errors", "hostile-forged-reply"])(
    "%s is graded the same twice, apart from times, into valid results",
    async (sample) => {
      const grade = () => gradeSubmission({ submissionDir: join(samples, sample), timeoutMs: 1000 });
      const first = await grade();
      const second = await grade();
      expect(timeless(second)).toEqual(timeless(first));
      const validate = compileSchema(schema);
      expect(validate(first), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it.skipIf(!probeConfinement().bwrap)("cannot reach a server listening on this machine", async () => {
    const server = createServer((socket) => socket.end("the answers"));
    let connections = 0;
    server.on("connection", () => connections++);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const dir = mkdtempSync(join(tmpdir(), "hostile-net-"));
    try {
      // The server is reachable from here: what stops the student is the sandbox.
      await new Promise<void>((resolve, reject) => connect(port, "127.0.0.1", resolve).on("error", reject).end());
      expect(await new Promise((resolve) => setTimeout(() => resolve(connections), 50))).toBe(1);
      // connect() issues its system call at once, whether or not the event loop ever runs.
      writeFileSync(
        join(dir, "linear_forward.ts"),
        `import type { NDArray } from "#np";
const net = (process as unknown as { getBuiltinModule(id: string): typeof import("node:net") }).getBuiltinModule("node:net");
for (let i = 0; i < 5; i++) net.connect(${port}, "127.0.0.1");
export function linear_forward(A: NDArray, W: NDArray, b: NDArray): never {
  for (let i = 0; i < 5; i++) net.connect(${port}, "127.0.0.1");
  throw new Error("tried");
}
`,
      );
      const results = await gradeSubmission({ submissionDir: dir, only: ["linear_forward"], timeoutMs: 1000 });
      expect(results.exercises[0].status, results.exercises[0].message).toBe("error");
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(connections).toBe(1);
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
