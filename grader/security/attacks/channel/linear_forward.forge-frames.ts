// The channel from inside the child: learns the id of the request it is answering by wrapping
// fs.writeSync and printing a line (the harness forwards printed text at once, in a frame that
// carries the id), then writes well-formed frames of its own for that id ahead of the harness's: a
// result for case 0, a premature "done", an unrequested "callee", an "out" with a workflow command.
const g: any = globalThis;
const P: any = g.process;

function frame(message: unknown): Uint8Array {
  const body = new TextEncoder().encode(JSON.stringify(message));
  const out = new Uint8Array(4 + body.length);
  new DataView(out.buffer).setUint32(0, body.length, true);
  out.set(body, 4);
  return out;
}

export function linear_forward(A: any, W: any, b: any): any {
  const fs = P.getBuiltinModule("node:fs");
  const realWrite = fs.writeSync;
  let id: number | undefined;
  fs.writeSync = function (fd: number, buffer: any, offset?: any, length?: any, ...rest: any[]) {
    if (fd === 1 && buffer instanceof Uint8Array && !offset) {
      try {
        id = JSON.parse(new TextDecoder().decode(buffer.subarray(4))).id ?? id;
      } catch {
        // not a whole frame
      }
    }
    return realWrite.call(this, fd, buffer, offset, length, ...rest);
  };
  console.log("learning the request id");
  fs.writeSync = realWrite;
  const forged = [
    { t: "case", id, index: 0, value: { type: "number", value: 1 }, mutatedArgs: [], output: "", ms: 1, tampered: [] },
    { t: "out", id, text: "\n::error file=x::forged out frame\n" },
    { t: "callee", id, name: "linear_forward", args: [] },
    { t: "done", id },
  ];
  let written = 0;
  for (const message of forged) {
    try {
      realWrite(1, frame(message));
      written++;
    } catch {
      // refused
    }
  }
  return [`forge-frames: learned id ${id}, wrote ${written} forged frames`, null];
}
