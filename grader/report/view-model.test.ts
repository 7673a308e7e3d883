import { describe, expect, it } from "vitest";
import { buildReportView, hintHref, hintLabel, visibleControls } from "./view-model";
import { HIDDEN_EXPECTED_VALUE, showcaseResults } from "./showcase-results";
import { leaksIn } from "../hidden/leak-guard";

const options = { hintsHref: "../exercises/hints/" };

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
      "pass", "fail", "fail", "pass", "error", "timeout", "fail", "crashed", "invalid-submission", "not-attempted",
    ]);
    expect(view.score).toBe(20);
    expect(view.percent).toBe(20);
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

  it("carries the diagnosis with the hint file as the student finds it and a relative link to it", () => {
    const mistake = byName("initialize_parameters_deep").failing[0].diagnosis?.mistake;
    expect(mistake?.name).toBe("W built transposed");
    expect(mistake?.hint_file).toBe("exercises/hints/initialize_parameters_deep.md");
    expect(mistake?.hint_href).toBe("../exercises/hints/initialize_parameters_deep.md#hint-1-the-shape-of-w");
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
  });
});

describe("hintHref", () => {
  it("links inside the hints folder, keeping the heading, and refuses names that leave it", () => {
    expect(hintHref("exercises/hints/linear_forward.md#hint-2-shapes", "../exercises/hints/")).toBe("../exercises/hints/linear_forward.md#hint-2-shapes");
    expect(hintHref("a b(1).md", "h/")).toBe("h/a%20b%281%29.md");
    expect(hintHref("javascript:alert(1)", "h/")).toBe("h/javascript%3Aalert%281%29");
    expect(hintHref("../../etc/passwd", "h/")).toBeNull();
    expect(hintHref("exercises/hints/", "h/")).toBeNull();
    expect(hintLabel("linear_forward.md#x")).toBe("exercises/hints/linear_forward.md");
  });
});

describe("visibleControls", () => {
  it("writes terminal escapes and lone carriage returns as visible \\x escapes, keeping newlines and tabs", () => {
    expect(visibleControls("a\u001b[31mb\r\nc\rd\te\u007f")).toBe("a\\x1b[31mb\nc\\x0dd\te\\x7f");
  });
});
