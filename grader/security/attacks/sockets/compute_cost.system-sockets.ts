// Unix sockets of the machine: Docker's (root on the host for whoever reaches it), containerd,
// D-Bus, systemd, X11, plus the canary. Awaited at load (top-level await) to report each outcome.
const CANARY_DIR = "@@CANARY_DIR@@";
const net: any = await import(["node", "net"].join(":"));
const paths = [
  "/var/run/docker.sock",
  "/run/docker.sock",
  "/run/containerd/containerd.sock",
  "/run/dbus/system_bus_socket",
  "/run/systemd/private",
  "/run/systemd/journal/socket",
  "/run/user/0/bus",
  "/tmp/.X11-unix/X0",
  `${CANARY_DIR}/canary.sock`,
];

function attempt(path: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ path });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(`${path}: no answer`);
    }, 500);
    socket.on("connect", () => {
      clearTimeout(timer);
      socket.end("GET /containers/json HTTP/1.0\r\n\r\n");
      resolve(`BREACH: connected to ${path}`);
    });
    socket.on("error", (e: any) => {
      clearTimeout(timer);
      resolve(`${path}: ${e?.code ?? e}`);
    });
  });
}

const outcome = await Promise.all(paths.map(attempt));

export function compute_cost(AL: any, Y: any): number {
  throw new Error(`system-sockets: ${outcome.join("; ")}`);
}
