/**
 * Part 2's catalogued mistakes, graded end to end through gradeSubmission and the sandbox as a
 * student's files: each is named on every course case it fails, and on the student's hidden case,
 * whose random sizes and 101+ iterations show the costs recorded at iterations 0 and 100.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { gradeSubmission } from "../grade/grade-submission";
import { paths } from "../paths";
import { loadCatalogue, mistakeFile } from "./catalogue/catalogue";
import { catalogueRounds, ownSiblingsOf, proveRound } from "./catalogue/prove";

const part2 = loadCatalogue().filter((m) => m.function === "two_layer_model" || m.function === "L_layer_model");
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("Part 2's mistake catalogue", () => {
  it("covers what students get wrong in both models", () => {
    const ids = part2.map((m) => m.id);
    for (const fn of ["two_layer_model", "L_layer_model"]) {
      for (const slug of ["costs-every-iteration", "costs-never", "cost-iteration-off-by-one", "loop-from-one", "params-not-carried", "learning-rate-ignored", "update-before-backward"]) {
        expect(ids).toContain(`${fn}/${slug}`);
      }
    }
    for (const id of ["two_layer_model/da2-sign", "two_layer_model/da2-is-dz2", "two_layer_model/activations-swapped", "L_layer_model/part1-initialiser"]) expect(ids).toContain(id);
    expect(part2.every((m) => m.observable)).toBe(true);
  });

  it("names each mistake on every course case it fails, graded as a student's file", async () => {
    const problems = [];
    for (const round of catalogueRounds(part2)) problems.push(...(await proveRound(round)).map((p) => `${p.mistake.id}: ${p.problem}`));
    expect(problems).toEqual([]);
  }, 120_000);

  it("names each mistake on the student's hidden case too", async () => {
    const wrong: string[] = [];
    for (const m of part2) {
      const dir = mkdtempSync(join(tmpdir(), "dnn-part2-"));
      folders.push(dir);
      copyFileSync(mistakeFile(m), join(dir, `${m.function}.ts`));
      for (const sibling of ownSiblingsOf(m)) copyFileSync(join(paths.solutions, `${sibling}.ts`), join(dir, `${sibling}.ts`));
      const results = await gradeSubmission({ submissionDir: dir, only: [m.function], hiddenSeed: 4242 });
      const hidden = results.exercises[0].cases.find((c) => c.hidden)!;
      if (hidden.status !== "fail" || hidden.diagnosis?.mistake?.id !== m.id) wrong.push(`${m.id}: ${hidden.status}, named ${hidden.diagnosis?.mistake?.id ?? "nothing"}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
