/**
 * What a submission folder holds: which exercise files exist, and a digest of its TypeScript files,
 * so results say exactly what was graded.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { GraderError } from "../errors";

export interface Submission {
  dir: string;
  /** The .ts files at the top of the folder, sorted. */
  files: string[];
  digest: string;
  has(functionName: string): boolean;
}

export function readSubmission(dir: string): Submission {
  const abs = resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    throw new GraderError("usage", "is not a folder: give the folder that holds your exercise files (e.g. exercises)", dir);
  }
  const files = readdirSync(abs)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && statSync(join(abs, f)).isFile())
    .sort();
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update("\0").update(readFileSync(join(abs, file))).update("\0");
  return {
    dir: abs,
    files,
    digest: `sha256:${hash.digest("hex")}`,
    has: (name) => files.includes(`${name}.ts`),
  };
}
