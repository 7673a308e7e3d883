/**
 * For benchmarks: a class of N synthetic submissions with a fixed mix of the kinds a teacher meets
 * (correct, partly wrong, throwing, hanging, broken), some zipped, some in nested folders. Every
 * file carries the student's id in a comment, so no two submissions are byte-identical and nothing
 * is graded from a cache.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadExercises } from "../../course/exercises";
import { loadFixtures } from "../../fixtures/load";
import { publicAnswersSource } from "../../hidden/public-answers";
import { paths } from "../../paths";
import { writeZip } from "./make-zip";

export type Kind = "correct" | "partly-wrong" | "throwing" | "hanging" | "broken";

/** Out of 100 students. */
export const mix: Readonly<Record<Kind, number>> = { correct: 50, "partly-wrong": 20, throwing: 12, hanging: 3, broken: 15 };

function kindOf(i: number, shares: Readonly<Record<Kind, number>>): Kind {
  let slot = (i * 37) % 100; // spread the kinds over the class instead of in blocks
  for (const [kind, share] of Object.entries(shares) as [Kind, number][]) {
    if (slot < share) return kind;
    slot -= share;
  }
  return "correct";
}

/** Writes N students into `classDir` in the given shares (out of 100); returns how many of each kind. */
export function writeSyntheticClass(classDir: string, n: number, shares: Readonly<Record<Kind, number>> = mix): Record<Kind, number> {
  const names = loadExercises().map((e) => e.name);
  const fixtures = loadFixtures(names);
  const solution = (name: string) => readFileSync(join(paths.solutions, `${name}.ts`), "utf8");
  const stub = (name: string) => readFileSync(join(paths.exercises, `${name}.ts`), "utf8");
  const counts = Object.fromEntries(Object.keys(mix).map((k) => [k, 0])) as Record<Kind, number>;
  mkdirSync(classDir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const id = `student-${String(i).padStart(4, "0")}`;
    const kind = kindOf(i, shares);
    counts[kind]++;
    const tag = `// ${id}\n`;
    const files = new Map(names.map((name) => [name, tag + solution(name)]));
    const pick = (k: number) => names.filter((_, j) => (i + j * 3) % names.length < k);
    if (kind === "partly-wrong") for (const name of pick(3)) files.set(name, publicAnswersSource(name, fixtures.byFunction.get(name)!.cases, tag));
    if (kind === "throwing") for (const name of pick(2)) files.set(name, `${tag}export function ${name}(..._: unknown[]): never {\n  throw new RangeError("index out of range");\n}\n`);
    if (kind === "hanging") files.set("compute_cost", `${tag}export function compute_cost(..._: unknown[]): number {\n  for (;;) {}\n}\n`);
    if (kind === "broken") {
      for (const name of pick(2)) files.set(name, `${tag}export function ${name}(A: any) {\n  return [A, ;\n}\n`);
      for (const name of names.slice(6)) files.set(name, tag + stub(name));
    }
    if (i % 3 === 0) {
      writeZip(join(classDir, `${id}.zip`), [...files].map(([name, text]) => ({ name: `${id}/week4/${name}.ts`, data: text })));
    } else {
      const dir = join(classDir, id, i % 2 ? "exercises" : "");
      mkdirSync(dir, { recursive: true });
      for (const [name, text] of files) writeFileSync(join(dir, `${name}.ts`), text);
    }
  }
  return counts;
}
