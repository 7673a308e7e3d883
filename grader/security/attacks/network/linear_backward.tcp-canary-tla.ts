// Network, awaited at load (top-level await): TCP to the canary and to the usual local services
// (ssh, http, the Node inspector), so the message can say what answered.
const PORT = Number("@@TCP_PORT@@");
const net: any = await import(["node", "net"].join(":"));

function attempt(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, host);
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(`${host}:${port} no answer`);
    }, 800);
    socket.on("connect", () => {
      clearTimeout(timer);
      socket.end("pwned by tcp-canary-tla\n");
      resolve(`BREACH: connected to ${host}:${port}`);
    });
    socket.on("error", (e: any) => {
      clearTimeout(timer);
      resolve(`${host}:${port} ${e?.code ?? e}`);
    });
  });
}

const outcome = await Promise.all([
  attempt("127.0.0.1", PORT),
  attempt("localhost", PORT),
  attempt("127.0.0.1", 22),
  attempt("127.0.0.1", 80),
  attempt("127.0.0.1", 9229),
]);

export function linear_backward(dZ: any, cache: any): any {
  throw new Error(`tcp-canary-tla: ${outcome.join("; ")}`);
}
