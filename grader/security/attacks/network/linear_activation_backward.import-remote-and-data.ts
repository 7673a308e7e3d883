// Network and code loading: import() of an http: URL (network imports), and of data: URLs, which
// are code from a string that --disallow-code-generation-from-strings does not stop.
const outcome: string[] = [];
try {
  await import("http://127.0.0.1:" + "@@TCP_PORT@@" + "/x.mjs");
  outcome.push("BREACH: imported over http");
} catch (e) {
  outcome.push(`http import: ${String(e).slice(0, 50)}`);
}
try {
  const code = "export const value = typeof process + ' ' + Object.keys(process.env).length;";
  const module: any = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  outcome.push(`data: import ran code from a string: ${module.value}`);
} catch (e) {
  outcome.push(`data import: ${String(e).slice(0, 50)}`);
}

export function linear_activation_backward(dA: any, cache: any, activation: string): any {
  throw new Error(`import-remote-and-data: ${outcome.join("; ")}`);
}
