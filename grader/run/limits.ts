/**
 * How the child is confined, probed once per grader process. Node's permission model (no file
 * access at all, no child processes, no workers, no addons) and no eval are always on. Built-ins are
 * not frozen: the harness notices changes to them (child/tamper.ts) and the sandbox replaces the child.
 * `prlimit --as` caps the address space (ArrayBuffers live outside the V8 heap), and `unshare -n`
 * gives the child a network namespace with no interfaces. Where a tool is missing the child still
 * runs, with the V8 heap cap only / with the network reachable, and `describeConfinement` says so.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { paths } from "../paths";
import { writeAtomically } from "../results/write";

export interface SandboxLimits {
  /** V8 old-space cap: a heap bomb ends as "out of memory" instead of swapping the machine. */
  heapMb: number;
  /** Address-space cap: a 4 GB ArrayBuffer fails to allocate instead of succeeding. */
  addressSpaceMb: number;
}

export const defaultLimits: SandboxLimits = { heapMb: 512, addressSpaceMb: 3072 };

export interface Confinement {
  prlimit: string | undefined;
  unshare: string | undefined;
}

let probed: Confinement | undefined;

function works(command: string, args: string[]): string | undefined {
  for (const dir of ["/usr/bin", "/bin", "/usr/sbin", "/sbin"]) {
    const path = `${dir}/${command}`;
    const result = spawnSync(path, args, { stdio: "ignore", timeout: 5000 });
    if (result.status === 0) return path;
  }
  return undefined;
}

/**
 * Probing spawns two processes (~50 ms), paid by every `npm run grade`; the answer only changes
 * with the machine, so it is kept per boot in grader/.build/ (a cache, never committed).
 */
export function probeConfinement(): Confinement {
  if (probed) return probed;
  const cacheFile = join(paths.projectRoot, "grader", ".build", "confinement.json");
  let bootId = "";
  try {
    bootId = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as Confinement & { bootId: string };
    if (bootId && cached.bootId === bootId) return (probed = { prlimit: cached.prlimit, unshare: cached.unshare });
  } catch {
    // no cache yet, or no boot id on this system: probe
  }
  probed = { prlimit: works("prlimit", ["--as=1073741824", "true"]), unshare: works("unshare", ["-n", "true"]) };
  if (bootId) {
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      writeAtomically(cacheFile, JSON.stringify({ ...probed, bootId }));
    } catch {
      // a read-only checkout still grades; it probes each time
    }
  }
  return probed;
}

export function describeConfinement(c: Confinement): string[] {
  const notes: string[] = [];
  if (!c.prlimit) notes.push("prlimit is not available: memory is capped by the V8 heap limit only, not for ArrayBuffers");
  if (!c.unshare) notes.push("unshare -n is not permitted here: student code could reach the network");
  return notes;
}

/** The command line of one child: [program, ...args]. */
export function childCommand(limits: SandboxLimits, c: Confinement, boot: string): string[] {
  const node = [
    process.execPath,
    "--experimental-permission",
    "--disallow-code-generation-from-strings",
    "--no-warnings",
    `--max-old-space-size=${limits.heapMb}`,
    "--input-type=module",
    "-e",
    boot,
  ];
  const wrapped = c.unshare ? [c.unshare, "-n", ...node] : node;
  return c.prlimit ? [c.prlimit, `--as=${limits.addressSpaceMb * 1024 * 1024}`, ...wrapped] : wrapped;
}
