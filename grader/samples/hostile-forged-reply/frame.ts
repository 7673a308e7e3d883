// Writes a message in the grader's own framing (a 4-byte little-endian length, then JSON) to the
// child's channel, fd 1: what a student would do to forge a reply.
type Fs = { writeSync(fd: number, data: Uint8Array): number };
const fs = (process as unknown as { getBuiltinModule(id: string): Fs }).getBuiltinModule("node:fs");

export function forge(message: unknown): void {
  const body = Buffer.from(JSON.stringify(message));
  const head = Buffer.alloc(4);
  head.writeUInt32LE(body.length, 0);
  fs.writeSync(1, Buffer.concat([head, body]));
}
