/**
 * Reads a training data set in the course's HDF5 layout (APPLICATION.md): `<split>_set_x` uint8
 * (m, height, width, channels), `<split>_set_y` integer labels (m,), `list_classes` two names.
 * The reader is jsfive (pure JavaScript, ~10 ms to load; h5wasm's WebAssembly build took ~135 ms to
 * start and installs 15 MB: docs/training.md has the measures). Every problem names the file and
 * what was expected: a student points --data at a folder of their own.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as hdf5 from "jsfive";
import { GraderError } from "../errors";
import { trainMessages } from "../messages/messages";

export interface Split {
  /** The file it came from, for messages. */
  file: string;
  /** Pixels as stored, image after image, row-major (m, height, width, channels). */
  pixels: Uint8Array;
  labels: Uint8Array;
  m: number;
  /** [height, width, channels] of one image. */
  image: [number, number, number];
}

export interface DataSet {
  train: Split;
  test: Split;
  /** [name of class 0, name of class 1]. */
  classes: [string, string];
}

/** The course's file names, then the 2024 notebook's. */
const NAMES = [["train_catvnoncat.h5", "test_catvnoncat.h5"], ["train.h5", "test.h5"]] as const;

/** The pair of files in `dir`, by the first naming that is complete there. */
export function dataFiles(dir: string): { train: string; test: string } {
  if (!existsSync(dir)) throw new GraderError("usage", trainMessages.dataDirMissing(), dir);
  for (const [train, test] of NAMES) {
    if (existsSync(join(dir, train)) && existsSync(join(dir, test))) return { train: join(dir, train), test: join(dir, test) };
  }
  throw new GraderError("usage", trainMessages.dataFilesMissing(NAMES.map((pair) => pair.join(" and "))), dir);
}

function open(file: string): hdf5.File {
  const bytes = readFileSync(file);
  try {
    return new hdf5.File(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer, file);
  } catch (error) {
    throw new GraderError("usage", trainMessages.notHdf5((error as Error).message), file);
  }
}

function dataset(f: hdf5.File, name: string, file: string): hdf5.Dataset {
  let found: hdf5.Dataset | hdf5.Group | undefined;
  try {
    found = f.keys.includes(name) ? f.get(name) : undefined;
  } catch {
    found = undefined;
  }
  if (!(found instanceof hdf5.Dataset)) throw new GraderError("usage", trainMessages.datasetMissing(name, f.keys), file);
  return found;
}

/** A dataset's values as numbers, checked to be whole numbers in [0, max]. */
function wholeNumbers(d: hdf5.Dataset, name: string, file: string, max: number, expected: string): Uint8Array {
  const values = d.value as ArrayLike<number | bigint>;
  if (!values || typeof values.length !== "number") throw new GraderError("usage", trainMessages.datasetType(name, expected), file);
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = Number(values[i]);
    if (!Number.isInteger(v) || v < 0 || v > max) {
      throw new GraderError("usage", trainMessages.datasetValue(name, i, String(values[i]), expected), file);
    }
    out[i] = v;
  }
  return out;
}

function readSplit(file: string, split: "train" | "test"): { split: Split; classes: [string, string] } {
  const f = open(file);
  const xName = `${split}_set_x`;
  const yName = `${split}_set_y`;
  const x = dataset(f, xName, file);
  const y = dataset(f, yName, file);
  const shape = x.shape;
  if (shape.length !== 4 || ![1, 3].includes(shape[3]) || shape.some((d) => d < 1)) {
    throw new GraderError("usage", trainMessages.datasetShape(xName, shape, "(m, height, width, 3) or (m, height, width, 1)"), file);
  }
  const m = shape[0];
  if (y.shape.length !== 1 || y.shape[0] !== m) {
    throw new GraderError("usage", trainMessages.datasetShape(yName, y.shape, `(${m},), one label per image`), file);
  }
  const pixels = wholeNumbers(x, xName, file, 255, "pixels of type uint8 (0 to 255)");
  const labels = wholeNumbers(y, yName, file, 1, "labels 0 or 1");
  return { split: { file, pixels, labels, m, image: [shape[1], shape[2], shape[3]] }, classes: classNames(f, file) };
}

/** `list_classes`, when the file has it (NUL padding removed); the course's names otherwise. */
function classNames(f: hdf5.File, file: string): [string, string] {
  if (!f.keys.includes("list_classes")) return ["non-cat", "cat"];
  const values = dataset(f, "list_classes", file).value as ArrayLike<unknown>;
  const names = Array.from(values ?? [], (v) => String(v).replace(/\0+$/, ""));
  return names.length === 2 ? [names[0], names[1]] : ["non-cat", "cat"];
}

export function loadDataSet(dir: string): DataSet {
  const files = dataFiles(dir);
  const train = readSplit(files.train, "train");
  const test = readSplit(files.test, "test");
  if (train.split.image.join() !== test.split.image.join()) {
    throw new GraderError("usage", trainMessages.imageSizesDiffer(train.split.image, test.split.image), files.test);
  }
  return { train: train.split, test: test.split, classes: train.classes };
}
