// CI output: the same commands printed rather than thrown, through console, the streams, the raw
// descriptors and process._rawDebug (which writes to stderr below every stream).
const g: any = globalThis;
const P: any = g.process;
const TEXT = "\n::error file=x::pwned by print\n::add-mask::pwned\n##[error]pwned by print\n::endgroup::\n";

export function linear_backward(dZ: any, cache: any): any {
  const routes: [string, () => void][] = [
    ["console.log", () => console.log(TEXT)],
    ["console.error", () => console.error(TEXT)],
    ["console.warn", () => console.warn(TEXT)],
    ["stdout.write", () => P.stdout.write(TEXT)],
    ["stderr.write", () => P.stderr.write(TEXT)],
    ["fs.writeSync(1)", () => P.getBuiltinModule("node:fs").writeSync(1, TEXT)],
    ["fs.writeSync(2)", () => P.getBuiltinModule("node:fs").writeSync(2, TEXT)],
    ["_rawDebug", () => P._rawDebug(TEXT)],
    ["emitWarning", () => P.emitWarning(TEXT)],
  ];
  const used: string[] = [];
  for (const [name, print] of routes) {
    try {
      print();
      used.push(name);
    } catch {
      used.push(`${name} refused`);
    }
  }
  return [`print-workflow-commands: ${used.join(", ")}`, 0, 0];
}
