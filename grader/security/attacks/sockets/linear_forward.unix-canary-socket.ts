// Unix sockets: Node's permission model guards paths for files, not net.connect({ path }). At call
// time, connects to the test's canary socket (a file in the canary folder, and an abstract one,
// which lives in the network namespace) and writes to it. The connection is asynchronous: what it
// achieved shows in the canary, the message only says it was started.
const g: any = globalThis;
const P: any = g.process;
const CANARY_DIR = "@@CANARY_DIR@@";
const ABSTRACT = "@@ABSTRACT@@";

export function linear_forward(A: any, W: any, b: any): any {
  const outcome: string[] = [];
  for (const route of ["getBuiltinModule", "import"]) {
    for (const path of [`${CANARY_DIR}/canary.sock`, `\0${ABSTRACT}`]) {
      const attempt = (net: any) => {
        const socket = net.connect({ path });
        socket.on("connect", () => socket.end(`pwned by unix-canary-socket via ${route}\n`));
        socket.on("error", () => {});
      };
      try {
        if (route === "getBuiltinModule") attempt(P.getBuiltinModule("node:net"));
        else import(["node", "net"].join(":")).then(attempt, () => {});
        outcome.push(`${route} ${path.replace("\0", "@")}: started`);
      } catch (e) {
        outcome.push(`${route}: ${String(e).slice(0, 60)}`);
      }
    }
  }
  throw new Error(`unix-canary-socket: ${outcome.join("; ")}`);
}
