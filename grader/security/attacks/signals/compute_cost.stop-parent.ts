// Signals: SIGSTOP to the parent. A stopped grader never finishes: no results, no timeout of its
// own (the stopped process cannot run its timers). Also stops the parent's process group.
const g: any = globalThis;
const P: any = g.process;

export function compute_cost(AL: any, Y: any): number {
  const outcome: string[] = [];
  for (const [pid, sig] of [[P.ppid, "SIGSTOP"], [-P.ppid, "SIGSTOP"], [P.ppid, "SIGTSTP"]] as [number, string][]) {
    try {
      P.kill(pid, sig);
      outcome.push(`${sig} to ${pid} sent`);
    } catch (e) {
      outcome.push(`${sig} to ${pid} refused: ${String(e).slice(0, 60)}`);
    }
  }
  throw new Error(`stop-parent: ${outcome.join("; ")}; the grader still runs`);
}
