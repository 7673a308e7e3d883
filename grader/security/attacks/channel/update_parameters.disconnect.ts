// The channel: process.disconnect() in the middle of a call, then a wrong value returned. The
// grader must not wait for an answer that can no longer come, nor blame the next function.
const g: any = globalThis;
const P: any = g.process;

export function update_parameters(params: any, grads: any, learning_rate: number): any {
  let outcome: string;
  try {
    P.disconnect();
    outcome = "disconnected";
  } catch (e) {
    outcome = `disconnect refused: ${String(e).slice(0, 60)}`;
  }
  return { W1: `disconnect: ${outcome}` };
}
