// Descriptors: closes every descriptor 0..50 (stdio, the grader's channel, progress records), then
// returns a wrong value: the grader must notice it lost the child and still grade what follows.
const g: any = globalThis;
const P: any = g.process;

export function L_model_backward(AL: any, Y: any, caches: any[]): any {
  const closed: number[] = [];
  try {
    const fs = P.getBuiltinModule("node:fs");
    for (let fd = 0; fd <= 50; fd++) {
      try {
        fs.closeSync(fd);
        closed.push(fd);
      } catch {
        // not open
      }
    }
  } catch (e) {
    throw new Error(`close-fds: no fs (${String(e).slice(0, 60)})`);
  }
  return { dA0: `close-fds: closed ${closed.join(",")}` };
}
