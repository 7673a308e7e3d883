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
  /** Every file name at the top of the folder, for "did you mean" when an exercise's file is missing. */
  names: string[];
  digest: string;
  has(functionName: string): boolean;
}

/** The .ts files under `dir` (posix paths), sorted; tooling folders and deep trees left out. */
function codeFiles(dir: string, rel = "", depth = 0): string[] {
  const found: string[] = [];
  for (const d of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${d.name}` : d.name;
    if (d.isFile() && d.name.endsWith(".ts") && !d.name.endsWith(".test.ts")) found.push(path);
    else if (d.isDirectory() && depth < 4 && !d.name.startsWith(".") && d.name !== "node_modules") found.push(...codeFiles(dir, path, depth + 1));
  }
  return found.sort();
}

export function readSubmission(dir: string): Submission {
  const abs = resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    throw new GraderError("usage", "is not a folder: give the folder that holds your exercise files (e.g. exercises)", dir);
  }
  const names = readdirSync(abs, { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name).sort();
  const files = readdirSync(abs)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && statSync(join(abs, f)).isFile())
    .sort();
  // The digest covers helper modules in subfolders too (lib/shapes.ts): a change there changes the grade.
  const hash = createHash("sha256");
  for (const file of codeFiles(abs)) hash.update(file).update("\0").update(readFileSync(join(abs, file))).update("\0");
  return {
    dir: abs,
    files,
    names,
    digest: `sha256:${hash.digest("hex")}`,
    has: (name) => files.includes(`${name}.ts`),
  };
}
