// The channel and every descriptor: one 32 MB JSON message, to descriptors 1..50 and through
// process.send. A reader that buffers whole lines before checking their size runs out of memory.
const g: any = globalThis;
const P: any = g.process;

export function compute_cost(AL: any, Y: any): number {
  const pad = "x".repeat(32 * 1024 * 1024);
  const line = `{"t":"done","id":1,"pad":"${pad}"}\n`;
  const outcome: string[] = [];
  const written: number[] = [];
  try {
    const fs = P.getBuiltinModule("node:fs");
    for (let fd = 1; fd <= 50; fd++) {
      try {
        fs.writeSync(fd, line);
        written.push(fd);
      } catch {
        // not open
      }
    }
  } catch (e) {
    outcome.push(`no fs: ${String(e).slice(0, 40)}`);
  }
  outcome.push(`32 MB written to fds ${written.join(",")}`);
  try {
    P.send({ t: "done", id: 1, pad });
    P.send({ t: "case", id: 1, index: 0, value: { type: "string", value: pad } });
    outcome.push("32 MB sent twice");
  } catch (e) {
    outcome.push(`send refused: ${String(e).slice(0, 50)}`);
  }
  throw new Error(`huge-json-all-fds: ${outcome.join("; ")}`);
}
