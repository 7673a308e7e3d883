/**
 * Which of a submission's files are graded, whatever its layout: each exercise file is found by its
 * name (linear_forward.ts) anywhere in the tree, and the student's own helper modules are the other
 * TypeScript files beside those. The result is a flat folder, the layout the grader expects.
 */
import { posix } from "node:path";

export interface Choice {
  /** Flat name in the staged folder -> the file's path in the submission (posix, relative). */
  files: Map<string, string>;
  /** What the student should know about the choice, e.g. an exercise file found twice. */
  notes: string[];
}

/** Folders that hold tooling or platform debris, never a student's answers. */
function skippedPath(path: string): boolean {
  return path.split("/").some((part) => part.startsWith(".") || part === "node_modules" || part === "__MACOSX");
}

function isSource(path: string): boolean {
  return path.endsWith(".ts") && !path.endsWith(".d.ts") && !path.endsWith(".test.ts");
}

const byDepthThenName = (a: string, b: string) => a.split("/").length - b.split("/").length || (a < b ? -1 : a > b ? 1 : 0);

export function chooseFiles(paths: readonly string[], gradedNames: readonly string[]): Choice {
  const sources = paths.filter((p) => isSource(p) && !skippedPath(p)).sort(byDepthThenName);
  const files = new Map<string, string>();
  const notes: string[] = [];
  const dirs = new Set<string>();
  for (const name of gradedNames) {
    const found = sources.filter((p) => posix.basename(p) === `${name}.ts`);
    if (found.length === 0) continue;
    files.set(`${name}.ts`, found[0]);
    dirs.add(posix.dirname(found[0]));
    if (found.length > 1) notes.push(`found ${name}.ts ${found.length} times; graded ${found[0]}, ignored ${found.slice(1).join(", ")}`);
  }
  // Helper modules the exercise files may import: the other files in their folders. dnn_utils.ts and
  // dnn_app_utils.ts are never the student's: the grader's own helpers are always used.
  for (const p of sources) {
    const base = posix.basename(p);
    if (base === "dnn_utils.ts" || base === "dnn_app_utils.ts" || files.has(base) || !dirs.has(posix.dirname(p))) continue;
    if (gradedNames.includes(base.slice(0, -3))) continue;
    files.set(base, p);
  }
  return { files, notes };
}
