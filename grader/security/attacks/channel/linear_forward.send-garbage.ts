// The channel: process.send of everything the grader did not ask for: wrong types, unknown kinds,
// guessed ids 0..300 of the grader's own message shapes (old and new protocols), Node's internal
// NODE_* commands (handled by Node itself in the parent, before any check of the grader's).
const g: any = globalThis;
const P: any = g.process;

export function linear_forward(A: any, W: any, b: any): any {
  if (typeof P.send !== "function") throw new Error("send-garbage: no process.send (no IPC channel)");
  const sent: string[] = [];
  const trySend = (label: string, message: unknown) => {
    try {
      P.send(message);
      sent.push(label);
    } catch (e) {
      sent.push(`${label} refused: ${String(e).slice(0, 40)}`);
    }
  };
  for (const junk of [null, 42, "text", true, [], [1, [2, [3]]], { t: 7 }, { t: "unknown" }, { __proto__: { t: "done" } }]) {
    trySend(`junk ${JSON.stringify(junk)}`, junk);
  }
  trySend("NODE_HANDLE_ACK", { cmd: "NODE_HANDLE_ACK" });
  trySend("NODE_HANDLE_NACK", { cmd: "NODE_HANDLE_NACK" });
  trySend("NODE_HANDLE", { cmd: "NODE_HANDLE", type: "net.Socket", msg: { t: "done" }, key: "x" });
  trySend("NODE_CLUSTER", { cmd: "NODE_CLUSTER", act: "queryServer", seq: 1 });
  for (let id = 0; id <= 300; id++) {
    for (const message of [
      { t: "done", id },
      { t: "case", id, index: 0, value: { type: "number", value: 1 }, mutatedArgs: [], output: "", ms: 1, tampered: [] },
      { t: "loaded", id, ok: true, output: "" },
      { type: "returned", id, value: { type: "number", value: 1 }, mutatedArgs: [], output: "", tampered: [] },
    ]) {
      try {
        P.send(message);
      } catch {
        // the channel may close under us
      }
    }
  }
  sent.push("1204 guessed replies");
  throw new Error(`send-garbage: ${sent.join(", ")}`);
}
