/** How case results add up: a function's status and its share of the points. */
import type { CaseResult, CaseStatus } from "../results/types";

export function exerciseStatus(cases: readonly CaseResult[]): CaseStatus {
  if (cases.every((c) => c.status === "pass")) return "pass";
  if (cases.every((c) => c.status === "not-attempted")) return "not-attempted";
  return cases.find((c) => c.status !== "pass" && c.status !== "not-attempted")?.status ?? "not-attempted";
}

/**
 * Each case's share of a function's points, in hundredths: equal, the first cases taking the odd
 * hundredths, so the shares add up to exactly the function's points (10 over 3 cases is 3.34, 3.33,
 * 3.33, not three 3.33 that lose a hundredth per function and leave a full class at 99.98 of 100).
 */
export function caseShares(maxScore: number, cases: number): number[] {
  const hundredths = Math.round(maxScore * 100);
  const base = Math.floor(hundredths / cases);
  return Array.from({ length: cases }, (_, i) => (base + (i < hundredths - base * cases ? 1 : 0)) / 100);
}

/** Points are shared among a function's cases (caseShares), so one activation right earns half. */
export function exerciseScore(cases: readonly CaseResult[], maxScore: number): number {
  const shares = caseShares(maxScore, cases.length);
  const hundredths = cases.reduce((s, c, i) => s + (c.status === "pass" ? Math.round(shares[i] * 100) : 0), 0);
  return hundredths / 100;
}
