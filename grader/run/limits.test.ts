import { describe, expect, it } from "vitest";
import { GraderError } from "../errors";
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
});
