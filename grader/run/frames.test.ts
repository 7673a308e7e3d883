import { describe, expect, it } from "vitest";
import { encodeFrame, frameReader, jsonDepth, MAX_DEPTH, MAX_FRAME_BYTES } from "./frames";

/** Feeds `chunks` to a reader; what it delivered and the first problem it saw. */
function read(chunks: Buffer[]): { messages: unknown[]; problem?: string } {
  const messages: unknown[] = [];
  let problem: string | undefined;
  const feed = frameReader((m) => messages.push(m), (p) => (problem ??= p));
  for (const chunk of chunks) feed(chunk);
  return { messages, problem };
}

describe("frames", () => {
  it("deliver messages whole however the stream splits them, byte by byte included", () => {
    const bytes = Buffer.concat([encodeFrame({ a: 1 }), encodeFrame(["x", { y: "é" }]), encodeFrame(null)]);
    const byteByByte = [...bytes].map((b) => Buffer.from([b]));
    expect(read(byteByByte)).toEqual({ messages: [{ a: 1 }, ["x", { y: "é" }], null] });
    expect(read([bytes.subarray(0, 7), bytes.subarray(7)])).toEqual({ messages: [{ a: 1 }, ["x", { y: "é" }], null] });
  });

  it("refuse a frame announced larger than the cap before buffering it", () => {
    const head = Buffer.alloc(4);
    head.writeUInt32LE(MAX_FRAME_BYTES + 1, 0);
    const got = read([head, encodeFrame({ after: true })]);
    expect(got.messages).toEqual([]);
    expect(got.problem).toContain(`${MAX_FRAME_BYTES + 1} bytes`);
  });

  it("refuse a message nested deeper than the cap, without parsing it, and stop reading after it", () => {
    const deep = "[".repeat(20_000) + "]".repeat(20_000);
    const body = Buffer.from(deep);
    const head = Buffer.alloc(4);
    head.writeUInt32LE(body.length, 0);
    const got = read([encodeFrame(1), head, body, encodeFrame(2)]);
    expect(got.messages).toEqual([1]);
    expect(got.problem).toContain("nested deeper");
  });

  it("refuse text that is not JSON", () => {
    const body = Buffer.from("{not json");
    const head = Buffer.alloc(4);
    head.writeUInt32LE(body.length, 0);
    expect(read([head, body]).problem).toContain("cannot read");
  });

  it("count depth outside strings only", () => {
    expect(jsonDepth('{"a":[1,[2]],"b":"[[[[{{{{"}')).toBe(3);
    expect(jsonDepth('"\\"[["')).toBe(0);
    expect(jsonDepth("[".repeat(MAX_DEPTH) + "]".repeat(MAX_DEPTH))).toBe(MAX_DEPTH);
  });
});
