/**
 * `npm run gradescope -- OUT.zip`: the autograder Gradescope takes (its specification:
 * https://gradescope-autograders.readthedocs.io/en/latest/specs/): at the archive's root
 * `setup.sh` and `run_autograder` (executable), beside the grader itself: package.json and its
 * lock, grader/ (without tests, samples and test data), solutions/, exercises/ and fixtures/.
 * Gradescope unpacks it into /autograder/source. The course secret, when given, is in
 * gradescope.json at the root: the archive is the teacher's and Gradescope's only, and student
 * code never runs where the grader's files are readable (see docs/gradescope.md).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { paths } from "../paths";
import { zipBuffer, type ZipEntry } from "./zip-writer";

export const CONFIG_FILE = "gradescope.json";

export interface GradescopeConfig {
  /** The course secret hidden cases are drawn from (absent: public cases only). */
  secret?: string;
  /** Grade even where bubblewrap cannot run in Gradescope's container (Node's permission model alone). */
  allow_weak_sandbox: boolean;
}

const SKIPPED_DIRS = new Set([".build", "node_modules", "samples", "testdata", "testing", "__snapshots__", ".git"]);
const TOP_LEVEL = ["package.json", "package-lock.json", "tsconfig.json", "grader", "solutions", "exercises", "fixtures"];
const SCRIPTS = ["setup.sh", "run_autograder"];

function walk(root: string, path: string, into: string[]): void {
  const stat = statSync(path);
  if (stat.isFile()) {
    if (!path.endsWith(".test.ts")) into.push(relative(root, path));
    return;
  }
  for (const d of readdirSync(path, { withFileTypes: true })) {
    if (d.isDirectory() && SKIPPED_DIRS.has(d.name)) continue;
    if (d.isDirectory() || d.isFile()) walk(root, join(path, d.name), into);
  }
}

/** The archive's entries, sorted: the same grader and settings make the same archive. */
export function autograderEntries(config: GradescopeConfig, root: string = paths.projectRoot): ZipEntry[] {
  const files: string[] = [];
  for (const top of TOP_LEVEL) {
    try {
      walk(root, join(root, top), files);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  const scriptsDir = join(root, "grader", "gradescope");
  const entries: ZipEntry[] = [
    ...SCRIPTS.map((name) => ({ name, data: readFileSync(join(scriptsDir, name)), mode: 0o755 })),
    { name: CONFIG_FILE, data: Buffer.from(JSON.stringify(config, null, 2) + "\n"), mode: 0o600 },
    ...files.sort().map((file) => ({ name: file.split("\\").join("/"), data: readFileSync(join(root, file)) })),
  ];
  return entries;
}

export function buildAutograder(outFile: string, config: GradescopeConfig): { entries: number; bytes: number } {
  const entries = autograderEntries(config);
  const zip = zipBuffer(entries);
  writeFileSync(outFile, zip, { mode: 0o600 });
  return { entries: entries.length, bytes: zip.length };
}
