import { describe, expect, it } from "vitest";
import { detectRowsColumns } from "./rows-columns";
import { pair, rows, tol } from "./test-helpers";

const expected = rows([1, 2, 3], [4, 5, 6], [7, 8, 9]);

describe("detectRowsColumns", () => {
  it("names the only wrong rows", () => {
    const finding = detectRowsColumns(pair(rows([1, 2, 3], [0, 0, 0], [7, 8, 9]), expected, "dW1"), tol);
    expect(finding).toContain("dW1 is wrong only in row 1 (of 3); the other rows are right");
  });

  it("names the only wrong columns, which are examples", () => {
    const finding = detectRowsColumns(pair(rows([1, 0, 0], [4, 0, 0], [7, 1, 9.5]), expected, "dA_prev"), tol);
    expect(finding).toContain("dA_prev is wrong only in columns 1 and 2 (of 3)");
    expect(finding).toContain("Columns are examples");
  });

  it("names rows and columns together when both are partial", () => {
    expect(detectRowsColumns(pair(rows([1, 2, 3], [4, 0, 6], [7, 8, 9]), expected), tol)).toContain("wrong only where rows 1 meet columns 1");
  });

  it("stays silent when every row and every column is wrong somewhere", () => {
    expect(detectRowsColumns(pair(rows([0, 2, 3], [4, 0, 6], [7, 8, 0]), expected), tol)).toBeUndefined();
  });
});
