import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CaseResult, Results } from "../results/types";
import { annotations, escapeData, placeOf, stepSummary } from "./github";
import { toJUnit } from "./junit";
import { ciVerdict } from "./verdict";

const hostile = "line one\n::error file=x.ts::fake\r%0A <script>alert(1)</script> ]]> </failure>";

function caseResult(name: string, status: CaseResult["status"], extra: Partial<CaseResult> = {}): CaseResult {
  return { name, status, message: status === "pass" ? "passed" : `problem: ${hostile}`, duration_ms: 12.5, output: hostile, hidden: false, ...extra };
}

function results(): Results {
  return {
    format_version: "1.0",
    grader: { name: "dnn-grader", version: "0.1.0" },
    status: "ok",
    message: "",
    score: 15,
    max_score: 30,
    submission: { path: "exercises", digest: `sha256:${"0".repeat(64)}`, files: [] },
    fixtures_digest: `sha256:${"0".repeat(64)}`,
    started_at: "2026-11-26T00:00:00.000Z",
    duration_ms: 300,
    timings_ms: { startup: 0, bundle: 0, run: 0 },
    warnings: [],
    exercises: [
      { name: "linear_forward", status: "error", score: 0, max_score: 10, message: `threw: ${hostile}`, cases: [caseResult("course", "error", { location: "linear_forward.ts:6:23", check: "threw" })] },
      {
        name: "linear_activation_forward",
        status: "fail",
        score: 5,
        max_score: 10,
        message: "case sigmoid",
        cases: [caseResult("sigmoid", "fail", { diagnosis: { mistake: { id: "x", name: "relu and sigmoid swapped", explanation: "e", hint: "h" }, findings: [] } }), caseResult("relu", "pass")],
        with_own_dependencies: { status: "fail", message: "m", cases: [caseResult("sigmoid", "fail"), caseResult("relu", "pass")] },
      },
      { name: "compute_cost", status: "pass", score: 10, max_score: 10, message: "ok", cases: [caseResult("course", "pass")] },
    ],
  };
}

describe("JUnit XML", () => {
  const xml = toJUnit(results());

  it("has one testcase per case with unique classname and name", () => {
    const ids = [...xml.matchAll(/<testcase classname="([^"]*)" name="([^"]*)"/g)].map((m) => `${m[1]}#${m[2]}`);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  });

  it("uses the diagnosed mistake as the failure message and errors for thrown cases", () => {
    expect(xml).toContain('<failure message="relu and sigmoid swapped: e');
    expect(xml).toMatch(/<error message="problem: [^"]*" type="error">/);
    expect(xml).toContain('tests="6" failures="2" errors="1"');
  });

  it("escapes everything the student controls", () => {
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("]]>");
    expect(xml.match(/<\/failure>/g)).toHaveLength(2);
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

describe("GitHub Actions output", () => {
  it("escapes newlines so student text cannot start a workflow command", () => {
    expect(escapeData("a\n::error::x\r%")).toBe("a%0A::error::x%0D%25");
    for (const line of annotations(results(), "exercises", process.cwd()).join("\n").split("\n")) {
      expect(line).toMatch(/^::(error|warning) file=/);
    }
  });

  it("points at the student's line from the stack trace, or at the stub region", () => {
    const dir = mkdtempSync(join(tmpdir(), "gha-"));
    writeFileSync(join(dir, "linear_activation_forward.ts"), "import x\n\nexport function linear_activation_forward() {\n  // YOUR CODE STARTS HERE\n}\n");
    const r = results();
    expect(placeOf(r.exercises[0], r.exercises[0].cases[0], dir, dir)).toEqual({ file: "linear_forward.ts", line: 6, col: 23 });
    expect(placeOf(r.exercises[1], r.exercises[1].cases[0], dir, dir)).toEqual({ file: "linear_activation_forward.ts", line: 4 });
  });

  it("writes a step summary table with student text made harmless", () => {
    const summary = stepSummary(results());
    expect(summary).toContain("### Grade: 15/30");
    expect(summary).not.toContain("<script>");
    expect(summary.split("\n").filter((l) => l.startsWith("| linear_forward"))).toHaveLength(1);
  });
});

describe("the CI verdict", () => {
  it("fails unless every public case passes, by default", () => {
    expect(ciVerdict(results())).toMatchObject({ passed: false });
    const allPass = results();
    allPass.exercises = [allPass.exercises[2]];
    expect(ciVerdict(allPass)).toEqual({ passed: true, reason: "every public case passes" });
  });

  it("compares with --min-score when given", () => {
    expect(ciVerdict(results(), 15).passed).toBe(true);
    expect(ciVerdict(results(), 15.5).passed).toBe(false);
  });
});
