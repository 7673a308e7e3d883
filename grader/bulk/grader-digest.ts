/**
 * The grader version a journal entry was graded with: package.json's version and a digest of the
 * grader's sources, templates and reference solutions, so a grader changed mid-term without a
 * version bump still regrades the class instead of mixing old and new results.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { graderInfo, paths } from "../paths";

/** What cannot change a grade: tests, docs, sample submissions, test data, build output. */
const SKIPPED_DIRS = new Set(["samples", "testdata", "testing", ".build", "__snapshots__", "node_modules"]);
const counted = (name: string) => /\.(ts|json|hbs)$/.test(name) && !name.endsWith(".test.ts");

function files(dir: string): string[] {
  const found: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (d.isDirectory() && !SKIPPED_DIRS.has(d.name)) found.push(...files(join(dir, d.name)));
    else if (d.isFile() && counted(d.name)) found.push(join(dir, d.name));
  }
  return found.sort();
}

let memo: string | undefined;

export function graderVersion(): string {
  if (memo) return memo;
  const hash = createHash("sha256");
  for (const file of [...files(join(paths.projectRoot, "grader")), ...files(paths.solutions), paths.helpers, paths.appHelpers]) {
    hash.update(relative(paths.projectRoot, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  memo = `${graderInfo.version}+${hash.digest("hex").slice(0, 16)}`;
  return memo;
}
