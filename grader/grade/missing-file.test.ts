/**
 * `npm run grade` on a folder where an exercise's file is missing: said to be missing, with the
 * near names found ("did you mean"), never "not attempted" (which is for a stub left as it is).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatSummary } from "../cli/summary";
import { paths } from "../paths";
import { gradeSubmission } from "./grade-submission";

const work = mkdtempSync(join(tmpdir(), "grade-missing-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a missing exercise file", () => {
  it("is reported as missing, with did you mean for a near name, in the results and the terminal", async () => {
    const dir = join(work, "exercises");
    mkdirSync(dir);
    copyFileSync(join(paths.solutions, "compute_cost.ts"), join(dir, "Compute_Cost.ts"));
    copyFileSync(join(paths.exercises, "linear_forward.ts"), join(dir, "linear_forward.ts"));
    const results = await gradeSubmission({ submissionDir: dir, only: ["compute_cost", "linear_forward", "linear_backward"] });
    const byName = (name: string) => results.exercises.find((e) => e.name === name)!;
    const [cost, forward, backward] = [byName("compute_cost"), byName("linear_forward"), byName("linear_backward")];
    expect(cost.message).toBe("compute_cost.ts is missing from the submission; did you mean Compute_Cost.ts? Rename it to compute_cost.ts.");
    expect(cost.cases.every((c) => c.check === "missing")).toBe(true);
    expect(backward.message).toContain("linear_backward.ts is missing from the submission: create it");
    const summary = formatSummary(results, "exercises/").replace(/\x1b\[[0-9;]*m/g, "");
    expect(summary).toMatch(/compute_cost +0\/10 +missing\n +compute_cost\.ts is missing from the submission; did you mean Compute_Cost\.ts\?/);
    expect(summary).toMatch(/linear_forward +0\/10 +not attempted\n/); // the stub, left as it is
    expect(forward.status).toBe("not-attempted");
  });
});
