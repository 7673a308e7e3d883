/** The course checks itself: the reference solutions score full marks, the stubs score zero as "not attempted". */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { gradeSubmission } from "./grade-submission";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("grading the course's own folders", () => {
  it("gives the reference solutions 100 of 100, passing with their own dependencies too", async () => {
    const results = await gradeSubmission({ submissionDir: `${root}solutions` });
    expect(results.exercises.filter((e) => e.status !== "pass").map((e) => `${e.name}: ${e.message}`)).toEqual([]);
    expect(results.score).toBe(100);
    expect(results.max_score).toBe(100);
    for (const e of results.exercises.filter((x) => x.with_own_dependencies)) expect(e.with_own_dependencies!.status).toBe("pass");
  });

  it("gives a fresh checkout 0 of 100 with every function not attempted", async () => {
    const results = await gradeSubmission({ submissionDir: `${root}exercises` });
    expect(results.score).toBe(0);
    expect(results.status).toBe("ok");
    expect(results.exercises.map((e) => e.status)).toEqual(Array(10).fill("not-attempted"));
    for (const e of results.exercises) expect(e.message).toContain("YOUR CODE STARTS HERE");
  });
});
