/**
 * A student's own picture as the network's input: PNG (pngjs) or JPEG (jpeg-js) decoded to RGBA,
 * transparent pixels laid on white, resized to the trained image size by averaging each target
 * pixel's box of source pixels (an area filter: no aliasing when a photo shrinks to 64×64), turned
 * to grey when the network was trained on one channel, then scaled by 1/255 as the course does.
 */
import { existsSync, readFileSync } from "node:fs";
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import { GraderError } from "../../errors";
import { trainMessages } from "../../messages/messages";

export interface Rgba {
  width: number;
  height: number;
  /** width × height × 4 bytes. */
  data: Uint8Array;
}

export function decodeImage(file: string): Rgba {
  if (!existsSync(file)) throw new GraderError("usage", trainMessages.imageMissing(file));
  const bytes = readFileSync(file);
  try {
    if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
      const png = PNG.sync.read(bytes);
      return { width: png.width, height: png.height, data: png.data };
    }
    if (bytes[0] === 0xff && bytes[1] === 0xd8) {
      const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: 100, maxMemoryUsageInMB: 1024 });
      return { width: image.width, height: image.height, data: image.data };
    }
  } catch (error) {
    throw new GraderError("usage", trainMessages.imageUnreadable(file, (error as Error).message));
  }
  throw new GraderError("usage", trainMessages.imageUnreadable(file, "it starts with neither the PNG nor the JPEG signature"));
}

/**
 * `image` resized to height × width × channels bytes, row-major as the data set stores an image.
 * Each target pixel averages the source pixels its box covers (weighted by how much of each).
 */
export function resize(image: Rgba, height: number, width: number, channels: 1 | 3): Uint8Array {
  const out = new Uint8Array(height * width * channels);
  const sx = image.width / width;
  const sy = image.height / height;
  const rgb = [0, 0, 0];
  for (let ty = 0; ty < height; ty++) {
    for (let tx = 0; tx < width; tx++) {
      rgb.fill(0);
      let weight = 0;
      const x0 = tx * sx;
      const y0 = ty * sy;
      for (let y = Math.floor(y0); y < Math.min(image.height, Math.ceil(y0 + sy)); y++) {
        const wy = Math.min(y + 1, y0 + sy) - Math.max(y, y0);
        for (let x = Math.floor(x0); x < Math.min(image.width, Math.ceil(x0 + sx)); x++) {
          const w = wy * (Math.min(x + 1, x0 + sx) - Math.max(x, x0));
          const i = (y * image.width + x) * 4;
          const alpha = image.data[i + 3] / 255;
          for (let c = 0; c < 3; c++) rgb[c] += w * (image.data[i + c] * alpha + 255 * (1 - alpha));
          weight += w;
        }
      }
      const o = (ty * width + tx) * channels;
      if (channels === 3) for (let c = 0; c < 3; c++) out[o + c] = Math.round(rgb[c] / weight);
      else out[o] = Math.round((0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]) / weight); // ITU-R 601 luma, as PIL's "L"
    }
  }
  return out;
}
