import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { holderAlive, LOCK_FILE, lockOutput, processIdentity } from "./out-lock";

const work = mkdtempSync(join(tmpdir(), "dnn-lock-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
const folder = () => {
  const dir = join(work, String(n++));
  mkdirSync(dir, { recursive: true });
  return dir;
};
const lockOf = (dir: string) => join(dir, LOCK_FILE);

/** Waits, without letting the event loop run (so Node does not reap it), until `pid` is a zombie. */
function waitForZombie(pid: number): void {
  for (let i = 0; i < 2_000_000; i++) {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) return;
  }
  throw new Error(`process ${pid} did not become a zombie`);
}

describe("the output folder's lock", () => {
  it("refuses a second run while the first holds it, and is free once released", () => {
    const dir = folder();
    const release = lockOutput(dir);
    expect(() => lockOutput(dir)).toThrow(/another grade:bulk run \(process \d+\)/);
    release();
    expect(existsSync(lockOf(dir))).toBe(false);
    lockOutput(dir)();
  });

  it("refuses while a live process, identified by its start time, holds it", () => {
    const dir = folder();
    const sleeper = spawn("sleep", ["30"]);
    try {
      writeFileSync(lockOf(dir), JSON.stringify(processIdentity(sleeper.pid!)));
      expect(() => lockOutput(dir)).toThrow(/another grade:bulk run/);
    } finally {
      sleeper.kill("SIGKILL");
    }
  });

  it("takes over a lock whose holder is a zombie (killed, not yet reaped)", () => {
    const dir = folder();
    const child = spawn("sleep", ["30"]);
    writeFileSync(lockOf(dir), JSON.stringify(processIdentity(child.pid!)));
    process.kill(child.pid!, "SIGKILL");
    waitForZombie(child.pid!);
    expect(holderAlive(processIdentity(child.pid!))).toBe(false);
    lockOutput(dir)();
  });

  it("takes over a lock naming a pid now used by another process (a container restart reuses pids)", () => {
    const dir = folder();
    const reused = { ...processIdentity(process.pid), start: "1" };
    writeFileSync(lockOf(dir), JSON.stringify(reused));
    lockOutput(dir)();
    const otherBoot = { ...processIdentity(process.pid), boot: "00000000-0000-0000-0000-000000000000" };
    writeFileSync(lockOf(dir), JSON.stringify(otherBoot));
    lockOutput(dir)();
  });

  it("takes over a torn lock, and an older grader's bare pid of a process that is gone", () => {
    const dir = folder();
    writeFileSync(lockOf(dir), "");
    lockOutput(dir)();
    const gone = spawnSync("true").pid!;
    writeFileSync(lockOf(dir), String(gone));
    lockOutput(dir)();
  });
});
