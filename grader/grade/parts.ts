/**
 * The week's parts (Part 1 "Step by Step", Part 2 "Application") as subtotals of a grading: each
 * part's points are the sum of its graded functions', and the parts add up to the top-level score.
 * A part none of whose functions was graded (`--only`) is left out.
 */
import type { Exercise, Part } from "../course/exercises";
import type { ExerciseResult, PartResult } from "../results/types";

/** Points summed as the top-level score is: to the hundredth (3 × 3.33 is 9.99, not 9.990000000000002). */
export const sumPoints = (points: readonly number[]) => Math.round(points.reduce((s, p) => s + p, 0) * 100) / 100;

export function partSubtotals(
  results: readonly ExerciseResult[],
  exercises: readonly Exercise[],
  parts: readonly Part[],
): PartResult[] {
  const partOf = new Map(exercises.map((e) => [e.name, e.part]));
  return parts.flatMap((part) => {
    const graded = results.filter((r) => partOf.get(r.name) === part.id);
    if (graded.length === 0) return [];
    return [
      {
        id: part.id,
        title: part.title,
        score: sumPoints(graded.map((r) => r.score)),
        max_score: sumPoints(graded.map((r) => r.max_score)),
        exercises: graded.map((r) => r.name),
      },
    ];
  });
}
