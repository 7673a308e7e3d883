/**
 * How a sandboxed child is confined, and its command line. The boundary is the operating system's:
 * bubblewrap (bwrap) gives the child new user, PID, network, IPC, UTS and cgroup namespaces and a
 * mount namespace holding only the Node binary and its libraries, read-only (no /tmp, /proc, host
 * socket or project file); `--die-with-parent` ends it with the grader, `--clearenv` leaves no
 * secret in its environment. prlimit, inside, caps writable memory, CPU seconds, file size and
 * processes. The child holds no descriptor but its pipes (`childStdio`). Inside, Node's permission
 * model (no file access, child process or worker) and no code generation from strings are a second
 * layer: where bwrap cannot run (macOS, Windows, a container without user namespaces), the only one
 * with the rlimits; `describeConfinement` says so on every run, and bulk and CI grading refuse it
 * unless told to accept it (`requireOsSandbox`).
 */
import { spawnSync, type StdioOptions } from "node:child_process";
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { GraderError } from "../errors";
import { paths } from "../paths";
import { writeAtomically } from "../results/write";

export interface SandboxLimits {
  /** V8 old-space cap: a heap bomb ends as "out of memory" instead of swapping the machine. */
  heapMb: number;
  /**
   * Cap on writable memory (RLIMIT_DATA: heap, ArrayBuffers, WebAssembly memory, thread stacks): a
   * 4 GB ArrayBuffer fails to allocate. Not an address-space cap: V8 reserves ~10 GB per WebAssembly
   * memory as guard regions (no memory; they let its code skip bounds checks), which RLIMIT_DATA ignores.
   */
  memoryMb: number;
  /** CPU seconds for the whole child: a backstop (the watchdog and the grader's timer come first). */
  cpuSeconds: number;
  /** Largest file the child could write (it has no writable file: a backstop). */
  fileSizeMb: number;
  /** Processes and threads (Node uses about a dozen threads; it may start no process). */
  processes: number;
  /**
   * Whether V8 may use its optimizing compiler (TurboFan). A grading child lives a fraction of a second
   * on small arrays: optimizing cost it more CPU than it saved (a seventh of a child's CPU; bench:bulk
   * 9.1 -> 10.7 submissions/s without). Training runs minutes of loops and needs it.
   */
  optimize: boolean;
}

export const defaultLimits: SandboxLimits = { heapMb: 512, memoryMb: 3072, cpuSeconds: 300, fileSizeMb: 1, processes: 64, optimize: false };

/** The tools found here; `bwrap` undefined where it cannot run (the weaker fallback). */
export type Confinement = { bwrap: string | undefined; prlimit: string | undefined };

let stdio: StdioOptions | undefined;

/**
 * `spawn`'s stdio for a child: its three pipes, and /dev/null in place of every other descriptor the
 * grader held when it first asked. Node's spawn passes on each descriptor the grader inherited
 * without close-on-exec (from a CI runner, a shell), and so does bwrap; the grader's own are
 * close-on-exec and it inherits none later, so those it held then are all there is to cover.
 */
export function childStdio(): StdioOptions {
  if (stdio) return stdio;
  let held: number[] = [];
  try {
    held = readdirSync("/dev/fd").map(Number).filter((fd) => fd > 2);
  } catch {
    // no /dev/fd to list: Node's spawn decides
  }
  const devNull = openSync("/dev/null", "r+");
  return (stdio = Array.from({ length: Math.max(2, ...held) + 1 }, (_, fd) => (fd < 3 ? "pipe" : held.includes(fd) ? devNull : "ignore")));
}

function find(command: string): string | undefined {
  return ["/usr/bin", "/bin", "/usr/sbin", "/sbin", "/usr/local/bin"].map((d) => `${d}/${command}`).find((p) => existsSync(p));
}

/** The Node binary by its real path (a symlink would not resolve inside the sandbox). */
function nodeBinary(): string {
  return realpathSync(process.execPath);
}

/** bwrap's arguments: the sandbox holds Node, `tools` and the libraries they load, read-only. */
function bwrapArgs(bwrap: string, tools: string[]): string[] {
  const binaries = [nodeBinary(), ...tools].flatMap((file) => ["--ro-bind", file, file]);
  const libraries = ["/lib", "/lib64", "/usr/lib", "/usr/lib64"].flatMap((d) => ["--ro-bind-try", d, d]);
  return [bwrap, "--unshare-all", "--unshare-user", "--die-with-parent", "--new-session", "--clearenv", ...binaries, ...libraries, "--remount-ro", "/", "--chdir", "/", "--"];
}

/**
 * V8 flags for `#np`'s WebAssembly product (grader/np/kernels/): relaxed SIMD gives the kernel its
 * fused multiply-add (~10% and ~20% faster; on by default from Node 22; without it, the plain kernel).
 * V8's trap handler stays on (see `memoryMb`): off, the 512 × 512 product took 14.6 ms, not 12.1.
 */
export const wasmNodeFlags = ["--experimental-wasm-relaxed-simd"];

function nodeArgs(limits: SandboxLimits, boot: string): string[] {
  // --max-opt=1: Ignition and Sparkplug, V8's interpreter and baseline compiler, and no further (see `optimize`).
  const tiers = limits.optimize ? [] : ["--max-opt=1"];
  return [nodeBinary(), "--experimental-permission", "--disallow-code-generation-from-strings", ...wasmNodeFlags, ...tiers, "--no-warnings", `--max-old-space-size=${limits.heapMb}`, "-e", boot];
}

/**
 * prlimit's arguments for `limits`. The process count only inside the sandbox: it is counted per
 * user, and in the grader's user namespace that user's other processes (the grader's own threads,
 * a CI runner's) would count too, and stop the sandbox from starting.
 */
function rlimits(prlimit: string, limits: SandboxLimits, processes: boolean): string[] {
  const mb = 1024 * 1024;
  return [prlimit, `--data=${limits.memoryMb * mb}`, `--cpu=${limits.cpuSeconds}`, `--fsize=${limits.fileSizeMb * mb}`, ...(processes ? [`--nproc=${limits.processes}`] : []), "--"];
}

/** The command line of one child: [program, ...args]. */
export function childCommand(limits: SandboxLimits, c: Confinement, boot: string): string[] {
  const sandbox = c.bwrap ? bwrapArgs(c.bwrap, c.prlimit ? [c.prlimit] : []) : [];
  return [...sandbox, ...(c.prlimit ? rlimits(c.prlimit, limits, Boolean(c.bwrap)) : []), ...nodeArgs(limits, boot)];
}

let probed: Confinement | undefined;

/** Whether the full command line starts Node here (user namespaces may be refused). */
function bwrapWorks(candidate: Confinement): boolean {
  const [program, ...args] = childCommand(defaultLimits, candidate, "0");
  return spawnSync(program, args, { stdio: "ignore", timeout: 10_000, env: {} }).status === 0;
}

/** Probing starts a sandboxed Node (~50 ms of each `npm run grade`); the answer, kept per boot and Node in grader/.build/. */
export function probeConfinement(): Confinement {
  if (probed) return probed;
  const cacheFile = join(paths.projectRoot, "grader", ".build", "confinement-4.json");
  let machine = "";
  try {
    machine = `${readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim()} ${nodeBinary()}`;
    const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as { machine: string; confinement: Confinement };
    if (cached.machine === machine) return (probed = cached.confinement);
  } catch {
    // no cache yet, or no boot id on this system: probe
  }
  const tools = { prlimit: find("prlimit") };
  const bwrap = process.platform === "linux" ? find("bwrap") : undefined;
  probed = { ...tools, bwrap: bwrap && bwrapWorks({ ...tools, bwrap }) ? bwrap : undefined };
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    if (machine) writeAtomically(cacheFile, JSON.stringify({ machine, confinement: probed }));
  } catch {
    // a read-only checkout still grades; it probes each time
  }
  return probed;
}

const INSTALL = "install bubblewrap (Debian/Ubuntu: sudo apt-get install bubblewrap; Fedora: sudo dnf install bubblewrap) on Linux with unprivileged user namespaces allowed";

/** The notes every run prints about its confinement (none when the OS sandbox runs). */
export function describeConfinement(c: Confinement): string[] {
  if (c.bwrap) return [];
  const notes = [`the OS sandbox (bubblewrap) is not available here, so graded code runs in a weaker sandbox (Node's permission model only); to fix, ${INSTALL}`];
  if (!c.prlimit) notes.push("prlimit is not available: memory is capped by the V8 heap limit only, not for ArrayBuffers");
  return notes;
}

/** Grading other people's code (bulk, CI) without the OS sandbox is refused unless the caller accepts the weaker one. */
export function requireOsSandbox(c: Confinement, acceptWeak: boolean, what: string): void {
  if (c.bwrap || acceptWeak) return;
  throw new GraderError("usage", `${what} grades code others wrote, and the OS sandbox (bubblewrap) cannot run here: ${INSTALL}, or pass --allow-weak-sandbox to accept Node's permission model alone (then graded code can signal the grader and reach this machine's network and sockets)`);
}
