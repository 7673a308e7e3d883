// Reading the disk, asynchronously at load (top-level await): fs.promises, import() of the expected
// values as JSON and of the reference solution, the location of this very bundle (import.meta.url).
const REPO = "@@REPO@@";
const outcome: string[] = [];
try {
  outcome.push(`import.meta.url ${String(import.meta.url).slice(0, 60)}`);
} catch {
  // no import.meta
}
try {
  const fsp: any = await import(["node", "fs/promises"].join(":"));
  const text: string = await fsp.readFile(`${REPO}/fixtures/linear_activation_forward.json`, "utf8");
  outcome.push(`BREACH: fs.promises read the fixtures (${text.length} characters)`);
} catch (e) {
  outcome.push(`fs.promises: ${String(e).slice(0, 60)}`);
}
try {
  const fixtures: any = await import(`file://${REPO}/fixtures/linear_activation_forward.json`, { with: { type: "json" } });
  outcome.push(`BREACH: imported the fixtures (${JSON.stringify(fixtures).length} characters)`);
} catch (e) {
  outcome.push(`import json: ${String(e).slice(0, 60)}`);
}
try {
  await import(`file://${REPO}/solutions/linear_activation_forward.ts`);
  outcome.push("BREACH: imported the reference solution");
} catch (e) {
  outcome.push(`import solution: ${String(e).slice(0, 60)}`);
}
try {
  const response = await fetch(`file://${REPO}/fixtures/linear_activation_forward.json`);
  outcome.push(`BREACH: fetched a file: URL (${(await response.text()).length} characters)`);
} catch (e) {
  outcome.push(`fetch file: ${String(e).slice(0, 40)}`);
}

export function linear_activation_forward(A_prev: any, W: any, b: any, activation: string): any {
  throw new Error(`read-disk-async: ${outcome.join("; ")}`);
}
