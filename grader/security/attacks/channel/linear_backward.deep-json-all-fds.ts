// The channel and every descriptor: 20,000-deep JSON. A parser that recurses (JSON.parse does not,
// but validators and revivers do) overflows its stack. Written as text to descriptors 1..50 and sent
// as a nested object through process.send.
const g: any = globalThis;
const P: any = g.process;
const DEPTH = 20000;

export function linear_backward(dZ: any, cache: any): any {
  const text = `${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}`;
  const objects = `${'{"t":"done","id":1,"value":'.repeat(DEPTH)}0${"}".repeat(DEPTH)}`;
  const outcome: string[] = [];
  let fs: any;
  try {
    fs = P.getBuiltinModule("node:fs");
  } catch {
    fs = undefined;
  }
  const written: number[] = [];
  for (let fd = 1; fd <= 50 && fs; fd++) {
    try {
      fs.writeSync(fd, `${text}\n${objects}\n`);
      written.push(fd);
    } catch {
      // not open
    }
  }
  outcome.push(`written to fds ${written.join(",")}`);
  let nested: any = { t: "done", id: 1 };
  for (let i = 0; i < DEPTH; i++) nested = { t: "case", id: 1, value: nested };
  try {
    P.send(nested);
    outcome.push("sent a 20000-deep object");
  } catch (e) {
    outcome.push(`send refused: ${String(e).slice(0, 50)}`);
  }
  let array: any = [];
  for (let i = 0; i < DEPTH; i++) array = [array];
  try {
    P.send(array);
    outcome.push("sent a 20000-deep array");
  } catch (e) {
    outcome.push(`send refused: ${String(e).slice(0, 50)}`);
  }
  return [array, nested, `deep-json-all-fds: ${outcome.join("; ")}`];
}
