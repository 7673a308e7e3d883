import { describe, expect, it } from "vitest";
import { compareValues } from "../check/compare";
import { messages } from "../messages/messages";
import { NUMPY_TOLERANCE } from "../np/compare";
import { formatArray } from "../np/format";
import { renderReports } from "../report/render";
import { HIDDEN_EXPECTED_VALUE, showcaseResults } from "../report/showcase-results";
import { ndarrayValue } from "../values/value";
import { isTrivial, leaksIn, MIN_SIGNIFICANT_DIGITS } from "./leak-guard";

// Expected values as a reference solution computes them: 17 significant digits, shown by no output whole.
const hidden = [0.7654321098765432, -1.2345678901234567, 0.0003141592653589793, 42.718281828459045];
const shown = (text: string) => leaksIn(text, hidden).map((l) => l.shown);

describe("the hidden-value guard", () => {
  it("catches a hidden value at every precision an output prints it", () => {
    const [x, y, small, large] = hidden;
    // A leaky message as the grader's own formatter writes numbers: 8 significant digits, zeros trimmed.
    expect(shown(messages.values("Z", "[0, 0]", x + 1, x, 1, 4))).toEqual(["0.76543211"]);
    expect(shown(`expected ${y.toPrecision(8)}`)).toEqual(["-1.2345679"]);
    // numpy's repr: positional with 8 decimals, or scientific with an 8-decimal mantissa.
    expect(shown(formatArray({ shape: [2], data: Float64Array.from([x, y]) }))).toEqual(["0.76543211", "-1.23456789"]);
    expect(shown(formatArray({ shape: [2], data: Float64Array.from([small, large]) }))).toEqual(["3.14159265e-04", "4.27182818e+01"]);
    // %.4g, 4 decimals, toFixed(2) of a value ≥ 10, and the full round-trip form of results.json.
    expect(shown(`${x.toPrecision(4)} ${y.toFixed(4)} ${large.toFixed(2)} ${JSON.stringify({ small })}`)).toEqual([
      "0.7654",
      "-1.2346",
      "42.72",
      "0.0003141592653589793",
    ]);
    // Cut instead of rounded: 0.76543210 -> "0.7654321" is caught as well as "0.76543211".
    expect(shown(String(x).slice(0, 9))).toEqual(["0.7654321"]);
  });

  it("fails the check's own message for a hidden case if the case were not marked hidden", () => {
    const [x] = hidden;
    const actual = ndarrayValue([1, 2], [x + 1, 2]);
    const expected = ndarrayValue([1, 2], [x, 2]);
    expect(leaksIn(compareValues(actual, expected, NUMPY_TOLERANCE, "Z", false)!.message, hidden)).not.toEqual([]);
    expect(leaksIn(compareValues(actual, expected, NUMPY_TOLERANCE, "Z", true)!.message, hidden)).toEqual([]);
  });

  it("fails the reports if they showed a hidden case's expected array", () => {
    const results = showcaseResults();
    const leaky = structuredClone(results);
    // The same case with its hidden mark dropped: its expected array reaches the reports.
    for (const e of leaky.exercises) for (const c of e.cases) c.hidden = false;
    const leakyReports = renderReports(leaky);
    expect(leaksIn(leakyReports.html, [HIDDEN_EXPECTED_VALUE])).not.toEqual([]);
    expect(leaksIn(leakyReports.markdown, [HIDDEN_EXPECTED_VALUE])).not.toEqual([]);
    const reports = renderReports(results);
    expect(leaksIn(reports.html, [HIDDEN_EXPECTED_VALUE])).toEqual([]);
    expect(leaksIn(reports.markdown, [HIDDEN_EXPECTED_VALUE])).toEqual([]);
  });

  it("does not flag numbers printed with too few digits to say anything, nor other numbers", () => {
    const [x, y] = hidden;
    expect(MIN_SIGNIFICANT_DIGITS).toBe(4);
    expect(shown(`${x.toFixed(2)} ${x.toPrecision(3)} ${y.toFixed(1)} 3 of 4 values differ, 12.5 ms`)).toEqual([]);
    expect(shown(`${(x + 1e-3).toPrecision(8)} ${(x * 10).toPrecision(8)} ${-x} 1${x} W${x}`)).toEqual([]);
    expect(shown("sha256:07654321 version 0.765.4321 2025-01-01T00:00:00.000Z")).toEqual([]);
  });

  it("looks for no value that can be written in fewer digits: 0, 1, 0.5 and small integers appear anyway", () => {
    for (const x of [0, 1, -1, 0.5, 0.125, 12, 250, 1000]) expect(isTrivial(x), String(x)).toBe(true);
    for (const x of [0.7654, 0.1234567, 1001, 3.14159]) expect(isTrivial(x), String(x)).toBe(false);
    expect(leaksIn("0.5000 1.0000 12.000 0.1250", [0.5, 1, 12, 0.125])).toEqual([]);
  });
});
