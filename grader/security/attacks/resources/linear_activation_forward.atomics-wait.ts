// Resources: Atomics.wait forever on a cell nobody will ever change: the thread sleeps in the kernel,
// no JavaScript runs, and a watchdog in the same thread never gets to run.
export function linear_activation_forward(A_prev: any, W: any, b: any, activation: string): any {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  for (;;) Atomics.wait(cell, 0, 0);
}
