/**
 * The terminal summary: one line per function, the first problem under each failing one, the score.
 * Messages and warnings carry student text (thrown messages, printed output, file names), and the
 * label may be a student's folder name: all go through terminalText, so a terminal or a CI runner
 * reading these lines obeys none of it.
 */
import pc from "picocolors";
import { terminalText } from "../ci/neutralise";
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

/** Every line of a message indented under its function, not only the first. */
function indented(message: string): string {
  return terminalText(message)
    .split("\n")
    .map((line) => `      ${line}`)
    .join("\n");
}

/**
 * A part's heading with its subtotal, before its first function, when more than one part was graded:
 * "Part 2 · Application" and its points, aligned with the functions' points.
 */
function partHeadings(results: Results, width: number): Map<string, string> {
  const headings = new Map<string, string>();
  if (results.parts.length < 2) return headings;
  results.parts.forEach((part, i) => {
    const title = `Part ${i + 1} · ${part.title}`;
    const points = `${part.score}/${part.max_score}`;
    headings.set(part.exercises[0], pc.bold(`  ${title.padEnd(width + 2)} ${points.padStart(7)}`));
  });
  return headings;
}

export function formatSummary(results: Results, label: string): string {
  const width = Math.max(...results.exercises.map((e) => e.name.length));
  const lines = [pc.bold(`Grading ${terminalText(label)}`), ""];
  const headings = partHeadings(results, width);
  for (const e of results.exercises) {
    const heading = headings.get(e.name);
    if (heading) lines.push(...(lines.at(-1) === "" ? [] : [""]), heading);
    const color = marks[e.status];
    const points = `${e.score}/${e.max_score}`.padStart(7);
    // A missing file is not a stub left alone: say so, with the near names found (did you mean).
    const missing = e.cases.length > 0 && e.cases.every((c) => c.check === "missing");
    lines.push(`  ${color(symbol[e.status])} ${e.name.padEnd(width)} ${points}  ${color(missing ? "missing" : e.status.replace("-", " "))}`);
    if ((e.status !== "pass" && e.status !== "not-attempted") || missing) lines.push(pc.dim(indented(e.message)));
    else if (e.with_own_dependencies && e.with_own_dependencies.status !== "pass" && e.with_own_dependencies.status !== "not-attempted") {
      lines.push(pc.yellow(indented(e.with_own_dependencies.message)));
    }
  }
  const all = results.exercises.length;
  const notAttempted = results.exercises.filter((e) => e.status === "not-attempted").length;
  lines.push("");
  lines.push(pc.bold(`Score: ${results.score}/${results.max_score}`) + (notAttempted === all ? pc.dim("  (nothing attempted yet: start with exercises/initialize_parameters.ts)") : ""));
  for (const warning of results.warnings) lines.push(pc.yellow(`warning: ${terminalText(warning)}`));
  return lines.join("\n");
}
