// Resources after returning: an endless chain of microtasks and nextTicks (which starve the event
// loop: no message is read, no timer fires), and a busy loop in a timer. The function has returned
// a (wrong) value; what follows must not hang or be blamed on the next function.
const g: any = globalThis;
const P: any = g.process;

export function linear_activation_backward(dA: any, cache: any, activation: string): any {
  const spin = (): unknown => Promise.resolve().then(spin);
  spin();
  const tick = () => P?.nextTick?.(tick);
  tick();
  setTimeout(() => {
    for (;;) {}
  }, 0);
  return [0.5, 0.5, 0.5];
}
