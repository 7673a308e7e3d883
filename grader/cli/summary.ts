/** The terminal summary: one line per function, the first problem under each failing one, the score. */
import pc from "picocolors";
import type { CaseStatus, Results } from "../results/types";

const marks: Record<CaseStatus, (text: string) => string> = {
  pass: pc.green,
  fail: pc.red,
  error: pc.red,
  timeout: pc.magenta,
  crashed: pc.magenta,
  "invalid-submission": pc.red,
  "not-attempted": pc.dim,
};

const symbol: Record<CaseStatus, string> = {
  pass: "✓",
  fail: "✗",
  error: "✗",
  timeout: "⏱",
  crashed: "✗",
  "invalid-submission": "✗",
  "not-attempted": "·",
};

export function formatSummary(results: Results, label: string): string {
  const width = Math.max(...results.exercises.map((e) => e.name.length));
  const lines = [pc.bold(`Grading ${label}`), ""];
  for (const e of results.exercises) {
    const color = marks[e.status];
    const points = `${e.score}/${e.max_score}`.padStart(7);
    lines.push(`  ${color(symbol[e.status])} ${e.name.padEnd(width)} ${points}  ${color(e.status.replace("-", " "))}`);
    if (e.status !== "pass" && e.status !== "not-attempted") lines.push(pc.dim(`      ${e.message}`));
    else if (e.with_own_dependencies && e.with_own_dependencies.status !== "pass" && e.with_own_dependencies.status !== "not-attempted") {
      lines.push(pc.yellow(`      ${e.with_own_dependencies.message}`));
    }
  }
  const all = results.exercises.length;
  const notAttempted = results.exercises.filter((e) => e.status === "not-attempted").length;
  lines.push("");
  lines.push(pc.bold(`Score: ${results.score}/${results.max_score}`) + (notAttempted === all ? pc.dim("  (nothing attempted yet: start with exercises/initialize_parameters.ts)") : ""));
  for (const warning of results.warnings) lines.push(pc.yellow(`warning: ${warning}`));
  return lines.join("\n");
}
