/**
 * The training report's view model, built in code (pure) so the templates only lay it out: the
 * cost curve's SVG geometry, the accuracies as the course prints them and in percent, and the
 * mislabelled test images as PNG data URIs drawn from their pixels, as the notebook shows them.
 */
import type { DataSet } from "../dataset";
import type { TrainingRun } from "../train";
import { pngDataUri } from "./png";

export interface CurveView {
  width: number;
  height: number;
  /** The plot area's left, top, right and bottom edges. */
  left: number;
  top: number;
  right: number;
  bottom: number;
  path: string;
  points: { x: number; y: number; title: string }[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
}

export interface TrainingReportView {
  model: string;
  layersDims: string;
  learningRate: number;
  iterations: number;
  seconds: number;
  data: { source: string; classes: string; train: number; test: number; image: string };
  trainAccuracy: { exact: number; percent: string };
  testAccuracy: { exact: number; percent: string };
  curve: CurveView;
  finalCost: string;
  mislabelled: { src: string; index: number; label: string; predicted: string }[];
  /** How many mislabelled images are not drawn (the report shows at most MAX_IMAGES). */
  notShown: number;
}

const MAX_IMAGES = 48;
const W = 560;
const H = 300;
const MARGIN = { left: 56, top: 16, right: 16, bottom: 40 };

/**
 * Round steps (1, 2 or 5 times a power of ten) from 0 in about `count` ticks: up to the first at or
 * above `max` (`cover`, for the cost axis), or the last at or below it (the iteration axis).
 */
export function ticks(max: number, count: number, cover = true): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((s) => s * power).find((s) => s >= raw * (1 - 1e-9)) ?? raw;
  const steps = cover ? Math.ceil(max / step - 1e-9) : Math.floor(max / step + 1e-9);
  return Array.from({ length: steps + 1 }, (_, k) => Number((k * step).toPrecision(12)));
}

export function curveView(costs: readonly [number, number][], iterations: number): CurveView {
  const left = MARGIN.left;
  const top = MARGIN.top;
  const right = W - MARGIN.right;
  const bottom = H - MARGIN.bottom;
  const finite = costs.filter(([, c]) => Number.isFinite(c));
  const maxCost = Math.max(1e-12, ...finite.map(([, c]) => c));
  const yTicks = ticks(maxCost, 5);
  const yMax = yTicks[yTicks.length - 1] || maxCost;
  const xMax = Math.max(1, iterations - 1);
  const x = (i: number) => left + ((right - left) * i) / xMax;
  const y = (c: number) => bottom - ((bottom - top) * c) / yMax;
  const points = finite.map(([i, c]) => ({ x: round(x(i)), y: round(y(c)), title: `iteration ${i}: cost ${c}` }));
  return {
    width: W,
    height: H,
    left,
    top,
    right,
    bottom,
    path: points.map((p, k) => `${k === 0 ? "M" : "L"}${p.x},${p.y}`).join(" "),
    points,
    xTicks: ticks(xMax, 6, false).map((i) => ({ x: round(x(i)), label: String(i) })),
    yTicks: yTicks.map((c) => ({ y: round(y(c)), label: String(c) })),
  };
}

const round = (v: number) => Math.round(v * 10) / 10;
const percent = (a: number) => `${(a * 100).toFixed(1)}%`;

/** Test image `index` as a data URI. */
export function testImageUri(data: DataSet, index: number): string {
  const [h, w, c] = data.test.image;
  const n = h * w * c;
  return pngDataUri(w, h, c as 1 | 3, data.test.pixels.subarray(index * n, (index + 1) * n));
}

export function buildTrainingView(run: TrainingRun, data: DataSet): TrainingReportView {
  const name = (k: number) => data.classes[k] ?? String(k);
  const last = run.costs[run.costs.length - 1];
  return {
    model: run.model,
    layersDims: `[${run.layers_dims.join(", ")}]`,
    learningRate: run.learning_rate,
    iterations: run.iterations,
    seconds: run.seconds,
    data: {
      source: run.data.source,
      classes: `${data.classes[1]} / ${data.classes[0]}`,
      train: run.data.train,
      test: run.data.test,
      image: run.data.image.join("×"),
    },
    trainAccuracy: { exact: run.train_accuracy, percent: percent(run.train_accuracy) },
    testAccuracy: { exact: run.test_accuracy, percent: percent(run.test_accuracy) },
    curve: curveView(run.costs, run.iterations),
    finalCost: last ? `iteration ${last[0]}: ${last[1]}` : "none",
    mislabelled: run.mislabelled
      .slice(0, MAX_IMAGES)
      .map((m) => ({ src: testImageUri(data, m.index), index: m.index, label: name(m.label), predicted: name(m.predicted) })),
    notShown: Math.max(0, run.mislabelled.length - MAX_IMAGES),
  };
}
