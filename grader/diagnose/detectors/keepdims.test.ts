import { describe, expect, it } from "vitest";
import { ndarrayValue } from "../../values/value";
import { detectMissingKeepdims } from "./keepdims";
import { pair, rows, tol } from "./test-helpers";

describe("detectMissingKeepdims", () => {
  it("recognises a 1-d (n,) array where a column (n, 1) was expected, and says its values are right", () => {
    const finding = detectMissingKeepdims(pair(ndarrayValue([3], [1, 2, 3]), rows([1], [2], [3]), "db"), tol);
    expect(finding).toContain("db is a 1-d array (3,) where (3, 1) is expected");
    expect(finding).toContain("(its values are right)");
    expect(finding).toContain("keepdims: true");
  });

  it("still reports the lost axis when the values differ too", () => {
    const finding = detectMissingKeepdims(pair(ndarrayValue([3], [4, 8, 12]), rows([1], [2], [3]), "db"), tol);
    expect(finding).toContain("keepdims");
    expect(finding).not.toContain("values are right");
  });

  it("advises a 2-d shape, not keepdims, for a bias of zeros made 1-d (np.zeros(n))", () => {
    const finding = detectMissingKeepdims(pair(ndarrayValue([3], [0, 0, 0]), rows([0], [0], [0]), "b1"), tol);
    expect(finding).toContain("np.zeros(n) makes a 1-d array");
    expect(finding).toContain("np.zeros([3, 1])");
    expect(finding).not.toContain("keepdims");
  });

  it("stays silent when the lengths do not match", () => {
    expect(detectMissingKeepdims(pair(ndarrayValue([4], [1, 2, 3, 4]), rows([1], [2], [3])), tol)).toBeUndefined();
  });
});
