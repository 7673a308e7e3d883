// Resources: 50 MB of output through every route (console.log, process.stdout.write, the raw
// descriptors): the grader must keep a bounded part of it, not every byte.
const g: any = globalThis;
const P: any = g.process;

export function compute_cost(AL: any, Y: any): number {
  const chunk = `${"printing 50 MB ".repeat(70_000)}\n`; // ~1 MB
  const routes: ((text: string) => void)[] = [
    (t) => console.log(t),
    (t) => P.stdout.write(t),
    (t) => P.getBuiltinModule("node:fs").writeSync(1, t),
    (t) => P.getBuiltinModule("node:fs").writeSync(2, t),
    (t) => console.error(t),
  ];
  let printed = 0;
  for (let i = 0; i < 50; i++) {
    try {
      routes[i % routes.length](chunk);
      printed++;
    } catch {
      // route refused
    }
  }
  throw new Error(`print-50mb: printed ${printed} MB`);
}
