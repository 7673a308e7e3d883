// Resources after returning: a timer that starts an endless loop 50 ms after the function returned,
// and an interval that does 200 ms of busy work every 10 ms: the next call in this process finds
// its thread taken.
export function linear_forward(A: any, W: any, b: any): any {
  setTimeout(() => {
    for (;;) {}
  }, 50);
  setInterval(() => {
    const end = Date.now() + 200;
    while (Date.now() < end) {}
  }, 10);
  return [0.5, [0.5, 0.5, 0.5]];
}
