import { describe, expect, it } from "vitest";
import type { StudentRecord } from "../bulk/record";
import { loadExercises } from "../course/exercises";
import { fileURLToPath } from "node:url";
import { recordFromResults } from "../bulk/record";
import { gradeSubmission } from "../grade/grade-submission";
import { histogram } from "./histogram";
import { renderDashboard } from "./render";
import { buildDashboardView } from "./view-model";

const exercises = loadExercises();
const meta = { hiddenCases: true, graderVersion: "0.1.0", generatedAt: "2026-01-01 00:00 UTC" };

function record(id: string, score: number, extra: Partial<StudentRecord> = {}): StudentRecord {
  const points = Object.fromEntries(exercises.map((e, i) => [e.name, i < score / 10 ? 10 : 0]));
  const functions = Object.fromEntries(exercises.map((e, i) => [e.name, i < score / 10 ? ("pass" as const) : ("fail" as const)]));
  return { id, source: id, key: "k", digest: "sha256:x", status: "graded", score, max_score: 100, points, functions, mistakes: [], timeouts: [], hidden_seed: 42, ...extra };
}

describe("the class dashboard", () => {
  it("bins scores in tens of percent, full marks in the last bin", () => {
    const h = histogram([0, 9.99, 10, 55, 100, 100], 100);
    expect(h.bars.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(Math.max(...h.bars.map((b) => b.height))).toBeLessThanOrEqual(h.baseline);
  });

  it("counts pass rates, the most common mistakes and the students who failed or timed out", () => {
    const mistake = { function: "linear_activation_forward", id: "swapped", name: "activations swapped" };
    const view = buildDashboardView(
      [record("a", 100), record("b", 20, { mistakes: [mistake], timeouts: ["compute_cost"] }), record("c", 30, { mistakes: [mistake] }), { ...record("d", 0), status: "failed", problem: "unreadable zip" }],
      exercises,
      meta,
    );
    expect(view.summary).toMatchObject({ students: 4, graded: 3, failed: 1, median: "30" });
    expect(view.functions[0]).toMatchObject({ name: exercises[0].name, passed: 3, total: 3, percent: 100 });
    expect(view.functions[2]).toMatchObject({ passed: 2, percent: 67 });
    expect(view.mistakes).toEqual([{ ...mistake, count: 2, percent: 67, name: "activations swapped" }].map(({ id: _, ...m }) => m));
    expect(view.problems.map((p) => [p.id, p.kind])).toEqual([["b", "timed out"], ["d", "could not be graded"]]);
  });

  it("lists each odd submission with what is odd about it: its own status, near file names, late", () => {
    const view = buildDashboardView(
      [
        record("a", 100, { renamed: [{ from: "Compute_Cost.ts", to: "compute_cost.ts" }], late: true, platform: "canvas", display_name: "lovelaceada" }),
        { ...record("e", 0), status: "empty", problem: "the submission holds no files" },
        { ...record("s", 0), status: "unchanged-stubs", problem: "stubs" },
        { ...record("t", 0), status: "no-typescript", problem: "only notes.pdf" },
      ],
      exercises,
      meta,
    );
    expect(view.problems.map((p) => [p.id, p.kind, p.hasReport])).toEqual([
      ["a", "file names nearly right", true],
      ["a", "late", true],
      ["e", "empty submission", false],
      ["s", "unchanged stubs", true],
      ["t", "no TypeScript", false],
    ]);
    expect(view.problems[0].detail).toBe("graded Compute_Cost.ts as compute_cost.ts");
    expect(view.students[0]).toMatchObject({ name: "lovelaceada", late: true });
    const html = renderDashboard(view);
    expect(html).toContain("unchanged stubs");
    expect(html).toContain('href="students/e/problem.txt"');
  });

  it("renders one self-contained page with every student-derived string escaped", () => {
    const evil = `<script>alert(1)</script>{{x}}"'`;
    const html = renderDashboard(buildDashboardView([record(evil, 50, { mistakes: [{ function: "linear_forward", id: "m", name: evil }] }), { ...record("d", 0), status: "failed", problem: evil }], exercises, meta));
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain(`href="students/${encodeURIComponent(evil).replace(/'/g, "&#x27;")}/report.html"`);
    expect(html).not.toMatch(/<(link|img)[^>]+(src|href)="http/);
    expect(html.match(/<script>/g)?.length).toBe(1); // the sorting script only
  });

  it("lists a mistake only under the function that failed with it, not under a right caller that failed through it", async () => {
    // linear_activation_forward swaps its activations; L_model_forward is right, and with the
    // student's own callee its output matches its own catalogued "activations swapped".
    const dir = fileURLToPath(new URL("../samples/activations-swapped-callee/", import.meta.url));
    const results = await gradeSubmission({ submissionDir: dir, only: ["linear_forward", "linear_activation_forward", "L_model_forward"] });
    const ownCases = results.exercises.find((e) => e.name === "L_model_forward")!.with_own_dependencies!.cases;
    expect(ownCases.some((c) => c.diagnosis?.mistake?.id === "L_model_forward/activations-swapped")).toBe(true);
    const record = recordFromResults("ada", "ada", "k", results);
    expect(record.mistakes.map((m) => m.function)).toEqual(["linear_activation_forward"]);
    // Also from a journal line written before: the dashboard drops mistakes of functions that passed.
    const older = { ...record, mistakes: [...record.mistakes, { function: "L_model_forward", id: "L_model_forward/activations-swapped", name: "x" }] };
    expect(buildDashboardView([older], exercises, meta).mistakes.map((m) => m.function)).toEqual(["linear_activation_forward"]);
  });
});
