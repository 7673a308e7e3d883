/**
 * The team's own set (own-set/): every wrong file, written as a student types it, is named by the
 * grader as own-set.json says, the named mistake heads its function's message, and a case that threw
 * carries the student's line. At least 12 samples throw and 12 are Python habits.
 */
import { describe, expect, it } from "vitest";
import { gradeOwnSet, loadOwnSet, type SampleVerdict } from "./own-set";

const samples = loadOwnSet();

describe("the team's own set of mistakes", () => {
  it("holds at least 12 mistakes that throw and 12 Python habits", () => {
    expect(samples.filter((s) => s.outcome === "thrown").length).toBeGreaterThanOrEqual(12);
    expect(samples.filter((s) => s.class === "python-habit").length).toBeGreaterThanOrEqual(12);
  });

  let verdicts: SampleVerdict[] = [];
  it("grades every sample", async () => {
    verdicts = await gradeOwnSet(samples);
    expect(verdicts.length).toBe(samples.length);
  }, 120_000);

  for (const sample of samples) {
    it(`names ${sample.sample} (${sample.function}, ${sample.outcome}) as ${sample.named}, first in its function's message`, () => {
      const verdict = verdicts.find((v) => v.sample.sample === sample.sample);
      expect(verdict?.status, sample.sample).toBe({ thrown: "error", returned: "fail", "does-not-compile": "invalid-submission" }[sample.outcome]);
      expect(verdict?.namedAs, verdict?.message).toBe(sample.named);
      expect(verdict?.exerciseMessage?.includes(`${verdict.headline}:`), verdict?.exerciseMessage).toBe(true);
    });
  }
});
