// Reading what is loaded: an in-process inspector session (node:inspector) sees everything the
// debugger sees: it evaluates strings as code (past --disallow-code-generation-from-strings), lists
// every script loaded (the harness, other bundles) and reads their sources. Posts are answered
// synchronously, so a plain function can use it.
const g: any = globalThis;
const P: any = g.process;

export function compute_cost(AL: any, Y: any): number {
  const outcome: string[] = [];
  let session: any;
  try {
    const inspector = P.getBuiltinModule("node:inspector");
    session = new inspector.Session();
    session.connect();
    outcome.push("session connected");
  } catch (e) {
    throw new Error(`inspector-session: refused (${String(e).slice(0, 80)})`);
  }
  const post = (method: string, params: object = {}): any => {
    let result: any;
    let error: any;
    session.post(method, params, (e: any, r: any) => {
      error = e;
      result = r;
    });
    if (error) throw error;
    return result;
  };
  const scripts: { scriptId: string; url: string }[] = [];
  try {
    session.on("Debugger.scriptParsed", (m: any) => scripts.push(m.params));
    post("Debugger.enable");
    outcome.push(`${scripts.length} scripts: ${scripts.map((s) => s.url.slice(0, 40)).filter(Boolean).slice(0, 8).join(", ")}`);
    let sources = "";
    for (const s of scripts.slice(0, 200)) sources += post("Debugger.getScriptSource", { scriptId: s.scriptId })?.scriptSource ?? "";
    const secret = sources.match(/dnnsecret-[0-9a-f]{8,}/)?.[0];
    const foreign = (sources.match(/STASH-MARKER-[A-Za-z0-9_-]+/g) ?? []).filter((m) => m !== "STASH-MARKER-@@STUDENT@@");
    outcome.push(`${sources.length} characters of source`);
    if (secret) outcome.push(`BREACH: the secret in a loaded script: ${secret}`);
    if (foreign.length) outcome.push(`BREACH: another student's code is loaded here: ${foreign[0]}`);
  } catch (e) {
    outcome.push(`Debugger: ${String(e).slice(0, 60)}`);
  }
  try {
    const r = post("Runtime.evaluate", { expression: "[typeof process, Object.keys(process.env).length, process.env.GRADER_SECRET].join(' ')" });
    outcome.push(`evaluated a string as code: ${r?.result?.value}`);
  } catch (e) {
    outcome.push(`Runtime.evaluate: ${String(e).slice(0, 60)}`);
  }
  throw new Error(`inspector-session: ${outcome.join("; ")}`);
}
