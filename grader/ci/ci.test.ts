import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CaseResult, Results } from "../results/types";
import { resultsOf } from "../results/testing/results-of";
import { annotations, escapeData, placeOf, stepSummary } from "./github";
import { toJUnit } from "./junit";
import { ciVerdict } from "./verdict";

const hostile = "line one\n::error file=x.ts::fake\r%0A <script>alert(1)</script> ]]> </failure>";

function caseResult(name: string, status: CaseResult["status"], extra: Partial<CaseResult> = {}): CaseResult {
  return { name, status, message: status === "pass" ? "passed" : `problem: ${hostile}`, duration_ms: 12.5, output: hostile, hidden: false, ...extra };
}

function results(): Results {
  return resultsOf(
    [
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
    { score: 15, max_score: 30 },
  );
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
    expect(summary.split("\n").filter((l) => l.startsWith("| linear\\_forward"))).toHaveLength(1);
  });

  it("gives each part's subtotal under the grade when both parts were graded", () => {
    const r = results();
    r.parts = [
      { id: "step-by-step", title: "Step by Step", score: 15, max_score: 20, exercises: ["linear_forward", "linear_activation_forward"] },
      { id: "application", title: "Application", score: 0, max_score: 10, exercises: ["two_layer_model"] },
    ];
    expect(stepSummary(r).split("\n")[2]).toBe("Part 1 · Step by Step: 15/20 · Part 2 · Application: 0/10");
    r.parts = r.parts.slice(0, 1);
    expect(stepSummary(r)).not.toContain("Part 1");
  });
});

describe("student text in the CI outputs", () => {
  const markdown = "![x](https://evil.example/track.png) [click](javascript:alert(1)) <https://evil.example> " +
    "<img src=x onerror=alert(1)> https://evil.example/a www.evil.example mail@evil.example &amp; `code` *bold* | cell\r\nnext row";
  const terminal = "x\n::error file=a.ts,line=1::injected\r::add-mask::y \x1b]0;pwned\x07 ##[warning]legacy";

  function hostileResults(): Results {
    const r = results();
    r.exercises[0].message = `threw: ${markdown} ${terminal}`;
    r.exercises[0].cases[0].message = r.exercises[0].message;
    r.exercises[0].cases[0].output = `${terminal}\u0000\u001b[2J\uffff\ud800]]>`;
    return r;
  }

  it("leaves no live Markdown in the step summary: no image, link, autolink, tag, entity or code span", () => {
    const summary = stepSummary(hostileResults());
    expect(summary).not.toContain("](");
    expect(summary).not.toContain("://");
    expect(summary).not.toContain("www.");
    expect(summary).not.toContain("mail@evil");
    // Every <, &, `, *, [ and ! the student wrote is backslash-escaped, so CommonMark shows it as written.
    expect(summary).not.toMatch(/(^|[^\\])[<&`*[!]/m);
  });

  it("keeps each table row on one line with its four cells, whatever pipes and line ends the student wrote", () => {
    const summary = stepSummary(hostileResults());
    expect(summary).not.toContain("\r");
    const rows = summary.split("\n").filter((l) => l.startsWith("| "));
    expect(rows).toHaveLength(4); // the header and three functions
    // GFM splits a row at every pipe not right after a backslash.
    for (const row of rows) expect(row.split(/(?<!\\)\|/)).toHaveLength(6);
  });

  it("writes each annotation on one line, its controls visible", () => {
    const lines = annotations(hostileResults(), "exercises", process.cwd());
    const first = lines[0];
    expect(first).toMatch(/^::error file=/);
    expect(first).not.toMatch(/[\r\n\x1b\x07]/);
    expect(first).toContain("%0A::error file=a.ts,line=1::injected");
    expect(first).toContain("\\x1b]0;pwned\\x07");
  });

  it("drops from JUnit XML every character XML 1.0 cannot hold, and never closes a CDATA section", () => {
    const xml = toJUnit(hostileResults());
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(xml).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(xml).not.toContain("]]>");
    expect(xml).toContain("::add-mask::y");
    expect(xml).toContain("]]&gt;");
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
