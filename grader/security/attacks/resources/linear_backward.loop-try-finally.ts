// Resources: an endless loop that fights its way out of termination: every way out of the inner
// loop (an exception, a termination that unwinds through finally) lands in another endless loop.
export function linear_backward(dZ: any, cache: any): any {
  for (;;) {
    try {
      for (;;) {}
    } catch {
      for (;;) {}
    } finally {
      // a finally that loops again instead of letting the termination through
      for (let i = 0; ; i++) if (i < 0) break;
    }
  }
}
