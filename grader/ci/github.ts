/**
 * GitHub Actions output: `::error file=...,line=...::` annotations on the student's own lines and a
 * Markdown summary for $GITHUB_STEP_SUMMARY. Everything a student controls is escaped so it cannot
 * start a workflow command (a newline would) nor put a live link, image or HTML into the summary.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { messages } from "../messages/messages";
import type { CaseResult, ExerciseResult, Results } from "../results/types";
import { visibleControls } from "./neutralise";

/** The escaping GitHub's toolkit applies to a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** ... and to a property value, where ':' and ',' delimit. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export interface Place {
  file: string;
  line: number;
  col?: number;
}

/** Where to point: the stack trace's line in the student's file, else the start of the stub region. */
export function placeOf(exercise: ExerciseResult, c: CaseResult, submissionDir: string, repoRoot: string): Place {
  const match = c.location ? /^(.*\.ts):(\d+):(\d+)$/.exec(c.location) : null;
  if (match) return { file: relative(repoRoot, join(submissionDir, match[1])), line: Number(match[2]), col: Number(match[3]) };
  const file = join(submissionDir, `${exercise.name}.ts`);
  const lines = existsSync(file) ? readFileSync(file, "utf8").split("\n") : [];
  const region = lines.findIndex((l) => l.includes("YOUR CODE STARTS HERE"));
  const declaration = lines.findIndex((l) => l.includes(`function ${exercise.name}`));
  return { file: relative(repoRoot, file), line: (region >= 0 ? region : Math.max(declaration, 0)) + 1 };
}

export function annotations(results: Results, submissionDir: string, repoRoot: string): string[] {
  const lines: string[] = [];
  for (const e of results.exercises) {
    const c = e.cases.find((x) => x.status !== "pass");
    if (!c) continue;
    const place = placeOf(e, c, submissionDir, repoRoot);
    const props = [`file=${escapeProperty(visibleControls(place.file))}`, `line=${place.line}`, ...(place.col ? [`col=${place.col}`] : []), `title=${escapeProperty(`${e.name}: ${e.status}`)}`];
    const level = e.status === "not-attempted" ? "warning" : "error";
    const mistake = c.diagnosis?.mistake;
    const message = mistake ? `${mistake.name}: ${mistake.explanation} Hint: ${mistake.hint}` : e.message;
    // The escaping keeps the command on one line; an ESC would still colour GitHub's log: shown instead.
    lines.push(`::${level} ${props.join(",")}::${escapeData(visibleControls(message))}`);
  }
  return lines;
}

/**
 * Text as one cell of the summary's table, with nothing in it live. GitHub renders the summary as
 * GFM: CommonMark renders a backslash-escaped ASCII punctuation character as the character itself,
 * so escaping all of them stops every link, image, autolink `<...>`, HTML tag, entity, emphasis and
 * code span; `\|` keeps the cell (GFM never splits a row at a pipe right after a backslash); and
 * `\:`, `\.` stop the bare `http://` and `www.` autolinks, which match on the unescaped text. Bare
 * addresses (`a@b.co`, `@name`) are linked after parsing, from the text itself: a zero-width space
 * after `@` breaks them. A row is one line, so line ends (CR too) become spaces.
 */
export function markdownCell(text: string): string {
  return visibleControls(text.replace(/\r\n|\r|\n/g, " "))
    .replace(/[!-/:-@[-`{-~]/g, "\\$&")
    .replace(/@/g, "@\u200b");
}

export function stepSummary(results: Results): string {
  const rows = results.exercises.map((e) => `| ${markdownCell(e.name)} | ${e.score}/${e.max_score} | ${markdownCell(e.status)} | ${markdownCell(e.status === "pass" ? "" : e.message)} |`);
  // Each part's subtotal under the grade, when both parts were graded.
  const parts = results.parts.length > 1 ? [results.parts.map((p, i) => `${markdownCell(messages.summary.part(i, p.title))}: ${p.score}/${p.max_score}`).join(" · "), ""] : [];
  return [`### Grade: ${results.score}/${results.max_score}`, "", ...parts, "| function | points | status | first problem |", "|---|---|---|---|", ...rows, ""].join("\n");
}
