// Network, the other way: listening. A server on 127.0.0.1:9229 (where a debugger client looks for a
// Node inspector) and on 0.0.0.0, left open after the function returns.
const outcome: string[] = [];
try {
  const net: any = await import(["node", "net"].join(":"));
  for (const [host, port] of [["127.0.0.1", 9229], ["0.0.0.0", 0]] as [string, number][]) {
    await new Promise<void>((resolve) => {
      const server = net.createServer((socket: any) => socket.end("backdoor\n"));
      server.on("error", (e: any) => {
        outcome.push(`${host}:${port} ${e.code}`);
        resolve();
      });
      server.listen(port, host, () => {
        outcome.push(`listening on ${host}:${server.address().port}`);
        resolve();
      });
    });
  }
} catch (e) {
  outcome.push(`net: ${String(e).slice(0, 50)}`);
}

export function initialize_parameters_deep(layer_dims: number[]): any {
  throw new Error(`listen-backdoor: ${outcome.join("; ")}`);
}
