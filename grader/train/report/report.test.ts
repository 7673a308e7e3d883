import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { NDArray } from "../../np/ndarray";
import type { DataSet } from "../dataset";
import type { TrainingRun } from "../train";
import { encodePng } from "./png";
import { renderTrainingReport } from "./render";
import { buildTrainingView, curveView, ticks } from "./view-model";

/** A data set of two 2×2 RGB test images, its class names chosen by whoever made the file. */
function dataSet(classes: [string, string]): DataSet {
  const split = (m: number) => ({ file: "x.h5", pixels: Uint8Array.from({ length: m * 12 }, (_, i) => (i * 20) % 256), labels: new Uint8Array(m), m, image: [2, 2, 3] as [number, number, number] });
  return { train: split(3), test: split(2), classes };
}

function run(overrides: Partial<TrainingRun> = {}): TrainingRun {
  return {
    model: "L-layer",
    layers_dims: [12, 20, 7, 5, 1],
    learning_rate: 0.0075,
    iterations: 250,
    costs: [[0, 0.7], [100, 0.5], [200, 0.35], [249, 0.3]],
    train_accuracy: 0.9999999999999998,
    test_accuracy: 0.5,
    seconds: 1.5,
    data: { source: "/data", classes: ["non-cat", "cat"], image: [2, 2, 3], train: 3, test: 2 },
    mislabelled: [{ index: 1, label: 0, predicted: 1 }],
    parameters: { W1: new NDArray(new Float64Array(1), [1, 1]) },
    ...overrides,
  };
}

describe("the training report's view model", () => {
  it("places the costs on the curve: iteration 0 at the left edge, the last at the right, cost 0 at the bottom", () => {
    const curve = curveView([[0, 0.8], [100, 0.4], [200, 0]], 201);
    expect(curve.points.map((p) => p.x)).toEqual([curve.left, (curve.left + curve.right) / 2, curve.right]);
    expect(curve.points[2].y).toBe(curve.bottom);
    expect(curve.points[0].y).toBe(curve.top); // 0.8 is the top tick
    expect(curve.path.startsWith(`M${curve.left},${curve.top} L`)).toBe(true);
  });

  it("leaves a NaN cost out of the curve instead of drawing garbage", () => {
    expect(curveView([[0, 0.7], [100, NaN]], 200).points).toHaveLength(1);
  });

  it("chooses round ticks", () => {
    expect(ticks(0.77, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(ticks(2499, 6)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(ticks(2499, 6, false)).toEqual([0, 500, 1000, 1500, 2000]);
  });

  it("shows the accuracies as the course prints them and in percent", () => {
    const view = buildTrainingView(run(), dataSet(["non-cat", "cat"]));
    expect(view.trainAccuracy).toEqual({ exact: 0.9999999999999998, percent: "100.0%" });
    expect(view.testAccuracy.percent).toBe("50.0%");
    expect(view.mislabelled).toMatchObject([{ index: 1, label: "non-cat", predicted: "cat" }]);
  });

  it("draws a mislabelled test image from its own pixels", () => {
    const data = dataSet(["non-cat", "cat"]);
    const uri = buildTrainingView(run(), data).mislabelled[0].src;
    const png = Buffer.from(uri.replace(/^data:image\/png;base64,/, ""), "base64");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2, 2]);
    expect(png.equals(encodePng(2, 2, 3, data.test.pixels.subarray(12, 24)))).toBe(true);
  });
});

describe("the PNG encoder", () => {
  it("stores each row behind a filter byte 0, deflated, with the right chunk CRCs", () => {
    const pixels = Uint8Array.from([0, 50, 100, 150, 200, 250]);
    const png = encodePng(3, 2, 1, pixels);
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString("latin1")).toBe("IDAT");
    expect(Array.from(inflateSync(png.subarray(41, 41 + idatLength)))).toEqual([0, 0, 50, 100, 0, 150, 200, 250]);
    // The IEND chunk's CRC is a constant of the format.
    expect(png.subarray(png.length - 4).toString("hex")).toBe("ae426082");
  });
});

describe("the training report", () => {
  it("renders the curve, the accuracies and the images", () => {
    const html = renderTrainingReport(buildTrainingView(run(), dataSet(["non-cat", "cat"])));
    expect(html).toContain("<svg class=\"curve\"");
    expect(html).toContain("<path d=\"M");
    expect(html).toContain("0.9999999999999998");
    expect(html).toMatch(/<img src="data:image\/png;base64,[^"]+" alt="test image 1">/);
    expect(html).toContain("Prediction: cat<br>Class: non-cat");
  });

  it("escapes class names and the data folder, which come from the student's files", () => {
    const html = renderTrainingReport(buildTrainingView(run({ data: { ...run().data, source: "/d/<b>" } }), dataSet(["<script>alert(1)</script>", "cat"])));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("/d/&lt;b&gt;");
  });

  it("says so when no test image is mislabelled", () => {
    expect(renderTrainingReport(buildTrainingView(run({ mislabelled: [] }), dataSet(["a", "b"])))).toContain("every test image is classified right");
  });
});
