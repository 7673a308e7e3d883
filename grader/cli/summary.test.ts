import { describe, expect, it } from "vitest";
import type { CaseResult, Results } from "../results/types";
import { resultsOf } from "../results/testing/results-of";
import { fileURLToPath } from "node:url";
import { loadExercises } from "../course/exercises";
import { gradeSubmission } from "../grade/grade-submission";
import { formatSummary, widestLine } from "./summary";

/** What GitHub Actions would run: a line starting with `::` once trimmed, or `##[` anywhere on it. */
const workflowCommand = /^\s*::|##\[/;

/** The summary's own colours, which are ours; a student's ESC never comes out raw. */
const stripColours = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, "");

const thrown = "x\n::error file=a.ts,line=1::injected\r::add-mask::y";
const printed = "printed\n  ::stop-commands::tok\n##[set-output name=a]b\n\x1b]0;pwned\x07\x1b[2J done";

function aCase(name: string, status: CaseResult["status"], message: string): CaseResult {
  return { name, status, message, duration_ms: 1, output: printed, hidden: false };
}

function hostileResults(): Results {
  return resultsOf(
    [
      {
        name: "linear_forward",
        status: "error",
        score: 0,
        max_score: 10,
        message: `threw: ${thrown}`,
        cases: [aCase("course", "error", thrown)],
      },
      {
        name: "linear_activation_forward",
        status: "pass",
        score: 10,
        max_score: 10,
        message: "ok",
        cases: [aCase("relu", "pass", "passed")],
        with_own_dependencies: {
          status: "fail",
          message: `with your linear_forward: ${printed}`,
          cases: [aCase("relu", "fail", printed)],
        },
      },
    ],
    { score: 0, max_score: 20, warnings: [`exercises/linear_forward.ts: type error near "${thrown}"`] },
  );
}

describe("the terminal summary", () => {
  const summary = formatSummary(hostileResults(), "::error::label\n");
  const lines = stripColours(summary).split("\n");

  it("prints no line GitHub Actions would run as a workflow command, from messages, warnings or the label", () => {
    expect(lines.some((l) => l.includes("injected"))).toBe(true);
    for (const line of lines) expect(line).not.toMatch(workflowCommand);
  });

  it("lets no carriage return, terminal escape or bell of the student's through", () => {
    expect(summary).not.toContain("\r");
    expect(summary).not.toContain("\x07");
    expect(summary).not.toContain("\x1b]0;");
    expect(summary).not.toContain("\x1b[2J");
    expect(stripColours(summary)).not.toContain("\x1b");
  });

  it("still shows what the student wrote, escaped where needed, each line under its function", () => {
    expect(lines).toContain("      x");
    expect(lines).toContain("      \\::error file=a.ts,line=1::injected\\x0d::add-mask::y");
    expect(lines).toContain("      with your linear_forward: printed");
    expect(lines).toContain("        \\::stop-commands::tok");
  });

  it("makes a line inert that wrapping would start with a workflow command", () => {
    const long = `${"word ".repeat(18)}::error file=a.ts::wrapped ${"x".repeat(30)} ##[warning]`;
    const results = hostileResults();
    results.exercises[0].cases[0].message = long;
    for (const line of stripColours(formatSummary(results, "l")).split("\n")) expect(line).not.toMatch(workflowCommand);
  });
});

describe("the terminal summary of a real failing submission", async () => {
  // linear_forward written A^T·W^T; linear_activation_forward and L_model_forward right beside it.
  const dir = fileURLToPath(new URL("../samples/broken-callee/", import.meta.url));
  const only = ["linear_forward", "linear_activation_forward", "L_model_forward"];
  const results = await gradeSubmission({ submissionDir: dir, only });
  const options = { reportPath: ".grade/report.html", resultsPath: ".grade/results.json", courseFunctions: loadExercises().length };
  const summary = stripColours(formatSummary(results, "grader/samples/broken-callee/", options));
  const under = (name: string) => {
    const lines = summary.split("\n");
    const start = lines.findIndex((l) => l.includes(` ${name} `));
    const end = lines.findIndex((l, i) => i > start && /^  \S/.test(l));
    return lines.slice(start + 1, end < 0 ? undefined : end).join("\n");
  };

  it("fits a 100-column terminal, though the shape message itself is far longer", () => {
    expect(results.exercises[0].message.length).toBeGreaterThan(200);
    expect(widestLine(summary)).toBeLessThanOrEqual(100);
    for (const line of summary.split("\n")) expect(Array.from(line).length, line).toBeLessThanOrEqual(100);
  });

  it("names the mistake and its fix under the failing function, then where the details are", () => {
    expect(under("linear_forward")).toContain("Likely mistake: Product written as Aᵀ·Wᵀ.");
    expect(under("linear_forward")).toContain("Fix: Compute np.dot(W, A), W first and no transposes");
    expect(under("linear_forward")).toContain("Details: .grade/report.html#fn-linear_forward");
    expect(under("linear_forward")).toContain("Z has shape (2, 1); expected (1, 2).");
  });

  it("sends the functions that fail only through it to linear_forward, the deepest failing callee", () => {
    expect(under("L_model_forward").replace(/\s+/g, " ")).toContain("fails with your own linear_forward (called through linear_activation_forward), which fails on its own: fix that first");
    expect(under("L_model_forward")).not.toMatch(/fails with your own linear_activation_forward/);
    expect(under("linear_activation_forward").replace(/\s+/g, " ")).toContain("fails with your own linear_forward, which fails on its own");
  });

  it("with --only, speaks of the functions graded, not of the whole course", () => {
    expect(summary).toContain("Score: 20/30 for the 3 functions graded (--only)");
    expect(summary).not.toMatch(/\/100/);
    const fresh = stripColours(formatSummary(resultsOf([{ name: "compute_cost", status: "not-attempted", score: 0, max_score: 10, message: "", cases: [] }], { score: 0, max_score: 10 }), "exercises/", options));
    expect(fresh).toContain("Score: 0/10 for compute_cost (--only)");
    expect(fresh).toContain("start with exercises/compute_cost.ts");
    expect(fresh).not.toContain("initialize_parameters");
  });
});

describe("the terminal summary's parts", () => {
  const passed = (name: string, score = 10) => ({ name, status: "pass" as const, score, max_score: 10, message: "ok", cases: [aCase("course", "pass", "passed")] });

  it("heads each part with its subtotal when both parts were graded", () => {
    const results = resultsOf([passed("linear_forward"), passed("compute_cost", 5), passed("two_layer_model", 0), passed("L_layer_model")]);
    const lines = stripColours(formatSummary(results, "exercises/")).split("\n");
    const part1 = lines.findIndex((l) => /^ {2}Part 1 · Step by Step +15\/20$/.test(l));
    const part2 = lines.findIndex((l) => /^ {2}Part 2 · Application +10\/20$/.test(l));
    expect(part1).toBeGreaterThan(0);
    expect(lines[part1 + 1]).toContain("linear_forward");
    expect(lines[part2 - 1]).toBe("");
    expect(lines[part2 + 1]).toContain("two_layer_model");
    expect(lines).toContain("Score: 25/40");
  });

  it("prints no part heading when one part alone was graded (--only)", () => {
    const summary = stripColours(formatSummary(resultsOf([passed("two_layer_model")]), "exercises/"));
    expect(summary).not.toContain("Part 2");
    expect(summary).toContain("Score: 10/10");
  });
});
