/**
 * One training run as `npm run train` does it: the data (the student's --data folder or the
 * default set), the student's model trained in the sandbox, then the grader's own accuracy on the
 * returned parameters and the mislabelled test images. The run is data (`TrainingRun`); the CLI
 * prints it, the report draws it, predict reads its parameters back.
 */
import { GraderError } from "../errors";
import { trainMessages } from "../messages/messages";
import type { NDArray } from "../np/ndarray";
import { accuracy, predictions, type Parameters } from "./accuracy";
import { loadDataSet, type DataSet } from "./dataset";
import { asArrays, asValues, features, toMatrices } from "./prepare";
import { lineSplitter, parseCostLine } from "./progress";
import { readReturned, resultBound } from "./returned";
import { MAX_FRAME_BYTES } from "../run/frames";
import { callInSandbox } from "./sandboxed";
import { layersDims, MAX_DATA_NUMBERS, modelFunction, trainLimits, trainPaths, TRAIN_TIMEOUT_MS, type ModelName } from "./settings";

/** The most a number takes in a JSON message: "-0.0012345678901234567," and its share of the brackets. */
const BYTES_PER_NUMBER = 25;

export interface TrainOptions {
  dir: string;
  model: ModelName;
  /** A folder of the course's .h5 files; the default data set when absent. */
  dataDir?: string;
  iterations: number;
  learningRate: number;
  /** Each line the model prints, as it prints it. */
  onLine?: (line: string) => void;
  timeoutMs?: number;
}

export interface Mislabelled {
  /** Index in the test set. */
  index: number;
  label: number;
  predicted: number;
}

export interface TrainingRun {
  model: ModelName;
  layers_dims: number[];
  learning_rate: number;
  iterations: number;
  /** [iteration, cost]: the model's returned costs (every 100), and the last iteration's as it printed it. */
  costs: [number, number][];
  train_accuracy: number;
  test_accuracy: number;
  seconds: number;
  data: { source: string; classes: [string, string]; image: [number, number, number]; train: number; test: number };
  mislabelled: Mislabelled[];
  parameters: Parameters;
}

export type TrainOutcome = { ok: true; run: TrainingRun; data: DataSet } | { ok: false; message: string };

function indexesWhere(p: NDArray, y: NDArray): Mislabelled[] {
  const out: Mislabelled[] = [];
  for (let j = 0; j < y.data.length; j++) if (p.data[j] !== y.data[j]) out.push({ index: j, label: y.data[j], predicted: p.data[j] });
  return out;
}

export async function train(options: TrainOptions): Promise<TrainOutcome> {
  const source = options.dataDir ?? trainPaths.defaultData;
  const data = loadDataSet(source);
  const total = (data.train.m + data.test.m) * features(data.train.image);
  if (total > MAX_DATA_NUMBERS) throw new GraderError("usage", trainMessages.tooLarge(total, MAX_DATA_NUMBERS), source);
  const dims = layersDims(options.model, features(data.train.image));
  // The trained parameters come back as one JSON message of the sandbox, under its cap.
  const reply = resultBound(dims, options.iterations) * BYTES_PER_NUMBER;
  if (reply > MAX_FRAME_BYTES) {
    const maxInputs = Math.floor(MAX_FRAME_BYTES / BYTES_PER_NUMBER / dims[1]);
    throw new GraderError("usage", trainMessages.imagesTooLarge(data.train.image, maxInputs), source);
  }
  const trainSet = toMatrices(data.train);
  const fn = modelFunction(options.model);
  const { X, Y } = asValues(trainSet);
  let lastPrinted: [number, number] | undefined;
  const onText = lineSplitter((line) => {
    const cost = parseCostLine(line);
    if (cost && cost.iteration === options.iterations - 1) lastPrinted = [cost.iteration, cost.cost];
    options.onLine?.(line);
  });
  const dimsValue = { type: "sequence" as const, items: dims.map((d) => ({ type: "number" as const, value: d })) };
  const called = await callInSandbox({
    dir: options.dir,
    functionName: fn,
    args: [
      X,
      Y,
      dimsValue,
      { type: "number", value: options.learningRate },
      { type: "number", value: options.iterations },
      { type: "boolean", value: true }, // print_cost: the progress comes from the course's lines
    ],
    timeoutMs: options.timeoutMs ?? TRAIN_TIMEOUT_MS,
    limits: trainLimits,
    bound: resultBound(dims, options.iterations),
    onOutput: onText,
  });
  if (!called.ok) return called;
  const returned = readReturned(called.value, dims);
  if (!returned.ok) {
    return { ok: false, message: returned.finite ? trainMessages.notFinite(fn, returned.finite) : trainMessages.badResult(fn, returned.problem) };
  }
  const costs: [number, number][] = returned.costs.map((c, i) => [i * 100, c]);
  if (lastPrinted && costs[costs.length - 1]?.[0] !== lastPrinted[0]) costs.push(lastPrinted);
  const trainArrays = asArrays(trainSet);
  const testArrays = asArrays(toMatrices(data.test));
  const testPredictions = predictions(testArrays.X, returned.parameters);
  return {
    ok: true,
    data,
    run: {
      model: options.model,
      layers_dims: dims,
      learning_rate: options.learningRate,
      iterations: options.iterations,
      costs,
      train_accuracy: accuracy(predictions(trainArrays.X, returned.parameters), trainArrays.Y),
      test_accuracy: accuracy(testPredictions, testArrays.Y),
      seconds: Math.round(called.seconds * 100) / 100,
      data: { source, classes: data.classes, image: data.train.image, train: data.train.m, test: data.test.m },
      mislabelled: indexesWhere(testPredictions, testArrays.Y),
      parameters: returned.parameters,
    },
  };
}

/** The object `--json` prints: the fields, in its order. */
export function jsonSummary(run: TrainingRun): Record<string, unknown> {
  const { model, layers_dims, learning_rate, iterations, costs, train_accuracy, test_accuracy, seconds } = run;
  return { model, layers_dims, learning_rate, iterations, costs, train_accuracy, test_accuracy, seconds };
}
