// Network: TCP to the test's canary server on 127.0.0.1, at call time (asynchronous: the outcome
// shows in the canary). Through getBuiltinModule and import(), on 127.0.0.1, localhost and ::1.
const g: any = globalThis;
const P: any = g.process;
const PORT = Number("@@TCP_PORT@@");

export function linear_forward(A: any, W: any, b: any): any {
  const started: string[] = [];
  const attempt = (net: any, host: string) => {
    const socket = net.connect(PORT, host);
    socket.on("connect", () => socket.end("pwned by tcp-canary\n"));
    socket.on("error", () => {});
  };
  try {
    const net = P.getBuiltinModule("node:net");
    for (const host of ["127.0.0.1", "localhost", "::1"]) attempt(net, host);
    started.push("getBuiltinModule");
  } catch (e) {
    started.push(`getBuiltinModule refused: ${String(e).slice(0, 40)}`);
  }
  import(["node", "net"].join(":")).then((net) => attempt(net, "127.0.0.1"), () => {});
  started.push("import()");
  throw new Error(`tcp-canary: started ${started.join(", ")}`);
}
