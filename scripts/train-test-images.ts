/**
 * Makes the pictures the predict tests read (grader/train/testdata/pictures/): test image 0 of the
 * default data set (a sneaker or not), enlarged 4× to 112×112 RGB, as a PNG and a JPEG, as a
 * student's own picture would be. Usage: npx tsx scripts/train-test-images.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import { loadDataSet } from "../grader/train/dataset";
import { trainPaths } from "../grader/train/settings";

const out = join(import.meta.dirname, "..", "grader", "train", "testdata", "pictures");
const data = loadDataSet(trainPaths.defaultData);
const [h, w] = data.test.image;
const SCALE = 4;
const rgba = Buffer.alloc(h * SCALE * w * SCALE * 4);
for (let y = 0; y < h * SCALE; y++) {
  for (let x = 0; x < w * SCALE; x++) {
    const v = data.test.pixels[Math.floor(y / SCALE) * w + Math.floor(x / SCALE)];
    rgba.set([v, v, v, 255], (y * w * SCALE + x) * 4);
  }
}
mkdirSync(out, { recursive: true });
const png = new PNG({ width: w * SCALE, height: h * SCALE });
png.data = rgba;
writeFileSync(join(out, "test0.png"), PNG.sync.write(png));
writeFileSync(join(out, "test0.jpg"), jpeg.encode({ data: rgba, width: w * SCALE, height: h * SCALE }, 90).data);
console.log(`label of test image 0: ${data.test.labels[0]} (${data.classes[data.test.labels[0]]})`);
