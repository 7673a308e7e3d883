import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GraderError } from "../errors";
import { loadDataSet } from "./dataset";
import { toMatrices } from "./prepare";
import { trainPaths } from "./settings";
import trace from "./testdata/trace.json";

const testdata = join(import.meta.dirname, "testdata");

function problem(dir: string): GraderError {
  try {
    loadDataSet(dir);
  } catch (error) {
    if (error instanceof GraderError) return error;
    throw error;
  }
  throw new Error(`${dir} loaded`);
}

describe("training data in the course's HDF5 layout", () => {
  it("reads the course's file names: images, labels and class names", () => {
    const data = loadDataSet(join(testdata, "course"));
    expect([data.train.m, data.test.m, data.train.image, data.classes]).toEqual([24, 10, [8, 8, 3], ["non-cat", "cat"]]);
    expect(data.train.file).toMatch(/train_catvnoncat\.h5$/);
    expect(data.train.pixels.length).toBe(24 * 8 * 8 * 3);
  });

  it("reads the 2024 names (train.h5, test.h5) to the same data, without list_classes", () => {
    const course = loadDataSet(join(testdata, "course"));
    const named = loadDataSet(join(testdata, "names2024"));
    expect(named.train.pixels).toEqual(course.train.pixels);
    expect(named.test.labels).toEqual(course.test.labels);
  });

  it("prepares X as numpy's x.reshape(m, -1).T / 255, bit for bit, and Y as (1, m)", () => {
    const mat = toMatrices(loadDataSet(join(testdata, "course")).train);
    expect([mat.n, mat.m]).toEqual([192, 24]);
    const firstColumn = Array.from({ length: mat.n }, (_, f) => mat.X[f * mat.m]);
    expect(firstColumn).toEqual(trace.first_column);
    expect(mat.Y.length).toBe(24);
  });

  it("ships a default data set of real images with both classes in each split", () => {
    const data = loadDataSet(trainPaths.defaultData);
    expect([data.train.m, data.test.m, data.train.image, data.classes]).toEqual([600, 200, [28, 28, 1], ["not sneaker", "sneaker"]]);
    const positives = (labels: Uint8Array) => labels.reduce((a, b) => a + b, 0);
    expect(positives(data.train.labels)).toBe(206);
    expect(positives(data.test.labels)).toBe(64);
  });

  it("names the folder and the expected names when the files are missing", () => {
    const e = problem(join(testdata, "pictures"));
    expect(e.describe()).toContain("pictures");
    expect(e.describe()).toContain("train_catvnoncat.h5 and test_catvnoncat.h5 nor train.h5 and test.h5");
    expect(problem(join(testdata, "no-such-folder")).describe()).toContain("no such folder");
  });

  it("names the file and what was expected when a file is odd", () => {
    expect(problem(join(testdata, "bad", "no-x")).describe()).toMatch(/no-x\/train\.h5: has no dataset "train_set_x" \(it holds .*"test_set_x".*\)/);
    expect(problem(join(testdata, "bad", "label-2")).describe()).toMatch(/label-2\/train\.h5: dataset "train_set_y" holds 2 at position \d+; expected labels 0 or 1/);
    expect(problem(join(testdata, "bad", "flat")).describe()).toMatch(/flat\/train\.h5: dataset "train_set_x" has shape \(24, 64, 3\); expected \(m, height, width, 3\)/);
    expect(problem(join(testdata, "bad", "not-hdf5")).describe()).toMatch(/not-hdf5\/train\.h5: is not an HDF5 file/);
  });
});
