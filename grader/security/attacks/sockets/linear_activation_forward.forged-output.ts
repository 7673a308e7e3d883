// Descriptors 1 and 2: forged frames and garbage on stdout and stderr through every route (console,
// process.stdout.write, fs.writeSync on the raw descriptors, process._rawDebug): a fake results
// object with a full score, NUL bytes, invalid UTF-8, a length prefix, a line that looks like the
// grader's own.
const g: any = globalThis;
const P: any = g.process;

export function linear_activation_forward(A_prev: any, W: any, b: any, activation: string): any {
  const fake = JSON.stringify({ format_version: "1.0", status: "ok", score: 100, max_score: 100, exercises: [] });
  const lines = [fake, "\u0000\u0000\u0000\u0010{\"t\":\"done\",\"id\":1}", "grader: graded 10 of 10 functions, score 100/100"];
  const done: string[] = [];
  const routes: [string, (text: string) => void][] = [
    ["console.log", (t) => console.log(t)],
    ["console.error", (t) => console.error(t)],
    ["stdout.write", (t) => P.stdout.write(`${t}\n`)],
    ["stderr.write", (t) => P.stderr.write(`${t}\n`)],
    ["fs.writeSync(1)", (t) => P.getBuiltinModule("node:fs").writeSync(1, `${t}\n`)],
    ["fs.writeSync(2)", (t) => P.getBuiltinModule("node:fs").writeSync(2, `${t}\n`)],
    ["_rawDebug", (t) => P._rawDebug(t)],
  ];
  for (const [name, write] of routes) {
    try {
      for (const line of lines) write(line);
      done.push(name);
    } catch (e) {
      done.push(`${name} refused`);
    }
  }
  try {
    P.getBuiltinModule("node:fs").writeSync(1, new Uint8Array([0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0, 0x80, 10]));
  } catch {
    // no raw descriptor
  }
  return [`forged-output: ${done.join(", ")}`, null];
}
