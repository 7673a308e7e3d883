// The channel from inside the child, quietly: replaces fs.writeSync (see fs-patch-drop-later) so that
// after this function's own "done" every "case" frame of a later function carries the number 0 as
// its result, in a well-formed frame that reports no tampering: to the grader, the student's later,
// correct functions simply return wrong answers. fs.readSync is wrapped too, to learn the requests.
const g: any = globalThis;
const P: any = g.process;
const seen: string[] = [];

function frameOf(buffer: unknown, offset: unknown, length: unknown): any {
  if (!(buffer instanceof Uint8Array)) return undefined;
  const start = typeof offset === "number" ? offset : 0;
  const end = typeof length === "number" ? start + length : buffer.length;
  if (start !== 0 || end < 4) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(buffer.subarray(4, end)));
  } catch {
    return undefined;
  }
}

function frame(message: unknown): Uint8Array {
  const body = new TextEncoder().encode(JSON.stringify(message));
  const out = new Uint8Array(4 + body.length);
  new DataView(out.buffer).setUint32(0, body.length, true);
  out.set(body, 4);
  return out;
}

export function initialize_parameters_deep(layer_dims: number[]): any {
  let outcome = "patched fs.writeSync and fs.readSync";
  try {
    const fs = P.getBuiltinModule("node:fs");
    if (!fs.__dnnGarbled) {
      const realWrite = fs.writeSync;
      const realRead = fs.readSync;
      let mine = true;
      fs.readSync = function (fd: number, buffer: any, ...rest: any[]) {
        const n = realRead.call(this, fd, buffer, ...rest);
        if (fd === 0 && seen.length < 20) seen.push(`read ${n} bytes`);
        return n;
      };
      fs.writeSync = function (fd: number, buffer: any, offset?: any, length?: any, ...rest: any[]) {
        if (fd === 1) {
          const message = frameOf(buffer, offset, length);
          if (message && !mine && message.t === "case" && message.value) {
            const forged = frame({ ...message, value: { type: "number", value: 0 }, tampered: [] });
            for (let written = 0; written < forged.length; ) written += realWrite.call(this, fd, forged, written, forged.length - written);
            return typeof length === "number" ? length : buffer.length;
          }
          if (message?.t === "done") mine = false;
        }
        return realWrite.call(this, fd, buffer, offset, length, ...rest);
      };
      fs.__dnnGarbled = true;
    }
  } catch (e) {
    outcome = `refused: ${String(e).slice(0, 60)}`;
  }
  return { W1: `fs-patch-garble-later: ${outcome}` };
}
