/** How case results add up: a function's status and its share of the points. */
import type { CaseResult, CaseStatus } from "../results/types";

export function exerciseStatus(cases: readonly CaseResult[]): CaseStatus {
  if (cases.every((c) => c.status === "pass")) return "pass";
  if (cases.every((c) => c.status === "not-attempted")) return "not-attempted";
  return cases.find((c) => c.status !== "pass" && c.status !== "not-attempted")?.status ?? "not-attempted";
}

/** Points are shared equally among a function's cases, so one activation right earns half. */
export function exerciseScore(cases: readonly CaseResult[], maxScore: number): number {
  const passed = cases.filter((c) => c.status === "pass").length;
  return Math.round((maxScore * passed * 100) / cases.length) / 100;
}
