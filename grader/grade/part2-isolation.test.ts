/**
 * Dependency isolation for Part 2: each model is graded with the course's Part 1 functions (the
 * reference versions, run in the grader and reached over the sandbox's pipe), then with the
 * student's own, and the summary names the Part 1 function that breaks it.
 */
import { copyFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatSummary } from "../cli/summary";
import { paths } from "../paths";
import { gradeSubmission } from "./grade-submission";

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "dnn-part2-isolation-"));
  folders.push(dir);
  return dir;
}

describe("Part 2's dependency isolation", () => {
  it("grades the models with the course's Part 1 functions when the student's are not written yet", async () => {
    const dir = folder();
    cpSync(paths.exercises, dir, { recursive: true });
    for (const model of ["two_layer_model", "L_layer_model"]) copyFileSync(join(paths.solutions, `${model}.ts`), join(dir, `${model}.ts`));
    const results = await gradeSubmission({ submissionDir: dir });
    for (const model of ["two_layer_model", "L_layer_model"]) {
      const e = results.exercises.find((x) => x.name === model)!;
      expect(e.status, model).toBe("pass");
      expect(e.with_own_dependencies?.status).toBe("not-attempted");
      expect(e.with_own_dependencies?.message).toContain("missing or not attempted yet");
    }
    expect(results.parts.map((p) => [p.id, p.score])).toEqual([["step-by-step", 0], ["application", 20]]);
  });

  it("names the student's Part 1 function that breaks a right model", async () => {
    const dir = folder();
    cpSync(paths.solutions, dir, { recursive: true });
    // dW and db without 1/m: a real mistake in linear_backward, which both models reach through their callees.
    copyFileSync(join(paths.projectRoot, "grader", "samples", "missing-one-over-m", "linear_backward.ts"), join(dir, "linear_backward.ts"));
    const results = await gradeSubmission({ submissionDir: dir });
    expect(results.exercises.find((e) => e.name === "linear_backward")!.status).toBe("fail");
    for (const model of ["two_layer_model", "L_layer_model"]) {
      const e = results.exercises.find((x) => x.name === model)!;
      expect(e.status, model).toBe("pass");
      expect(e.score).toBe(10);
      expect(e.with_own_dependencies?.status, model).toBe("fail");
      // Named, though the models reach it only through their callees (L_layer_model through three).
      expect(e.with_own_dependencies?.message, model).toMatch(new RegExp(`your ${model} is right.*linear_backward`));
    }
    const summary = formatSummary(results, "student/").replace(/\x1b\[[0-9;]*m/g, "");
    const underModel = summary.split("\n").slice(summary.split("\n").findIndex((l) => l.includes("two_layer_model")) + 1);
    // The lines under the model's (a long message may be wrapped), read as one text.
    expect(underModel.slice(0, 4).join(" ").replace(/\s+/g, " ")).toMatch(/your two_layer_model is right.*linear_backward/);
    expect(results.parts.map((p) => [p.id, p.score])).toEqual([["step-by-step", 90], ["application", 20]]);
  });
});

describe("a Part 1 function that runs out of time", () => {
  it("is not run again inside the models: they are graded with the reference versions only, and told why", async () => {
    const dir = folder();
    cpSync(paths.solutions, dir, { recursive: true });
    writeFileSync(join(dir, "compute_cost.ts"), "export function compute_cost(AL: unknown, Y: unknown): number {\n  for (;;) {}\n}\n");
    const results = await gradeSubmission({ submissionDir: dir, only: ["compute_cost", "two_layer_model", "L_layer_model"], timeoutMs: 400 });
    expect(results.exercises.map((e) => [e.name, e.status])).toEqual([["compute_cost", "timeout"], ["two_layer_model", "pass"], ["L_layer_model", "pass"]]);
    for (const model of results.exercises.slice(1)) {
      // No case ran with the hanging compute_cost: none waited its time limit.
      expect(model.with_own_dependencies?.cases).toEqual([]);
      expect(model.with_own_dependencies?.message).toContain("not graded with your own compute_cost: it ran out of time on its own cases");
    }
  });
});
