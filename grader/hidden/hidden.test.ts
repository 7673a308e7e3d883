import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as np from "#np";
import { exercismResults, gradescopeResults } from "../bulk/formats";
import { gradebookCsv } from "../bulk/gradebook";
import { recordFromResults } from "../bulk/record";
import { annotations, stepSummary } from "../ci/github";
import { toJUnit } from "../ci/junit";
import { formatSummary } from "../cli/summary";
import { loadExercises } from "../course/exercises";
import { renderDashboard } from "../dashboard/render";
import { buildDashboardView } from "../dashboard/view-model";
import { gradeSubmission } from "../grade/grade-submission";
import { messages } from "../messages/messages";
import { paths } from "../paths";
import { renderReports } from "../report/render";
import type { Results } from "../results/types";
import { fromValue } from "../values/live";
import { arraysIn } from "../values/value";
import { drawHiddenInputs } from "./hidden-cases";
import { leaksIn } from "./leak-guard";
import { writePublicAnswers } from "./public-answers";
import { hiddenSeed } from "./seed";

const exercises = loadExercises();
const names = exercises.map((e) => e.name);
const work = mkdtempSync(join(tmpdir(), "dnn-hidden-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("hidden case seeds", () => {
  it("are the same for the same student and secret, and differ between students and between secrets", () => {
    expect(hiddenSeed("s3cret", "alice")).toBe(hiddenSeed("s3cret", "alice"));
    expect(hiddenSeed("s3cret", "alice")).not.toBe(hiddenSeed("s3cret", "bob"));
    expect(hiddenSeed("s3cret", "alice")).not.toBe(hiddenSeed("other", "alice"));
    expect(Number.isInteger(hiddenSeed("s3cret", "alice"))).toBe(true);
  });

  it("draw the same inputs for a function whichever other functions are drawn with it", () => {
    const alone = drawHiddenInputs(42, ["linear_backward"]);
    const withOthers = drawHiddenInputs(42, names).filter((d) => d.functionName === "linear_backward");
    expect(withOthers).toEqual(alone);
  });

  it("never draw an input array of the same shape as the public case's, over many seeds", () => {
    for (let seed = 0; seed < 300; seed++) {
      for (const d of drawHiddenInputs(seed, ["linear_forward", "linear_backward", "L_model_forward", "compute_cost", "update_parameters", "two_layer_model", "L_layer_model"])) {
        const first = [...arraysIn({ type: "sequence", items: d.args })][0][1];
        const publicShapes: Record<string, number[]> = { linear_forward: [3, 2], linear_backward: [3, 4], L_model_forward: [5, 4], compute_cost: [1, 3], update_parameters: [3, 4], two_layer_model: [10, 10], L_layer_model: [10, 10] };
        expect(first.shape, `${d.functionName} seed ${seed}`).not.toEqual(publicShapes[d.functionName]);
      }
    }
  });
});

describe("Part 2's hidden cases", () => {
  it("train small random networks for a few iterations, with 0/1 labels", () => {
    for (let seed = 0; seed < 100; seed++) {
      for (const d of drawHiddenInputs(seed, ["two_layer_model", "L_layer_model"])) {
        const [X, Y, dims, learningRate, iterations, printCost] = d.args.map(fromValue) as [np.NDArray, np.NDArray, number[], number, number, boolean];
        expect(dims[0]).toBe(X.shape[0]);
        expect(dims.at(-1)).toBe(1);
        expect(dims.length).toBeGreaterThanOrEqual(3);
        if (d.functionName === "two_layer_model") expect(dims).toHaveLength(3);
        expect(Y.shape).toEqual([1, X.shape[1]]);
        expect([...Y.data].every((y) => y === 0 || y === 1)).toBe(true);
        expect(learningRate).toBeGreaterThan(0);
        expect(iterations).toBeGreaterThanOrEqual(3);
        expect(iterations).toBeLessThanOrEqual(6);
        expect(printCost).toBe(false);
      }
    }
  });

  it("are passed by the reference solutions, alone and with their own Part 1 functions, and fail a learning rate ignored", async () => {
    const results = await gradeSubmission({ submissionDir: paths.solutions, hiddenSeed: 11, only: ["two_layer_model", "L_layer_model"] });
    for (const e of results.exercises) {
      expect(e.cases.map((c) => [c.hidden, c.status]), e.name).toEqual([[false, "pass"], [false, "pass"], [true, "pass"]]);
      expect(e.with_own_dependencies?.status, e.name).toBe("pass");
    }
    // The course's first case uses the default rate, 0.0075; a hidden case's rate is 0.01 to 0.1.
    const dir = join(work, "default-rate");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "L_layer_model.ts"), readFileSync(join(paths.solutions, "L_layer_model.ts"), "utf8").replace("update_parameters(parameters, grads, learning_rate)", "update_parameters(parameters, grads, 0.0075)"));
    const fixed = await gradeSubmission({ submissionDir: dir, hiddenSeed: 11, only: ["L_layer_model"] });
    expect(fixed.exercises[0].cases.map((c) => c.status)).toEqual(["pass", "fail", "fail"]);
  });
});

describe("grading with hidden cases", () => {
  it("gives the reference solutions full marks on their hidden cases, and names the seed", async () => {
    const results = await gradeSubmission({ submissionDir: paths.solutions, hiddenSeed: 2024 });
    const hidden = results.exercises.flatMap((e) => e.cases.filter((c) => c.hidden));
    expect(hidden.length).toBe(14);
    expect(hidden.every((c) => c.status === "pass")).toBe(true);
    expect(results.score).toBe(120);
    expect(results.hidden_cases).toEqual({ seed: 2024 });
  });

  it("fails a submission that returns the public answers whatever its input on every hidden case", async () => {
    const dir = join(work, "cheater");
    writePublicAnswers(dir, names);
    const results = await gradeSubmission({ submissionDir: dir, hiddenSeed: 7 });
    for (const e of results.exercises) {
      expect(e.cases.filter((c) => !c.hidden).every((c) => c.status === "pass"), e.name).toBe(true);
      expect(e.cases.filter((c) => c.hidden).every((c) => c.status === "fail"), e.name).toBe(true);
    }
    const without = await gradeSubmission({ submissionDir: dir });
    expect(without.score).toBe(120);
    expect(results.score).toBeLessThan(72);
  });

  it("never shows a hidden case's expected values in any output, at any precision", async () => {
    const dir = join(work, "off-by-one");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "linear_forward.ts"),
      `import * as np from "#np";\nexport function linear_forward(A: any, W: any, b: any): any {\n  const Z = np.add(np.add(np.dot(W, A), b), 1);\n  return [Z, [A, W, b]];\n}\n`,
    );
    const results = await gradeSubmission({ submissionDir: dir, hiddenSeed: 99, only: ["linear_forward"] });
    const hiddenCase = results.exercises[0].cases.find((c) => c.hidden)!;
    expect(hiddenCase.status).toBe("fail");
    expect(hiddenCase.comparison?.expected).toBeUndefined();
    const reference = await gradeSubmission({ submissionDir: paths.solutions, hiddenSeed: 99, only: ["linear_forward"] });
    expect(reference.exercises[0].cases.find((c) => c.hidden)!.status).toBe("pass");
    // The hidden cases' expected Z, computed as the reference does: the student's values are each 1 more.
    const expectedZ = drawHiddenInputs(99, ["linear_forward"]).flatMap((d) => {
      const [A, W, b] = d.args.map(fromValue) as np.NDArray[];
      return [...np.add(np.dot(W, A), b).data];
    });
    // The guard can fail on these values: the grader's own formatter, given an expected value, is caught.
    expect(leaksIn(messages.values("Z", "[0, 0]", expectedZ[0] + 1, expectedZ[0], 1, 1), expectedZ)).not.toEqual([]);
    for (const [output, text] of Object.entries(everyOutput(results, dir))) expect(leaksIn(text, expectedZ), output).toEqual([]);
  });
});

/** Every text a grading run writes about one student, by output. */
function everyOutput(results: Results, submissionDir: string): Record<string, string> {
  const reports = renderReports(results);
  const record = recordFromResults("student", "student.zip", "key", results);
  const meta = { hiddenCases: true, graderVersion: results.grader.version, generatedAt: results.started_at };
  return {
    "results.json": JSON.stringify(results, null, 2),
    "report.html": reports.html,
    "report.md": reports.markdown,
    "terminal summary": formatSummary(results, "student/"),
    JUnit: toJUnit(results),
    "GitHub annotations": annotations(results, submissionDir, paths.projectRoot).join("\n"),
    "GitHub step summary": stepSummary(results),
    "Gradescope results": JSON.stringify(gradescopeResults(results)),
    "Exercism results": JSON.stringify(exercismResults(results)),
    gradebook: gradebookCsv([record], names),
    dashboard: renderDashboard(buildDashboardView([record], exercises, meta)),
  };
}
