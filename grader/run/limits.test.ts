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
    const full = childCommand(defaultLimits, { bwrap: "/usr/bin/bwrap", prlimit: "/usr/bin/prlimit", bash: "/usr/bin/bash" }, "0");
    const bwrap = full.indexOf("/usr/bin/bwrap");
    const inner = full.indexOf("--", bwrap);
    expect(full.slice(bwrap, inner)).toEqual(expect.arrayContaining(["--unshare-all", "--unshare-user", "--die-with-parent", "--new-session", "--clearenv"]));
    // prlimit runs inside the sandbox (after bwrap's "--"), where the process count starts anew.
    expect(full.slice(inner).some((a) => a.startsWith("--nproc="))).toBe(true);
    expect(full.slice(0, bwrap).some((a) => a.startsWith("--nproc="))).toBe(false);
    expect(full).toEqual(expect.arrayContaining(["--experimental-permission", "--disallow-code-generation-from-strings"]));
    // A grading child stops at V8's baseline compiler; a child that trains may optimize.
    expect(full).toContain("--max-opt=1");
    expect(childCommand({ ...defaultLimits, optimize: true }, { bwrap: "/usr/bin/bwrap", prlimit: "/usr/bin/prlimit", bash: "/usr/bin/bash" }, "0")).not.toContain("--max-opt=1");
    // The shell that closes inherited descriptors reads no start-up file.
    expect(full.slice(0, 4)).toEqual(["/usr/bin/bash", "--norc", "--noprofile", "-c"]);
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
      const [ran] = await s.runJobs([{ key: "weak", source: "exports.f = (x) => x * 3;", exportName: "f", cases: [[{ type: "number", value: 2 }]], timeoutMs: 1000 }]);
      expect(ran.outcomes[0]).toMatchObject({ kind: "returned", value: { type: "number", value: 6 } });
    } finally {
      s.close();
    }
  }, 20_000);

  it("leaves the child no descriptor the grader inherited: the shell closes them (bwrap and Node would pass them on)", () => {
    const dir = mkdtempSync(join(tmpdir(), "inherited-fd-"));
    const file = join(dir, "grader-held");
    const fd = openSync(file, "w");
    try {
      const { ino } = fstatSync(fd);
      // Student code looks for the file among its descriptors, and writes to it where it finds it.
      const student = `const fs = process.getBuiltinModule("node:fs");\nmodule.exports.f = () => { const found = []; for (let n = 3; n < 256; n++) { try { if (fs.fstatSync(n).ino === ${ino}) { fs.writeSync(n, "reached"); found.push(n); } } catch {} } return found.join(",") || "none"; };`;
      const grader = `Promise.all([import(${JSON.stringify(pathToFileURL(join(paths.projectRoot, "grader/run/sandbox.ts")).href)}), import("node:fs")]).then(async ([{ createSandbox }, fs]) => {
        const s = createSandbox({ confinement: JSON.parse(process.env.CONFINEMENT) });
        const [ran] = await s.runJobs([{ key: "fds", source: process.env.STUDENT, exportName: "f", cases: [[]], timeoutMs: 5000 }]);
        s.close();
        console.log(JSON.stringify({ graderHolds: fs.fstatSync(40).ino === ${ino}, child: ran.outcomes[0] }));
      });`;
      const childSees = (confinement: Confinement) => {
        // The grader holds the file as descriptor 40, not close-on-exec: as a CI runner or a shell can hand it one.
        const stdio: StdioOptions = ["ignore", "pipe", "inherit", ...Array<"ignore">(37).fill("ignore"), fd];
        const run = spawnSync(process.execPath, ["--import", "tsx", "-e", grader], { cwd: paths.projectRoot, stdio, encoding: "utf8", env: { ...process.env, STUDENT: student, CONFINEMENT: JSON.stringify(confinement) } });
        const report = JSON.parse(run.stdout) as { graderHolds: boolean; child: { kind: string; value?: { value: string } } };
        expect(report.graderHolds).toBe(true);
        return report.child.kind === "returned" ? report.child.value!.value : report.child.kind;
      };
      for (const confinement of [tools, weak]) expect(childSees(confinement)).toBe("none");
      expect(readFileSync(file, "utf8")).toBe("");
      // The control: without the shell the descriptor reaches student code, so this test can fail.
      expect(childSees({ ...tools, bash: undefined })).toBe("40");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
