/** The course checks itself: the reference solutions score full marks, the stubs score zero as "not attempted". */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { gradeSubmission } from "./grade-submission";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("grading the course's own folders", () => {
  it("gives the reference solutions 120 of 120, 100 for Part 1 and 20 for Part 2, passing with their own dependencies too", async () => {
    const results = await gradeSubmission({ submissionDir: `${root}solutions` });
    expect(results.exercises.filter((e) => e.status !== "pass").map((e) => `${e.name}: ${e.message}`)).toEqual([]);
    expect(results.score).toBe(120);
    expect(results.max_score).toBe(120);
    expect(results.parts.map((p) => [p.id, p.score, p.max_score, p.exercises.length])).toEqual([
      ["step-by-step", 100, 100, 10],
      ["application", 20, 20, 2],
    ]);
    for (const e of results.exercises.filter((x) => x.with_own_dependencies)) expect(e.with_own_dependencies!.status).toBe("pass");
  });

  it("gives a fresh checkout 0 of 120 with every function of both parts not attempted", async () => {
    const results = await gradeSubmission({ submissionDir: `${root}exercises` });
    expect(results.score).toBe(0);
    expect(results.status).toBe("ok");
    expect(results.exercises.map((e) => e.status)).toEqual(Array(12).fill("not-attempted"));
    expect(results.parts.map((p) => [p.id, p.score, p.max_score])).toEqual([
      ["step-by-step", 0, 100],
      ["application", 0, 20],
    ]);
    for (const e of results.exercises) expect(e.message).toContain("YOUR CODE STARTS HERE");
  });
});

describe("grading one part's function alone", () => {
  it("--only two_layer_model grades it alone, with a subtotal for Part 2 only", async () => {
    const results = await gradeSubmission({ submissionDir: `${root}solutions`, only: ["two_layer_model"] });
    expect(results.exercises.map((e) => [e.name, e.part, e.status])).toEqual([["two_layer_model", "application", "pass"]]);
    expect(results.exercises[0].with_own_dependencies?.status).toBe("pass");
    expect([results.score, results.max_score]).toEqual([10, 10]);
    expect(results.parts).toEqual([{ id: "application", title: "Application", score: 10, max_score: 10, exercises: ["two_layer_model"] }]);
  });
});
