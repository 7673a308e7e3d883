import { loadHintFiles } from "./hints-view";
import { describe, expect, it } from "vitest";
import { buildReportView, hintLabel, visibleControls } from "./view-model";
import { HIDDEN_EXPECTED_VALUE, showcaseResults } from "./showcase-results";
import { leaksIn } from "../hidden/leak-guard";

const options = { hints: loadHintFiles() };

describe("buildReportView", () => {
  const view = buildReportView(showcaseResults(), options);
  const byName = (name: string) => view.exercises.find((e) => e.name === name)!;

  it("is a pure function of the results: the same view twice, and the results untouched", () => {
    const results = showcaseResults();
    const before = JSON.stringify(results);
    expect(buildReportView(results, options)).toEqual(buildReportView(results, options));
    expect(JSON.stringify(results)).toBe(before);
  });

  it("keeps one line per function, in the grader's order, with its status and points", () => {
    expect(view.exercises.map((e) => e.status)).toEqual([
      "pass", "fail", "fail", "pass", "error", "timeout", "fail", "crashed", "invalid-submission", "not-attempted", "not-attempted",
    ]);
    expect(view.exercises.map((e) => e.missing)).toEqual([...Array(10).fill(false), true]);
    expect(view.score).toBe(20);
    expect(view.percent).toBe(18);
    expect(view.nothing_attempted).toBe(false);
  });

  it("explains every case that did not pass, and none of a function not attempted", () => {
    expect(byName("linear_forward").failing.map((c) => c.name)).toEqual(["course", "hidden-1"]);
    expect(byName("initialize_parameters").failing).toEqual([]);
    expect(byName("update_parameters").failing).toEqual([]);
    expect(view.explained.map((e) => e.name)).not.toContain("update_parameters");
  });

  it("explains a passing function whose run with the student's own dependencies fails", () => {
    const e = byName("linear_activation_forward");
    expect(e.explained).toBe(true);
    expect(e.own?.status).toBe("fail");
    expect(e.own?.failing.map((c) => c.name)).toEqual(["sigmoid"]);
  });

  it("carries the diagnosis with the hint file as the student finds it, and a link inside the report to the hint", () => {
    const mistake = byName("initialize_parameters_deep").failing[0].diagnosis?.mistake;
    expect(mistake?.name).toBe("W built transposed");
    expect(mistake?.hint_file).toBe("exercises/hints/initialize_parameters_deep.md");
    expect(mistake?.hint_href).toBe("#hints-initialize_parameters_deep-hint-2-the-shape-of-each-layers-parameters");
    expect(mistake?.hint_section?.title).toBe("Hint 2: the shape of each layer's parameters");
    expect(view.hints.map((h) => h.file)).toEqual(["exercises/hints/initialize_parameters_deep.md"]);
    expect(byName("initialize_parameters_deep").failing[0].headline).toBe("W built transposed");
    expect(byName("initialize_parameters_deep").mistake).toBe("W built transposed");
  });

  it("links to no hint file the report does not carry, and never outside it", () => {
    const results = showcaseResults();
    const c = results.exercises.find((e) => e.name === "initialize_parameters_deep")!.cases[0];
    for (const hintFile of ["../../etc/passwd", "javascript:alert(1)", "exercises/hints/nope.md#x", "exercises/hints/__proto__.md"]) {
      c.diagnosis!.mistake!.hint_file = hintFile;
      const v = buildReportView(results, options);
      expect(v.exercises.find((e) => e.name === "initialize_parameters_deep")!.failing[0].diagnosis?.mistake?.hint_href).toBeNull();
      expect(v.hints).toEqual([]);
    }
  });

  it("never holds a hidden case's expected values, in any field", () => {
    const hidden = byName("linear_forward").failing[1];
    expect(hidden.hidden).toBe(true);
    expect(hidden.comparison?.expected).toBeNull();
    expect(leaksIn(JSON.stringify(view), [HIDDEN_EXPECTED_VALUE])).toEqual([]);
  });

  it("says when nothing was attempted", () => {
    const results = showcaseResults();
    results.exercises = results.exercises.map((e) => ({ ...e, status: "not-attempted", score: 0 }));
    const fresh = buildReportView(results, options);
    expect(fresh.nothing_attempted).toBe(true);
    expect(fresh.explained).toEqual([]);
    expect(fresh.first_function).toBe("initialize_parameters");
    // With --only, where to start is the first function graded.
    results.exercises = results.exercises.filter((e) => e.name === "compute_cost");
    expect(buildReportView(results, options).first_function).toBe("compute_cost");
  });
});

describe("hintLabel", () => {
  it("names the hint file as the student finds it in the project", () => {
    expect(hintLabel("linear_forward.md#x")).toBe("exercises/hints/linear_forward.md");
    expect(hintLabel("exercises/hints/linear_forward.md#hint-2")).toBe("exercises/hints/linear_forward.md");
  });
});

describe("visibleControls", () => {
  it("writes terminal escapes and lone carriage returns as visible \\x escapes, keeping newlines and tabs", () => {
    expect(visibleControls("a\u001b[31mb\r\nc\rd\te\u007f")).toBe("a\\x1b[31mb\nc\\x0dd\te\\x7f");
  });
});
