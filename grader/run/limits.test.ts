import { spawnSync, type StdioOptions } from "node:child_process";
import { fstatSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { GraderError } from "../errors";
import { paths } from "../paths";
import { childCommand, defaultLimits, describeConfinement, probeConfinement, requireOsSandbox, type Confinement } from "./limits";
import { createSandbox } from "./sandbox";

const tools = probeConfinement();
const weak: Confinement = { ...tools, bwrap: undefined };

describe("the sandbox's confinement", () => {
  it("runs Node under bubblewrap with every namespace, no environment, and the process cap inside", () => {
    const full = childCommand(defaultLimits, { bwrap: "/usr/bin/bwrap", prlimit: "/usr/bin/prlimit" }, "0");
    const bwrap = full.indexOf("/usr/bin/bwrap");
    const inner = full.indexOf("--", bwrap);
    expect(full.slice(bwrap, inner)).toEqual(expect.arrayContaining(["--unshare-all", "--unshare-user", "--die-with-parent", "--new-session", "--clearenv"]));
    // prlimit runs inside the sandbox (after bwrap's "--"), where the process count starts anew.
    expect(full.slice(inner).some((a) => a.startsWith("--nproc="))).toBe(true);
    expect(full.slice(0, bwrap).some((a) => a.startsWith("--nproc="))).toBe(false);
    expect(full).toEqual(expect.arrayContaining(["--experimental-permission", "--disallow-code-generation-from-strings"]));
    // A grading child stops at V8's baseline compiler; a child that trains may optimize.
    expect(full).toContain("--max-opt=1");
    expect(childCommand({ ...defaultLimits, optimize: true }, { bwrap: "/usr/bin/bwrap", prlimit: "/usr/bin/prlimit" }, "0")).not.toContain("--max-opt=1");
    expect(full[0]).toBe("/usr/bin/bwrap");
  });

  it("says on every run when it falls back, and is silent when bubblewrap runs", () => {
    expect(describeConfinement(weak).join(" ")).toContain("bubblewrap");
    expect(describeConfinement({ ...weak, bwrap: "/usr/bin/bwrap" })).toEqual([]);
  });

  it("refuses to grade others' code in the weak sandbox unless told to, saying how to install bubblewrap", () => {
    expect(() => requireOsSandbox(weak, false, "grade:bulk")).toThrow(GraderError);
    expect(() => requireOsSandbox(weak, false, "grade:bulk")).toThrow(/apt-get install bubblewrap.*--allow-weak-sandbox/);
    expect(() => requireOsSandbox(weak, true, "grade:bulk")).not.toThrow();
    expect(() => requireOsSandbox({ ...weak, bwrap: "/usr/bin/bwrap" }, false, "grade:bulk")).not.toThrow();
  });

  it("still grades in the weak sandbox, with the same harness and limits", async () => {
    const s = createSandbox({ confinement: weak });
    try {
      const [ran] = await s.runJobs([{ key: "weak", source: { code: "exports.f = (x) => x * 3;" }, exportName: "f", cases: [[{ type: "number", value: 2 }]], timeoutMs: 1000 }]);
      expect(ran.outcomes[0]).toMatchObject({ kind: "returned", value: { type: "number", value: 6 } });
    } finally {
      s.close();
    }
  }, 20_000);

  it("leaves the child no descriptor the grader inherited, which Node's spawn and bwrap would pass on", () => {
    const dir = mkdtempSync(join(tmpdir(), "inherited-fd-"));
    const file = join(dir, "grader-held");
    const fd = openSync(file, "w");
    try {
      const { ino } = fstatSync(fd);
      // Code in the child looks for the file among its descriptors, and writes to it where it finds it.
      const finds = `const fs = process.getBuiltinModule("node:fs"); const found = []; for (let n = 3; n < 256; n++) { try { if (fs.fstatSync(n).ino === ${ino}) { fs.writeSync(n, "reached"); found.push(n); } } catch {} }`;
      const student = `module.exports.f = () => { ${finds} return found.join(",") || "none"; };`;
      const grader = `Promise.all([import(${JSON.stringify(pathToFileURL(join(paths.projectRoot, "grader/run/sandbox.ts")).href)}), import(${JSON.stringify(pathToFileURL(join(paths.projectRoot, "grader/run/limits.ts")).href)}), import("node:child_process"), import("node:fs")]).then(async ([{ createSandbox }, limits, cp, fs]) => {
        const confinement = JSON.parse(process.env.CONFINEMENT);
        const s = createSandbox({ confinement });
        const [ran] = await s.runJobs([{ key: "fds", source: { code: process.env.STUDENT }, exportName: "f", cases: [[]], timeoutMs: 5000 }]);
        s.close();
        // The control: the same command spawned with only its pipes listed.
        const [program, ...args] = limits.childCommand(limits.defaultLimits, confinement, process.env.FINDS + "; console.log(found.join(',') || 'none')");
        const control = process.env.CONTROL ? cp.spawnSync(program, args, { stdio: ["pipe", "pipe", "pipe"], env: {}, encoding: "utf8" }).stdout.trim() : "";
        console.log(JSON.stringify({ graderHolds: fs.fstatSync(40).ino === ${ino}, child: ran.outcomes[0], control }));
      });`;
      const run = (confinement: Confinement, control = false) => {
        // The grader holds the file as descriptor 40, not close-on-exec: as a CI runner or a shell can hand it one.
        const stdio: StdioOptions = ["ignore", "pipe", "inherit", ...Array<"ignore">(37).fill("ignore"), fd];
        const env = { ...process.env, STUDENT: student, FINDS: finds, CONFINEMENT: JSON.stringify(confinement), ...(control ? { CONTROL: "1" } : {}) };
        const report = JSON.parse(spawnSync(process.execPath, ["--import", "tsx", "-e", grader], { cwd: paths.projectRoot, stdio, encoding: "utf8", env }).stdout) as { graderHolds: boolean; child: { kind: string; value?: { value: string } }; control: string };
        expect(report.graderHolds).toBe(true);
        return { child: report.child.kind === "returned" ? report.child.value!.value : report.child.kind, control: report.control };
      };
      for (const confinement of [tools, weak]) expect(run(confinement).child).toBe("none");
      expect(readFileSync(file, "utf8")).toBe("");
      // Without the sandbox's stdio, the descriptor reaches the child's code: this test can fail.
      expect(run(tools, true).control).toBe("40");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
