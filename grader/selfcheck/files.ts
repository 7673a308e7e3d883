/**
 * Checks on the course's files themselves: every exercise has its stub region, docs and hints,
 * and the three folders hold nothing unexpected.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Problem } from "./problem";

export interface CourseLayout {
  root: string;
  names: readonly string[];
}

const rel = (layout: CourseLayout, path: string) => relative(layout.root, path);

export function checkStubs(layout: CourseLayout): Problem[] {
  const problems: Problem[] = [];
  for (const name of layout.names) {
    const file = join(layout.root, "exercises", `${name}.ts`);
    if (!existsSync(file)) {
      problems.push({ file: rel(layout, file), problem: "is missing", fix: `write the stub of ${name}, like the other exercises` });
      continue;
    }
    const text = readFileSync(file, "utf8");
    for (const marker of ["// YOUR CODE STARTS HERE", "// YOUR CODE ENDS HERE", `throw new NotImplementedError("${name}")`, `export function ${name}(`]) {
      if (!text.includes(marker)) problems.push({ file: rel(layout, file), problem: `lacks \`${marker}\``, fix: "keep the stub's region, its throw and its export as the other stubs have them" });
    }
    // A doc comment with @returns and at least one shape such as (n[l], m), (1, m) or (n_h, n_x).
    const doc = /\/\*\*([\s\S]*?)\*\//.exec(text)?.[1] ?? "";
    if (!doc.includes("@returns") || !/\((?:n\[[^\]]+\]|n_\w+|1), (?:m|1|n\[[^\]]+\]|n_\w+)\)/.test(doc)) {
      problems.push({ file: rel(layout, file), problem: "has no doc comment with the shapes in the course's notation", fix: "document every argument and result as (n[l], m) etc." });
    }
  }
  return problems;
}

export function checkDocs(layout: CourseLayout): Problem[] {
  const problems: Problem[] = [];
  const readme = join(layout.root, "exercises", "README.md");
  const text = existsSync(readme) ? readFileSync(readme, "utf8") : "";
  layout.names.forEach((name, i) => {
    if (!new RegExp(`^### ${i + 1}\\. ${name}\\(`, "m").test(text)) {
      problems.push({ file: rel(layout, readme), problem: `has no section "### ${i + 1}. ${name}(...)"`, fix: "describe each function in the assignment's order, with its shapes and expected output" });
    }
    const hints = join(layout.root, "exercises", "hints", `${name}.md`);
    if (!existsSync(hints)) problems.push({ file: rel(layout, hints), problem: "is missing", fix: `write progressive hints for ${name} (a nudge first, the near-answer last)` });
  });
  return problems;
}

/** The given helpers: Part 1's (dnn_utils) and Part 2's (dnn_app_utils), in both exercises/ and solutions/. */
const givenHelpers = ["dnn_utils.ts", "dnn_app_utils.ts"];

/**
 * solutions/dnn_app_utils.ts is a copy of exercises/dnn_app_utils.ts, byte for byte: its `predict`
 * imports ./L_model_forward from its own folder, so each folder needs its own copy, and the two
 * must never differ (a re-export would make the solutions' predict use the stubs).
 */
export function checkAppHelpersCopy(layout: CourseLayout): Problem[] {
  const [given, copy] = ["exercises", "solutions"].map((folder) => join(layout.root, folder, "dnn_app_utils.ts"));
  if (!existsSync(given)) return [{ file: rel(layout, given), problem: "is missing", fix: "restore Part 2's given helpers" }];
  if (existsSync(copy) && readFileSync(copy, "utf8") === readFileSync(given, "utf8")) return [];
  return [{ file: rel(layout, copy), problem: `is not a byte-for-byte copy of ${rel(layout, given)}`, fix: `cp ${rel(layout, given)} ${rel(layout, copy)} (edit the helpers in exercises/, then copy)` }];
}

/** What each folder may hold; anything else is stray (a leftover, or a file students would not expect). */
export function checkStrayFiles(layout: CourseLayout): Problem[] {
  const allowed: Record<string, (entry: string, isDir: boolean) => boolean> = {
    exercises: (e, dir) => (dir ? e === "hints" : e === "README.md" || givenHelpers.includes(e) || layout.names.some((n) => e === `${n}.ts`)),
    solutions: (e, dir) => !dir && (givenHelpers.includes(e) || e === "solutions.test.ts" || layout.names.some((n) => e === `${n}.ts`)),
    fixtures: (e, dir) => (dir ? e === "schema" : layout.names.some((n) => e === `${n}.json`)),
    // python-habits.md: the Python habits the grader names, with their TypeScript forms (grader/diagnose/python).
    "exercises/hints": (e, dir) => !dir && (e === "python-habits.md" || layout.names.some((n) => e === `${n}.md`)),
  };
  const problems: Problem[] = [];
  for (const [folder, ok] of Object.entries(allowed)) {
    const dir = join(layout.root, folder);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir)) {
      if (!ok(entry, statSync(join(dir, entry)).isDirectory())) {
        problems.push({ file: join(folder, entry), problem: "is not part of the course", fix: "remove it, or if it belongs, teach grader/selfcheck/files.ts about it" });
      }
    }
  }
  return problems;
}
