// Unix sockets, awaited with top-level await while the module loads, so the function can say
// what happened: a connection to the canary (file or abstract) means the sandbox let us out.
const CANARY_DIR = "@@CANARY_DIR@@";
const ABSTRACT = "@@ABSTRACT@@";
const net: any = await import(["node", "net"].join(":"));

function attempt(path: string): Promise<string> {
  return new Promise((resolve) => {
    const label = path.replace("\0", "@");
    const socket = net.connect({ path });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(`${label}: no answer`);
    }, 800);
    socket.on("connect", () => {
      clearTimeout(timer);
      socket.end("pwned by unix-canary-socket-tla\n");
      resolve(`BREACH: connected to ${label}`);
    });
    socket.on("error", (e: any) => {
      clearTimeout(timer);
      resolve(`${label}: ${e?.code ?? e}`);
    });
  });
}

const outcome = await Promise.all([attempt(`${CANARY_DIR}/canary.sock`), attempt(`\0${ABSTRACT}`)]);

export function linear_backward(dZ: any, cache: any): any {
  throw new Error(`unix-canary-socket-tla: ${outcome.join("; ")}`);
}
