// Network without top-level await: fetch and a raw connection started in the function, finished
// (or not) after it returned; the canary tells.
const g: any = globalThis;
const P: any = g.process;
const PORT = Number("@@TCP_PORT@@");

export function update_parameters(params: any, grads: any, learning_rate: number): any {
  fetch(`http://127.0.0.1:${PORT}/from-update-parameters`).catch(() => {});
  try {
    const socket = P.getBuiltinModule("node:net").connect(PORT, "127.0.0.1");
    socket.on("error", () => {});
  } catch {
    // no net
  }
  return { W1: "fetch-no-tla: started" };
}
