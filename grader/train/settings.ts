/**
 * Every setting of training, once, with its reason: the course's hyper-parameters, the sandbox's
 * limits for a call that trains for minutes instead of milliseconds, and where runs are kept.
 */
import { join } from "node:path";
import { paths } from "../paths";
import { defaultLimits, type SandboxLimits } from "../run/limits";

export type ModelName = "two-layer" | "L-layer";

/** The course's published runs: learning rate 0.0075, 2500 iterations. */
export const DEFAULT_LEARNING_RATE = 0.0075;
export const DEFAULT_ITERATIONS = 2500;

/** The course's layer sizes after the input: two-layer (n_x, 7, 1), L-layer [n_x, 20, 7, 5, 1]. */
export function layersDims(model: ModelName, inputSize: number): number[] {
  return model === "two-layer" ? [inputSize, 7, 1] : [inputSize, 20, 7, 5, 1];
}

/** The exported function and its file, by model. */
export function modelFunction(model: ModelName): string {
  return model === "two-layer" ? "two_layer_model" : "L_layer_model";
}

/**
 * One training call's limit. The course's run (12288 inputs, 209 images, 2500 iterations) takes
 * minutes with today's #np; a tenfold margin over that still stops a loop that never ends.
 */
export const TRAIN_TIMEOUT_MS = 30 * 60_000;

/**
 * The child trains with more heap than grading (the data arrive as a Value, an argument and a
 * copy to check it was not changed: ~60 MB for the course's data) and CPU seconds to match the
 * time limit; everything else as when grading.
 */
export const trainLimits: SandboxLimits = { ...defaultLimits, heapMb: 1536, memoryMb: 4096, cpuSeconds: TRAIN_TIMEOUT_MS / 1000 + 60, optimize: true };

/**
 * The most pixel values a data set may hold: the course's 12288 × 259 are 3.2 M; 16 M keeps the
 * child's copies of X well inside its heap.
 */
export const MAX_DATA_NUMBERS = 16_000_000;

/** Predicting one picture: a forward pass, a few milliseconds. */
export const PREDICT_TIMEOUT_MS = 20_000;

export const trainPaths = {
  defaultData: join(paths.projectRoot, "grader", "train", "data"),
  /** The last run's parameters, for `npm run predict`. */
  lastRun: (out: string) => join(out, "training", "last-run.json"),
  report: (out: string) => join(out, "training", "report.html"),
};
