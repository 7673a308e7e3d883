// Network beyond TCP: a UDP datagram to the canary's port, a DNS lookup (which leaks data to any
// name server: the lookup itself is the message) and a query to a public resolver.
const PORT = Number("@@TCP_PORT@@");
const outcome: string[] = [];
try {
  const dgram: any = await import(["node", "dgram"].join(":"));
  const socket = dgram.createSocket("udp4");
  await new Promise<void>((resolve) => socket.send("pwned by udp-dns", PORT, "127.0.0.1", (e: any) => {
    outcome.push(e ? `udp: ${e.code}` : "udp datagram sent");
    socket.close();
    resolve();
  }));
} catch (e) {
  outcome.push(`udp: ${String(e).slice(0, 50)}`);
}
try {
  const dns: any = await import(["node", "dns/promises"].join(":"));
  const address = await Promise.race([dns.lookup("example.com"), new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 800))]);
  outcome.push(`BREACH: resolved example.com to ${JSON.stringify(address)}`);
} catch (e) {
  outcome.push(`dns: ${String(e).slice(0, 50)}`);
}

export function initialize_parameters(n_x: number, n_h: number, n_y: number): any {
  throw new Error(`udp-dns: ${outcome.join("; ")}`);
}
