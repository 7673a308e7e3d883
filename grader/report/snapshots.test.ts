/**
 * Snapshots of the rendered reports for real gradings: a full pass, a fresh checkout and failing
 * sample submissions. What changes from one run or machine to the next (times, absolute paths,
 * the sandbox's warnings) is normalised before rendering.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { gradeSubmission } from "../grade/grade-submission";
import { projectRoot } from "../paths";
import type { Results } from "../results/types";
import { renderReports } from "./render";

function normalised(results: Results): Results {
  const stable: Results = {
    ...results,
    started_at: "2025-01-01T00:00:00.000Z",
    duration_ms: 0,
    timings_ms: { startup: 0, bundle: 0, run: 0 },
    // Which confinement the sandbox gets depends on the machine (unshare, prlimit).
    warnings: [],
    exercises: results.exercises.map((e) => ({
      ...e,
      cases: e.cases.map((c) => ({ ...c, duration_ms: 0 })),
      ...(e.with_own_dependencies
        ? { with_own_dependencies: { ...e.with_own_dependencies, cases: e.with_own_dependencies.cases.map((c) => ({ ...c, duration_ms: 0 })) } }
        : {}),
    })),
  };
  return JSON.parse(JSON.stringify(stable).replaceAll(projectRoot, "<project>")) as Results;
}

const submissions = [
  { name: "full-pass", dir: "solutions" },
  { name: "fresh-checkout", dir: "exercises" },
  { name: "failing-transposed-product", dir: "grader/samples/transposed-product" },
  { name: "failing-missing-one-over-m", dir: "grader/samples/missing-one-over-m" },
];

describe.each(submissions)("the reports of $dir", ({ name, dir }) => {
  it(`match __snapshots__/${name}.html and .md`, async () => {
    const results = normalised(await gradeSubmission({ submissionDir: join(projectRoot, dir) }));
    const { html, markdown } = renderReports(results);
    await expect(html).toMatchFileSnapshot(`./__snapshots__/${name}.html`);
    await expect(markdown).toMatchFileSnapshot(`./__snapshots__/${name}.md`);
  });
});
