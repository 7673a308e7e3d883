import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { paths } from "../paths";
import { loadLastRun } from "./last-run";
import { predictImage } from "./predict/predict";
import { trainPaths } from "./settings";
import trace from "./testdata/trace.json";
import { train } from "./train";

const testdata = join(import.meta.dirname, "testdata");
const course = join(testdata, "course");

function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.abs(b);
}

/** A submission: the solutions, with `stubs` taken from exercises/ as a student has them before writing them. */
function submission(stubs: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "train-sub-"));
  cpSync(paths.solutions, dir, { recursive: true });
  for (const name of stubs) cpSync(join(paths.exercises, `${name}.ts`), join(dir, `${name}.ts`));
  return dir;
}

describe("training in the sandbox", () => {
  for (const model of ["L-layer", "two-layer"] as const) {
    it(`trains the ${model} model as numpy does: costs within 1e-9, accuracies exactly`, async () => {
      const lines: string[] = [];
      const outcome = await train({ dir: paths.solutions, model, dataDir: course, iterations: trace.iterations, learningRate: trace.learning_rate, onLine: (l) => lines.push(l) });
      if (!outcome.ok) throw new Error(outcome.message);
      const expected = trace[model];
      expect(outcome.run.layers_dims).toEqual(expected.layers_dims);
      expect(outcome.run.costs.map(([i]) => i)).toEqual(expected.costs.map(([i]) => i));
      for (const [k, [, cost]] of outcome.run.costs.entries()) expect(relativeError(cost, expected.costs[k][1])).toBeLessThan(1e-9);
      expect(outcome.run.train_accuracy).toBe(expected.train_accuracy);
      expect(outcome.run.test_accuracy).toBe(expected.test_accuracy);
      // The course's lines, streamed from the sandbox while it trained.
      expect(lines.filter((l) => l.startsWith("Cost after iteration"))).toHaveLength(expected.costs.length);
    });
  }

  it("says which function is not written yet when the model calls a stub, with no stack", async () => {
    const outcome = await train({ dir: submission(["L_model_backward"]), model: "L-layer", dataDir: course, iterations: 5, learningRate: 0.0075 });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(/^L_model_backward is not written yet: write it in .*L_model_backward\.ts/);
    expect(outcome.message).not.toMatch(/\n\s+at /);
  });

  it("refuses images whose network could not come back from the sandbox, before training", async () => {
    await expect(train({ dir: paths.solutions, model: "L-layer", dataDir: join(testdata, "bad", "too-large"), iterations: 5, learningRate: 0.0075 })).rejects.toThrow(/its images are 120×120×3: .* at most 33554 values/);
  });

  it("says what a model returned when it is not [parameters, costs]", async () => {
    const outcome = await train({ dir: join(testdata, "no-costs"), model: "L-layer", dataDir: course, iterations: 5, learningRate: 0.0075 });
    expect(outcome.ok ? "" : outcome.message).toBe(
      "L_layer_model returned an object with keys W1, b1, W2, b2, W3, b3, W4, b4; it must return [parameters, costs], parameters holding W1, b1, ... of the layer sizes it was given.",
    );
  });

  it("says the model's file is missing", async () => {
    const dir = submission([]);
    const outcome = await train({ dir: join(dir, "nowhere"), model: "two-layer", dataDir: course, iterations: 5, learningRate: 0.0075 });
    expect(outcome.ok ? "" : outcome.message).toMatch(/two_layer_model\.ts is missing/);
  });

  it("stops a model that never ends at the time limit and says so", async () => {
    const dir = submission([]);
    cpSync(join(testdata, "endless", "L_layer_model.ts"), join(dir, "L_layer_model.ts"));
    const outcome = await train({ dir, model: "L-layer", dataDir: course, iterations: 5, learningRate: 0.0075, timeoutMs: 1500 });
    expect(outcome.ok ? "" : outcome.message).toMatch(/L_layer_model did not finish within 1.5 s, the time limit for training/);
  });
});

describe("npm run train -- DIR --data DIR --json, then npm run predict", () => {
  const out = mkdtempSync(join(tmpdir(), "train-out-"));
  const launch = join(paths.projectRoot, "grader", "cli", "launch.mjs");

  it("prints exactly one object with the issue's fields, writes the report and keeps the parameters", () => {
    const stdout = execFileSync(process.execPath, [launch, "train", "solutions", "--data", course, "--model", "L-layer", "--iterations", "150", "--json", "--out", out], { cwd: paths.projectRoot, encoding: "utf8" });
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(["model", "layers_dims", "learning_rate", "iterations", "costs", "train_accuracy", "test_accuracy", "seconds"]);
    expect(result).toMatchObject({ model: "L-layer", layers_dims: [192, 20, 7, 5, 1], learning_rate: 0.0075, iterations: 150 });
    expect(result.costs.map(([i]: [number, number]) => i)).toEqual([0, 100, 149]);
    expect(relativeError(result.costs[1][1], trace["L-layer"].costs[1][1])).toBeLessThan(1e-9);
    expect(existsSync(trainPaths.report(out))).toBe(true);
    expect(loadLastRun(trainPaths.lastRun(out)).run.layers_dims).toEqual([192, 20, 7, 5, 1]);
  });

  it("refuses an unknown model or a bad number with the usage, before training", () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [launch, "train", "solutions", ...args], { cwd: paths.projectRoot, encoding: "utf8" });
    expect(run("--model", "three-layer").stderr).toMatch(/--model is two-layer or L-layer \(got "three-layer"\)\nusage: npm run train/);
    expect(run("--learning-rate", "0").stderr).toMatch(/--learning-rate must be a positive number/);
    const missing = run("--data", join(testdata, "bad", "no-x"));
    expect([missing.status, missing.stderr]).toEqual([2, expect.stringMatching(/no-x\/train\.h5: has no dataset "train_set_x"/)]);
  });

  it("classifies a PNG and a JPEG with the student's forward pass, alike", () => {
    const run = (image: string) => spawnSync(process.execPath, [launch, "predict", join(testdata, "pictures", image), "solutions", "--json", "--out", out], { cwd: paths.projectRoot, encoding: "utf8" });
    const png = run("test0.png");
    const jpg = run("test0.jpg");
    expect(png.status, png.stderr).toBe(0);
    const [a, b] = [JSON.parse(png.stdout), JSON.parse(jpg.stdout)];
    expect(a.prediction).toBe(a.probability > 0.5 ? 1 : 0);
    expect(a.class).toBe(["non-cat", "cat"][a.prediction]);
    expect(Math.abs(a.probability - b.probability)).toBeLessThan(0.05); // JPEG is lossy
  });

  it("says when a picture cannot be read, or there is no training run", () => {
    const bad = spawnSync(process.execPath, [launch, "predict", join(testdata, "pictures", "not-a-picture.png"), "solutions", "--out", out], { cwd: paths.projectRoot, encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/not-a-picture\.png cannot be read as a PNG or JPEG picture/);
    const none = spawnSync(process.execPath, [launch, "predict", join(testdata, "pictures", "test0.png"), "--out", join(out, "empty")], { cwd: paths.projectRoot, encoding: "utf8" });
    expect(none.stderr).toMatch(/no training run to predict with .*: run npm run train first/);
  });
});

describe("predict on the default data's own picture", () => {
  it("gives the trained network's answer for the picture it came from", async () => {
    const dir = mkdtempSync(join(tmpdir(), "train-default-"));
    const outcome = await train({ dir: paths.solutions, model: "two-layer", iterations: 400, learningRate: 0.0075 });
    if (!outcome.ok) throw new Error(outcome.message);
    const { saveLastRun } = await import("./last-run");
    saveLastRun(trainPaths.lastRun(dir), outcome.run);
    const { run, parameters } = loadLastRun(trainPaths.lastRun(dir));
    const predicted = await predictImage(join(testdata, "pictures", "test0.png"), paths.solutions, run, parameters);
    if (!predicted.ok) throw new Error(predicted.message);
    // The 4x enlarged picture, shrunk back by the area filter, is test image 0 itself.
    const data = (await import("./dataset")).loadDataSet(trainPaths.defaultData);
    expect(Array.from(predicted.pixels)).toEqual(Array.from(data.test.pixels.subarray(0, 784)));
    const mislabelled = outcome.run.mislabelled.some((m) => m.index === 0);
    expect(predicted.predicted === data.test.labels[0]).toBe(!mislabelled);
    expect(readFileSync(trainPaths.lastRun(dir), "utf8").length).toBeGreaterThan(0);
  });
});
