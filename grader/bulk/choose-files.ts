/**
 * Which of a submission's files are graded, whatever its layout: each exercise file is found by its
 * name (linear_forward.ts) anywhere in the tree, or, when no file has that exact name, by a near name
 * (near-names.ts: Compute_Cost.ts, linear-backward.ts, a .js twin), which is graded and said so. The
 * student's own helper modules are the other TypeScript files in those folders and their subfolders,
 * staged at the same place relative to the exercise files, so that imports between them resolve.
 */
import { posix } from "node:path";
import { messages } from "../messages/messages";
import { nearExercise } from "../grade/near-names";

export interface Choice {
  /** Name in the staged folder (posix, relative: "linear_forward.ts", "lib/shapes.ts") -> the file's path in the submission. */
  files: Map<string, string>;
  /** What the student should know about the choice, e.g. an exercise file found twice, a near name graded. */
  notes: string[];
  /** Exercise files graded under a name they nearly had: the path in the submission -> the exercise's file name. */
  renamed: { from: string; to: string }[];
}

/**
 * Folders that hold tooling or platform debris, never a student's answers. A repository made from
 * the handout (GitHub Classroom) also holds the handout's grader/, whose reference-tapes/ has a
 * file named after each function: never taken for the student's, even when theirs is missing.
 */
const TOOLING = new Set(["node_modules", "__MACOSX", "grader", "fixtures"]);

export function skippedPath(path: string): boolean {
  return path.split("/").some((part) => part.startsWith(".") || TOOLING.has(part));
}

export function isTypeScript(path: string): boolean {
  return path.endsWith(".ts") && !path.endsWith(".d.ts") && !path.endsWith(".test.ts");
}

const depth = (p: string) => p.split("/").length;
const byDepthThenName = (a: string, b: string) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0);
/** Among near names at one depth, TypeScript before JavaScript. */
const nearOrder = (a: string, b: string) => depth(a) - depth(b) || Number(!a.endsWith(".ts")) - Number(!b.endsWith(".ts")) || (a < b ? -1 : a > b ? 1 : 0);

/** The folder of `dirs` that holds `path` (deepest first), and `path` relative to it. */
function under(path: string, dirs: readonly string[]): string | undefined {
  for (const d of dirs) {
    if (d === ".") return path;
    if (path.startsWith(`${d}/`)) return path.slice(d.length + 1);
  }
  return undefined;
}

export function chooseFiles(paths: readonly string[], gradedNames: readonly string[]): Choice {
  const kept = paths.filter((p) => !skippedPath(p));
  const sources = kept.filter(isTypeScript).sort(byDepthThenName);
  const files = new Map<string, string>();
  const notes: string[] = [];
  const renamed: Choice["renamed"] = [];
  const dirs = new Set<string>();
  const chosen = new Set<string>();
  for (const name of gradedNames) {
    const file = `${name}.ts`;
    const exact = sources.filter((p) => posix.basename(p) === file);
    const found = exact.length > 0 ? exact : kept.filter((p) => nearExercise(p, gradedNames) === name && !p.endsWith(".test.ts")).sort(nearOrder);
    if (found.length === 0) continue;
    files.set(file, found[0]);
    chosen.add(found[0]);
    dirs.add(posix.dirname(found[0]));
    if (exact.length === 0) {
      renamed.push({ from: found[0], to: file });
      notes.push(messages.bulk.nearName(found[0], file));
    }
    if (found.length > 1) notes.push(`found ${file} ${found.length} times; graded ${found[0]}, ignored ${found.slice(1).join(", ")}`);
    // A .js beside the .ts (tsc's output, or an older copy) is not graded: said, so nobody wonders which counted.
    const twin = found[0].replace(/\.ts$/, ".js");
    if (exact.length > 0 && kept.includes(twin)) notes.push(messages.bulk.twinIgnored(twin, found[0]));
  }
  // Helper modules the exercise files may import. dnn_utils.ts and dnn_app_utils.ts are never the
  // student's: the grader's own helpers are always used. Other copies of exercise files (an old/ folder) are not helpers.
  const dirDepth = (d: string) => (d === "." ? 0 : depth(d));
  const roots = [...dirs].sort((a, b) => dirDepth(b) - dirDepth(a) || (a < b ? -1 : 1));
  for (const p of sources) {
    const base = posix.basename(p);
    if (chosen.has(p) || base === "dnn_utils.ts" || base === "dnn_app_utils.ts" || gradedNames.some((n) => base === `${n}.ts`) || nearExercise(base, gradedNames)) continue;
    const rel = under(p, roots);
    if (rel === undefined || files.has(rel) || gradedNames.some((n) => rel === `${n}.ts`)) continue;
    files.set(rel, p);
  }
  return { files, notes, renamed };
}
