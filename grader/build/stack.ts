/**
 * Maps stack traces from the child back to the student's files. Bundles run as data: modules, so
 * the child's traces point into bundle text; the parent keeps each bundle's source map and rewrites
 * every frame to `file.ts:line:column`, relative to the submission folder.
 */
import { fileURLToPath } from "node:url";
import { basename, isAbsolute, relative, resolve } from "node:path";
import { paths } from "../paths";
import { sourceMapOf } from "./source-map";

export interface LoadedBundle {
  /** How the child's stack traces name this bundle (see bundleToken). */
  url: string;
  sourceMap: string;
  /** The folder the source map's paths are relative to (the submission). */
  baseDir: string;
  /** The bundle's text, to give renamed variables their names back in messages (names.ts). */
  code?: string;
}

export interface MappedStack {
  stack: string;
  /** The first frame inside the submission, e.g. "linear_forward.ts:12:5". */
  location?: string;
}

const inside = (dir: string, path: string) => {
  const rel = relative(dir, path);
  return !rel.startsWith("..") && !isAbsolute(rel);
};

/**
 * A frame's file as the student may see it: relative to the submission; the course's given helpers
 * by name (`course:dnn_utils.ts`, the student has the file); anything else of the grader (a
 * reference solution, a replay tape) as `<grader>`, a frame mapStack drops: results, reports and
 * CI annotations never carry the grader's paths.
 */
function originalFile(source: string, baseDir: string): string {
  const path = source.startsWith("file://") ? fileURLToPath(source) : resolve(baseDir, source);
  if (inside(baseDir, path)) return relative(baseDir, path);
  if (path === paths.helpers) return `course:${basename(path)}`;
  return "<grader>";
}

/** `text` with every bundle position (`grader-bundle:key:line:col`) replaced by the student's `file.ts:line:col`. */
export function mapPositions(text: string, bundles: readonly LoadedBundle[]): string {
  if (!text.includes("grader-bundle:")) return text;
  let mapped = text;
  for (const bundle of bundles) {
    const pattern = new RegExp(`${bundle.url.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:(\\d+):(\\d+)`, "g");
    mapped = mapped.replace(pattern, (_whole, line: string, column: string) => {
      const entry = sourceMapOf(bundle).findEntry(Number(line) - 1, Number(column) - 1) as {
        originalSource?: string;
        originalLine?: number;
        originalColumn?: number;
      };
      if (entry?.originalSource === undefined) return "<grader>";
      const file = originalFile(entry.originalSource, bundle.baseDir);
      return file === "<grader>" ? file : `${file}:${(entry.originalLine ?? 0) + 1}:${(entry.originalColumn ?? 0) + 1}`;
    });
  }
  return mapped;
}

export function mapStack(stack: string, bundles: readonly LoadedBundle[]): MappedStack {
  const mapped = mapPositions(stack, bundles);
  // Frames of the harness itself (the boot module) mean nothing to a student.
  const lines = mapped.split("\n").filter((l) => !/data:text\/javascript|grader-bundle:|grader-harness|\[eval\d*\]|node:internal|node:events|node:vm|<grader>/.test(l));
  // The first frame in a file of the submission (relative path) is where the student should look.
  const location = lines.map((l) => /(?:^|[\s(])([^\s(/][^\s():]*\.ts:\d+:\d+)\)?\s*$/.exec(l)?.[1]).find((l) => l && !l.startsWith(".."));
  return { stack: lines.join("\n"), location };
}
