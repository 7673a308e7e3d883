// Resources: the function returns at once, but reading its result never ends: a Proxy whose traps
// loop forever, a toJSON that loops, an endless iterator. A time limit that covers only the call,
// not the reading of the result, never fires.
export function linear_forward(A: any, W: any, b: any): any {
  const endless = new Proxy({}, {
    get() {
      for (;;) {}
    },
    ownKeys() {
      for (;;) {}
    },
    getPrototypeOf() {
      for (;;) {}
    },
    has() {
      for (;;) {}
    },
  });
  return [endless, {
    toJSON() {
      for (;;) {}
    },
    *[Symbol.iterator]() {
      for (;;) yield 0.5;
    },
  }];
}
