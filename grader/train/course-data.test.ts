/**
 * The course's published training runs, reproduced from the course's own files. Those files are
 * not ours to commit, so this runs only where COURSE_DATA names a folder holding them
 * (train_catvnoncat.h5 and test_catvnoncat.h5, or train.h5 and test.h5):
 *   COURSE_DATA=~/course npx vitest run grader/train/course-data.test.ts
 * Each model trains for 2500 iterations on 12288 × 209 numbers: minutes with today's #np.
 */
import { describe, expect, it } from "vitest";
import { paths } from "../paths";
import published from "./testdata/course-published-training.json";
import { train } from "./train";

const dataDir = process.env.COURSE_DATA;

describe.skipIf(!dataDir)("the course's published runs, on the course's files", () => {
  for (const model of ["two-layer", "L-layer"] as const) {
    it(`${model}: every published cost within 1e-9, the accuracies exactly`, { timeout: 60 * 60_000 }, async () => {
      const expected = published[model];
      const outcome = await train({ dir: paths.solutions, model, dataDir, iterations: published.iterations, learningRate: published.learning_rate });
      if (!outcome.ok) throw new Error(outcome.message);
      expect(outcome.run.layers_dims).toEqual(expected.layers_dims);
      const costs = new Map(outcome.run.costs);
      for (const [i, cost] of expected.costs) expect(Math.abs(costs.get(i)! - cost) / cost, `iteration ${i}`).toBeLessThan(1e-9);
      expect([outcome.run.train_accuracy, outcome.run.test_accuracy]).toEqual([expected.train_accuracy, expected.test_accuracy]);
    });
  }
});
