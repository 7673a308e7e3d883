/**
 * One bulk run per output folder at a time: two runs appending to one journal would grade
 * students twice. The lock names its process; a lock left by a run that was killed (its process is
 * gone) is taken over, so kill -9 never blocks the next run.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GraderError } from "../errors";

const LOCK_FILE = ".grade-bulk.lock";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock of `outDir`; returns the function that releases it. */
export function lockOutput(outDir: string): () => void {
  const file = join(outDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx" });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(file, "utf8"));
      if (holder !== process.pid && alive(holder)) {
        throw new GraderError("usage", `is being written by another grade:bulk run (process ${holder}): wait for it, or give another --out`, outDir);
      }
      rmSync(file, { force: true }); // left by a run that was killed
    }
  }
  throw new GraderError("usage", "could not be locked for this run", outDir);
}
