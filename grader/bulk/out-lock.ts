/**
 * One bulk run per output folder at a time: two runs appending to one journal would grade
 * students twice. A lock left by a killed run must never block the next one, and a process id
 * alone cannot tell: after `kill -9` the holder lingers as a zombie until reaped (for ever under a
 * container's pid 1 that reaps nothing), and every container restart hands out the same small pids
 * again. So the lock names its holder by pid, the process's start time (field 22 of /proc/PID/stat,
 * in clock ticks since boot) and the boot id: the holder is alive only if a process with that pid
 * exists, is not a zombie, started at that tick, in this boot. Node 20 has no flock() without a
 * native addon; a child holding util-linux's flock would add a process per run and a binary
 * macOS lacks, for what this identity already decides.
 */
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GraderError } from "../errors";

export const LOCK_FILE = ".grade-bulk.lock";

export interface Holder {
  pid: number;
  /** Start time in clock ticks since boot; undefined where /proc is absent. */
  start?: string;
  boot?: string;
}

function readOr(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** State and start time of a process, from /proc/PID/stat (the name, in parentheses, may hold spaces). */
function procStat(pid: number): { state: string; start: string } | undefined {
  const stat = readOr(`/proc/${pid}/stat`);
  if (stat === undefined) return undefined;
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // After the name: state is field 3 of the man page, starttime field 22.
  return { state: fields[0], start: fields[19] };
}

export function processIdentity(pid: number = process.pid): Holder {
  const stat = procStat(pid);
  const boot = readOr("/proc/sys/kernel/random/boot_id")?.trim();
  return { pid, ...(stat ? { start: stat.start } : {}), ...(boot ? { boot } : {}) };
}

function signalable(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether the lock's holder still runs: same boot, same pid, same start, and not a zombie. */
export function holderAlive(holder: Holder): boolean {
  if (!Number.isInteger(holder.pid) || holder.pid <= 0) return false;
  const now = processIdentity(holder.pid);
  if (holder.boot !== undefined && now.boot !== undefined && holder.boot !== now.boot) return false;
  const stat = procStat(holder.pid);
  if (stat) return stat.state !== "Z" && stat.state !== "X" && (holder.start === undefined || holder.start === stat.start);
  // No /proc (macOS, or a hidepid mount hiding other users' processes): the pid is all there is.
  return signalable(holder.pid);
}

/** A lock file's holder; a lock of an older grader held the bare pid. */
function parseHolder(text: string): Holder {
  try {
    const value = JSON.parse(text) as Holder | number;
    return typeof value === "number" ? { pid: value } : value;
  } catch {
    return { pid: Number.NaN }; // torn by a kill between open and write: nobody holds it
  }
}

/** Takes the lock of `outDir`; returns the function that releases it. */
export function lockOutput(outDir: string): () => void {
  const file = join(outDir, LOCK_FILE);
  const me = JSON.stringify(processIdentity());
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, me, { flag: "wx" });
      return () => {
        if (readOr(file) === me) rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const text = readOr(file);
      if (text === undefined) continue; // released meanwhile
      const holder = parseHolder(text);
      if (holderAlive(holder)) {
        throw new GraderError("usage", `is being written by another grade:bulk run (process ${holder.pid}): wait for it, or give another --out`, outDir);
      }
      // Left by a run that was killed. Moved aside, not removed: of two runs taking it over at
      // once, one may move the other's fresh lock; it then sees so and puts that lock back.
      const aside = `${file}.stale-${process.pid}`;
      try {
        renameSync(file, aside);
        if (readOr(aside) !== text) linkSync(aside, file);
      } catch {
        // Another run moved it first, or took the lock meanwhile: the next attempt decides.
      }
      rmSync(aside, { force: true });
    }
  }
  throw new GraderError("usage", "could not be locked for this run: another grade:bulk run keeps taking it", outDir);
}
