/**
 * One sandboxed child process, reused for every case of a submission and replaced only after it
 * dies or is killed (a timeout, a crash, tampering). Bundles are loaded by key; after a restart
 * they are loaded again on demand. Every message from the child is validated before use.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { tmpdir } from "node:os";
import { compileSchema } from "../validation/ajv";
import type { Value } from "../values/value";
import { decodeWire, encodeWire } from "../values/wire";
import { harnessCode } from "./bundle";
import { childCommand, defaultLimits, probeConfinement, type SandboxLimits } from "./limits";
import { childMessageSchema, type ChildMessage, type ParentMessage, type ThrownError } from "./protocol";

const BOOT = `process.once("message", (m) => import("data:text/javascript;base64," + m.harness));`;
const STDERR_TAIL = 4000;

export type Death = { kind: "crashed"; reason: string } | { kind: "timeout"; limitMs: number };

export type LoadOutcome =
  | { kind: "loaded"; output: string }
  | { kind: "load-failed"; problem: "threw" | "missing-export"; error: ThrownError; output: string }
  | ({ output: string } & Death);

export type CallOutcome =
  | { kind: "returned"; value: Value; mutatedArgs: number[]; output: string; durationMs: number }
  | { kind: "threw"; error: ThrownError; output: string; durationMs: number }
  | { kind: "load-failed"; problem: "threw" | "missing-export"; error: ThrownError; output: string; durationMs: number }
  | ({ output: string; durationMs: number } & Death);

interface Pending {
  id: number;
  resolve: (message: ChildMessage | Death) => void;
}

interface Child {
  process: ChildProcess;
  ready: Promise<void>;
  loaded: Set<string>;
  pending?: Pending;
  stray: string;
  stderrTail: string;
  killedForTimeout?: number;
  /** Student code patched something a later function would notice: finish this bundle, then replace the child. */
  tainted?: boolean;
}

export interface Sandbox {
  load(key: string, code: string, exportName: string, timeoutMs: number): Promise<LoadOutcome>;
  call(key: string, exportName: string, args: Value[], timeoutMs: number): Promise<CallOutcome>;
  /** Kill the child now; the next load or call starts a fresh one. */
  restart(): void;
  /** Start a child now if none is running, so the next grading does not wait for one to boot. */
  warm(): void;
  close(): void;
}

const validateMessage = compileSchema(childMessageSchema);

function tamperNote(tampered: string[]): string {
  if (tampered.length === 0) return "";
  return `\n[grader] your code ${tampered.join(", ")}; the other functions are graded in a fresh process.`;
}

function isDeath(reply: ChildMessage | Death): reply is Death {
  return "kind" in reply;
}

function crashReason(code: number | null, signal: NodeJS.Signals | null, stderr: string): string {
  if (/heap out of memory|Reached heap limit|Allocation failed/i.test(stderr)) return "ran out of memory";
  if (signal) return `was killed by ${signal}`;
  return `ended the process (exit code ${code})`;
}

export function createSandbox(limits: SandboxLimits = defaultLimits): Sandbox {
  let child: Child | undefined;
  let nextId = 1;
  const codes = new Map<string, { code: string; exportName: string }>();

  function start(): Child {
    const [program, ...args] = childCommand(limits, probeConfinement(), BOOT);
    const proc = spawn(program, args, { stdio: ["ignore", "pipe", "pipe", "ipc"], env: {}, cwd: tmpdir() });
    const c: Child = { process: proc, loaded: new Set(), stray: "", stderrTail: "", ready: Promise.resolve() };
    proc.stdout!.on("data", (d: Buffer) => (c.stray = (c.stray + d.toString("utf8")).slice(-STDERR_TAIL)));
    proc.stderr!.on("data", (d: Buffer) => {
      c.stderrTail = (c.stderrTail + d.toString("utf8")).slice(-STDERR_TAIL);
      c.stray = (c.stray + d.toString("utf8")).slice(-STDERR_TAIL);
    });
    c.ready = new Promise<void>((resolve, reject) => {
      const onReady = (m: unknown) => {
        if ((m as ChildMessage)?.type === "ready") {
          proc.off("message", onReady);
          resolve();
        }
      };
      proc.on("message", onReady);
      proc.once("exit", (code, signal) => reject(new Error(`could not start (${crashReason(code, signal, c.stderrTail)}): ${c.stderrTail.trim()}`)));
    });
    c.ready.catch(() => undefined);
    proc.on("error", () => undefined); // a send to a child that just died; its exit handler reports it
    proc.on("message", (m: unknown) => {
      const pending = c.pending;
      if (!pending) return;
      const message = validateMessage(m) ? (m as ChildMessage) : undefined;
      if (!message || message.type === "ready" || message.id !== pending.id) {
        // A forged or garbled message: student code wrote to the IPC channel. Treat it as a crash
        // of this case rather than trusting anything in it.
        c.pending = undefined;
        pending.resolve({ kind: "crashed", reason: "sent the grader a message it did not ask for" });
        kill(c);
        return;
      }
      c.pending = undefined;
      pending.resolve(message);
    });
    proc.on("exit", (code, signal) => {
      const pending = c.pending;
      c.pending = undefined;
      if (child === c) child = undefined;
      if (!pending) return;
      if (c.killedForTimeout !== undefined) pending.resolve({ kind: "timeout", limitMs: c.killedForTimeout });
      else pending.resolve({ kind: "crashed", reason: crashReason(code, signal, c.stderrTail) });
    });
    harnessCode().then(
      (harness) => proc.send({ type: "boot", harness: Buffer.from(harness).toString("base64") }, () => undefined),
      (error: Error) => {
        // The grader's own harness failed to build: no case can run; say why in every outcome.
        c.stderrTail = error.message;
        proc.kill("SIGKILL");
      },
    );
    return c;
  }

  function kill(c: Child): void {
    if (child === c) child = undefined;
    c.process.kill("SIGKILL");
  }

  async function request(c: Child, message: ParentMessage & { id: number }, timeoutMs: number): Promise<ChildMessage | Death> {
    try {
      await c.ready;
    } catch (error) {
      return { kind: "crashed", reason: (error as Error).message };
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        c.killedForTimeout = timeoutMs;
        kill(c);
      }, timeoutMs);
      c.pending = {
        id: message.id,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      };
      c.process.send(message, () => undefined);
    });
  }

  function takeStray(c: Child | undefined): string {
    if (!c || !c.stray) return "";
    const text = c.stray;
    c.stray = "";
    return text;
  }

  async function ensureLoaded(key: string, timeoutMs: number): Promise<{ child: Child; outcome: LoadOutcome }> {
    if (child?.tainted && !child.loaded.has(key)) kill(child);
    const c = (child ??= start());
    if (c.loaded.has(key)) return { child: c, outcome: { kind: "loaded", output: "" } };
    const { code, exportName } = codes.get(key)!;
    const base64 = Buffer.from(code).toString("base64");
    const reply = await request(c, { type: "load", id: nextId++, key, code: base64, exportName }, timeoutMs);
    const stray = takeStray(c);
    if (isDeath(reply)) return { child: c, outcome: { ...reply, output: stray } };
    const r = reply as Extract<ChildMessage, { type: "loaded" }>;
    if (r.tampered.length > 0) c.tainted = true;
    if (r.ok) c.loaded.add(key);
    const output = r.output + stray + tamperNote(r.tampered);
    return { child: c, outcome: r.ok ? { kind: "loaded", output } : { kind: "load-failed", problem: r.problem, error: r.error, output } };
  }

  // Start the first child at once: its ~100 ms boot overlaps with the parent's bundling.
  child = start();

  return {
    async load(key, code, exportName, timeoutMs) {
      codes.set(key, { code, exportName });
      return (await ensureLoaded(key, timeoutMs)).outcome;
    },
    async call(key, exportName, args, timeoutMs) {
      const started = performance.now();
      const { child: c, outcome } = await ensureLoaded(key, timeoutMs);
      if (outcome.kind !== "loaded") {
        return { ...outcome, durationMs: performance.now() - started };
      }
      const target = c;
      const reply = await request(target, { type: "call", id: nextId++, key, exportName, args: args.map(encodeWire) }, timeoutMs);
      const durationMs = performance.now() - started;
      const stray = takeStray(target);
      if (isDeath(reply)) return { ...reply, output: stray, durationMs };
      const r = reply as Extract<ChildMessage, { type: "returned" | "threw" }>;
      if (r.tampered.length > 0) target.tainted = true;
      const output = r.output + stray + tamperNote(r.tampered);
      if (r.type === "threw") return { kind: "threw", error: r.error, output, durationMs };
      return { kind: "returned", value: decodeWire(r.value), mutatedArgs: r.mutatedArgs, output, durationMs };
    },
    restart() {
      if (child) kill(child);
    },
    warm() {
      child ??= start();
    },
    close() {
      if (child) kill(child);
    },
  };
}
