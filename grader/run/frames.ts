/**
 * The wire between the grader and a sandboxed child: length-prefixed frames (a 4-byte little-endian
 * length, then UTF-8 JSON) on plain pipes, which the grader parses itself, capped per frame and in
 * depth before JSON.parse (Node's IPC channel parsed what student code wrote before any check of ours).
 */

/** No legitimate message comes near this: a returned array is bounded by its expected shape. */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;
/** Values nest a few levels (a tuple of caches of arrays); anything deeper is not a value of ours. */
export const MAX_DEPTH = 32;

// The harness frames its replies with these too, after student code ran: intrinsics taken at load.
const stringify = JSON.stringify;
const bufferFrom = Buffer.from;
const bufferAlloc = Buffer.alloc;
const bufferConcat = Buffer.concat;
const writeUInt32LE = Function.prototype.call.bind(Buffer.prototype.writeUInt32LE) as (b: Buffer, v: number, offset: number) => number;

/** `body` as a frame: its length, then itself. */
export function frame(body: Buffer): Buffer {
  const head = bufferAlloc(4);
  writeUInt32LE(head, body.length, 0);
  return bufferConcat([head, body]);
}

export function encodeFrame(message: unknown): Buffer {
  return frame(bufferFrom(stringify(message), "utf8"));
}

/** The deepest nesting of arrays and objects in JSON text, counted outside strings. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) deepest = Math.max(deepest, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

/**
 * An incremental reader of frames from a stream's chunks. `onFrame` gets each message; the first
 * problem (a frame over the cap, bad JSON, too deep) goes to `onError` and ends the reading: after
 * it, where the next frame starts cannot be trusted. Chunks are joined once a frame is whole.
 */
export function frameReader(onFrame: (message: unknown) => void, onError: (problem: string) => void): (chunk: Buffer) => void {
  let chunks: Buffer[] = [];
  let size = 0;
  let broken = false;
  const fail = (problem: string) => {
    broken = true;
    onError(problem);
  };
  return (chunk) => {
    if (broken) return;
    chunks.push(chunk);
    size += chunk.length;
    while (!broken && size >= 4) {
      if (chunks[0].length < 4) chunks = [Buffer.concat(chunks)];
      const length = chunks[0].readUInt32LE(0);
      if (length > MAX_FRAME_BYTES) return fail(`wrote a message of ${length} bytes (at most ${MAX_FRAME_BYTES})`);
      if (size < 4 + length) return;
      const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      const rest = all.subarray(4 + length);
      chunks = rest.length > 0 ? [rest] : [];
      size = rest.length;
      const text = all.toString("utf8", 4, 4 + length);
      let message: unknown;
      try {
        if (jsonDepth(text) > MAX_DEPTH) throw new Error(`a message nested deeper than ${MAX_DEPTH} levels`);
        message = JSON.parse(text);
      } catch (error) {
        return fail(`wrote something the grader cannot read (${(error as Error).message})`);
      }
      onFrame(message);
    }
  };
}
