/**
 * The team's hostile suite for the sandbox (issue 11): real attack files (attacks/<class>/
 * <function>.<attack>.ts, each the complete replacement of one exercise file) dropped into copies of
 * the reference solutions and graded through the real CLI, as root and as nobody, one submission at
 * a time and as a class in bulk. What must hold whatever the attacks do is listed in README.md.
 *
 * Every grader started here runs inside a PID namespace of the test's own, beside two decoy
 * processes: an attack that gets out (kill -1, a loop over pids) can reach the decoys and this
 * namespace's pid 1, never the machine, and the test sees that it did. Every run is killed after
 * 60 s.
 *
 * SECURITY_REPO_ROOT=<dir> grades with another checkout of the grader (e.g. an older commit exported
 * with git archive, node_modules linked in); SECURITY_BISECT=1 regrades each attack of a failing
 * group alone, to say which one did it; SECURITY_SUMMARY=<file> writes every run's problems and
 * every attack's own report there as JSON; SECURITY_ONLY=<regex> grades only the groups whose name
 * matches (and skips the bulk run).
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import * as dgram from "node:dgram";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import * as net from "node:net";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
const attacksDir = join(here, "attacks");
const repo = resolve(process.env.SECURITY_REPO_ROOT ?? join(here, "..", ".."));
const SECRET = `dnnsecret-${randomBytes(16).toString("hex")}`;
const KILL_AFTER_MS = 60_000;
// the case time limit: 2 s, not 1, so that an honest function beside the attacks keeps its score
// on a loaded machine (at 1 s, one run in several timed out an honest case with 4 test runs at once)
const TIMEOUT_MS = "2000";
const CONCURRENCY = 2;
const BAD_STATUSES = new Set(["crashed", "error", "fail", "timeout"]);
const WORKFLOW_LINE = /^\s*(::|##\[)/;
const isRoot = process.getuid?.() === 0;
const runuser = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser", "/bin/runuser"].find((p) => existsSync(p));
const unshare = ["/usr/bin/unshare", "/bin/unshare", "/usr/sbin/unshare"].find((p) => existsSync(p));

const work = mkdtempSync(join(tmpdir(), "dnn-security-"));
chmodSync(work, 0o755);

// ---------------------------------------------------------------------------------------------
// The attacks and how they are grouped into submissions.

/** An attack: "signals/linear_forward.kill-parent-sigkill" (its file, without .ts). */
type Attack = string;
interface Group {
  name: string;
  attacks: Attack[];
  /** Graded while nothing else runs: it may open 127.0.0.1:9229, which tells only whose it was. */
  exclusive?: boolean;
}

const functionOf = (attack: Attack) => basename(attack).split(".")[0];
const group = (name: string, ...attacks: Attack[]): Group => ({ name, attacks });
/** An attack that stops the whole process (or tries to): a submission of its own. */
const alone = (attack: Attack): Group => group(attack.replace("/", "-"), attack);

export const singleGroups: Group[] = [
  ...[
    "linear_forward.kill-parent-sigkill",
    "linear_backward.kill-parent-at-load",
    "compute_cost.stop-parent",
    "update_parameters.usr1-parent-inspector",
    "initialize_parameters.kill-pid1",
    "initialize_parameters_deep.kill-process-group",
    "linear_activation_forward.kill-all-minus-one",
    "L_model_forward.kill-pid-loop",
    "L_model_backward.kill-neighbours",
    "linear_activation_backward.sigterm-family-parent",
  ].map((a) => alone(`signals/${a}`)),
  group(
    "sockets-connect",
    "sockets/linear_forward.unix-canary-socket",
    "sockets/linear_backward.unix-canary-socket-tla",
    "sockets/compute_cost.system-sockets",
    "sockets/L_model_forward.proc-fd-reopen",
  ),
  group(
    "sockets-write",
    "sockets/update_parameters.write-fds",
    "sockets/linear_activation_forward.forged-output",
    "sockets/linear_activation_backward.stdout-handle",
  ),
  group(
    "sockets-read-close",
    "sockets/initialize_parameters.read-stdin",
    "sockets/initialize_parameters_deep.steal-fd-reads",
    "sockets/L_model_backward.close-fds",
  ),
  group(
    "channel-send",
    "channel/linear_forward.send-garbage",
    "channel/L_model_forward.channel-flood",
    "channel/update_parameters.disconnect",
    "channel/initialize_parameters.channel-internals",
  ),
  group("channel-size", "channel/linear_backward.deep-json-all-fds", "channel/compute_cost.huge-json-all-fds"),
  group("channel-listeners", "channel/linear_activation_forward.listener-hijack", "channel/linear_activation_backward.emit-patch"),
  // Each poisons the functions graded after it (same child): alone with the correct ones.
  group("channel-fs-drop", "channel/initialize_parameters.fs-patch-drop-later"),
  group("channel-fs-garble", "channel/initialize_parameters_deep.fs-patch-garble-later"),
  group("channel-forge", "channel/linear_forward.forge-frames"),
  group("oracle-and-watchdog", "reading/compute_cost.callee-oracle", "reading/L_model_forward.callee-oracle", "resources/linear_backward.watchdog-reentry"),
  group(
    "reading-memory",
    "reading/linear_forward.heap-snapshot",
    "reading/linear_backward.heap-snapshot-sync",
    "reading/compute_cost.inspector-session",
    "reading/linear_activation_backward.global-scan",
    "reading/L_model_forward.stack-frames",
  ),
  group(
    "reading-env-disk",
    "reading/update_parameters.builtin-modules",
    "reading/initialize_parameters.env-and-report",
    "reading/initialize_parameters_deep.read-disk",
    "reading/linear_activation_forward.read-disk-async",
    "reading/L_model_backward.proc-self",
  ),
  group(
    "sharing-patches",
    "sharing/linear_backward.patch-builtins",
    "sharing/compute_cost.delayed-patches",
    "sharing/update_parameters.prototype-pollution",
    "sharing/L_model_forward.patch-np-runtime",
    "sharing/L_model_backward.freeze-globals",
  ),
  group(
    "sharing-traps",
    "sharing/linear_forward.stash-on-globals",
    "sharing/initialize_parameters.thenable-pollution",
    "sharing/linear_activation_backward.getter-traps",
    "sharing/linear_activation_forward.error-machinery",
    "sharing/initialize_parameters_deep.console-and-timers",
  ),
  group(
    "resources-huge-returns-a",
    ...["initialize_parameters", "linear_forward", "compute_cost", "linear_backward", "L_model_backward"].map((f) => `resources/${f}.huge-return`),
  ),
  group(
    "resources-huge-returns-b",
    ...["initialize_parameters_deep", "linear_activation_forward", "L_model_forward", "linear_activation_backward", "update_parameters"].map(
      (f) => `resources/${f}.huge-return`,
    ),
  ),
  group(
    "resources-loops",
    "resources/linear_forward.getter-loop-in-result",
    "resources/linear_backward.loop-try-finally",
    "resources/update_parameters.catastrophic-regex",
    "resources/linear_activation_forward.atomics-wait",
    "resources/compute_cost.sort-comparator-loop",
    "resources/initialize_parameters.stack-overflow-loop",
  ),
  group(
    "resources-memory",
    "resources/initialize_parameters.arraybuffer-4gb",
    "resources/initialize_parameters_deep.heap-bomb",
    "resources/compute_cost.print-50mb",
  ),
  group(
    "resources-after-return-and-load",
    "resources/linear_activation_backward.microtask-loop-after-return",
    "resources/linear_forward.busy-timer-after-return",
    "resources/L_model_forward.cpu-loop-at-load",
    "resources/L_model_backward.busy-load-3s",
    "resources/update_parameters.nexttick-starvation-at-load",
  ),
  group("resources-console-flood", "resources/update_parameters.console-flood"),
  group(
    "ci-output",
    ...readdirSync(join(attacksDir, "ci-output"))
      .filter((f) => f.endsWith(".ts"))
      .sort()
      .map((f) => `ci-output/${f.replace(/\.ts$/, "")}`),
  ),
  group(
    "network-out",
    "network/linear_forward.tcp-canary",
    "network/linear_backward.tcp-canary-tla",
    "network/compute_cost.fetch",
    "network/update_parameters.fetch-no-tla",
    "network/initialize_parameters.udp-dns",
    "network/linear_activation_backward.import-remote-and-data",
    "network/L_model_forward.write-canary-files",
  ),
  group("network-listen", "network/initialize_parameters_deep.listen-backdoor"),
  alone("network/linear_activation_forward.inspector-exploit"),
];
for (const g of singleGroups) {
  if (/usr1-parent-inspector|inspector-exploit|listen-backdoor/.test(g.name)) g.exclusive = true;
}
const only = process.env.SECURITY_ONLY ? new RegExp(process.env.SECURITY_ONLY) : undefined;
const chosenGroups = singleGroups.filter((g) => !only || only.test(g.name));

/** The attackers of the bulk run, each a student, each followed by a correct student. */
const bulkAttackers: string[] = [
  "sharing-patches",
  "sharing-traps",
  "sharing-traps",
  "resources-after-return-and-load",
  "resources-loops",
  "channel-listeners",
  "channel-send",
  "channel-fs-garble",
  "reading-memory",
  "sockets-write",
  "signals-linear_forward.kill-parent-sigkill",
  "signals-initialize_parameters_deep.kill-process-group",
  "signals-L_model_forward.kill-pid-loop",
];

// ---------------------------------------------------------------------------------------------
// Canaries: servers and places the attacks try to reach. One set per run.

class Canaries {
  readonly hits: string[] = [];
  readonly abstract = `dnn-security-${randomBytes(6).toString("hex")}`;
  tcpPort = 0;
  private servers: { close(cb?: () => void): unknown }[] = [];

  constructor(readonly dir: string) {}

  get socketPath(): string {
    return join(this.dir, "canary.sock");
  }

  static async start(dir: string): Promise<Canaries> {
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o777);
    const c = new Canaries(dir);
    const listen = (what: string, ...args: unknown[]) =>
      new Promise<net.Server>((resolveListen, reject) => {
        const server = net.createServer((socket) => {
          c.hits.push(`${what} got a connection`);
          socket.on("data", (d) => c.hits.push(`${what} got ${JSON.stringify(d.toString("utf8").slice(0, 80))}`));
          socket.on("error", () => {});
          setTimeout(() => socket.destroy(), 200);
        });
        server.on("error", reject);
        server.listen(...(args as [number]), () => resolveListen(server));
        c.servers.push(server);
      });
    await listen("the unix socket canary", c.socketPath);
    chmodSync(c.socketPath, 0o777);
    await listen("the abstract unix socket canary", `\0${c.abstract}`);
    const tcp = await listen("the TCP canary", 0, "127.0.0.1");
    c.tcpPort = (tcp.address() as net.AddressInfo).port;
    await new Promise<void>((resolveUdp) => {
      const udp = dgram.createSocket("udp4");
      udp.on("message", (m) => c.hits.push(`the UDP canary got ${JSON.stringify(m.toString("utf8").slice(0, 80))}`));
      udp.on("error", () => resolveUdp()); // the port may be taken for UDP: no UDP canary then
      udp.bind(c.tcpPort, "127.0.0.1", () => resolveUdp());
      c.servers.push(udp);
    });
    return c;
  }

  /** What the attacks' placeholders become. */
  substitutions(student: string): Record<string, string> {
    return {
      "@@CANARY_DIR@@": this.dir,
      "@@ABSTRACT@@": this.abstract,
      "@@TCP_PORT@@": String(this.tcpPort),
      "@@REPO@@": repo,
      "@@STUDENT@@": student,
    };
  }

  async stop(): Promise<void> {
    await new Promise((r) => setTimeout(r, 300)); // connections started just before the grader exited
    for (const s of this.servers) {
      try {
        s.close();
      } catch {
        // already closed
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Submissions.

/** The graded functions' solutions (the given helpers, dnn_utils and Part 2's dnn_app_utils, are always the grader's). */
function solutionFiles(): string[] {
  return readdirSync(join(repo, "solutions")).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "dnn_utils.ts" && f !== "dnn_app_utils.ts");
}

/** Full marks in the graded repository's course (100 for Part 1 alone, 120 with Part 2). */
function fullMarks(): number {
  const course = JSON.parse(readFileSync(join(repo, "grader", "course", "exercises.json"), "utf8")) as { points_per_exercise: number; exercises: unknown[] };
  return course.points_per_exercise * course.exercises.length;
}

function attackSource(attack: Attack, substitutions: Record<string, string>): string {
  let source = readFileSync(join(attacksDir, `${attack}.ts`), "utf8");
  for (const [from, to] of Object.entries(substitutions)) source = source.split(from).join(to);
  return source;
}

/** The solutions, with each attacked function's file replaced by its attack. */
function writeSubmission(dir: string, attacks: Attack[], substitutions: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  for (const f of solutionFiles()) cpSync(join(repo, "solutions", f), join(dir, f));
  cpSync(join(repo, "exercises", "dnn_utils.ts"), join(dir, "dnn_utils.ts"));
  for (const attack of attacks) writeFileSync(join(dir, `${functionOf(attack)}.ts`), attackSource(attack, substitutions));
  makeReadable(dir);
}

function makeReadable(path: string): void {
  const stat = statSync(path);
  chmodSync(path, stat.isDirectory() ? 0o755 : 0o644);
  if (stat.isDirectory()) for (const e of readdirSync(path)) makeReadable(join(path, e));
}

function digestOfTree(dir: string): string {
  const hash = createHash("sha256");
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      hash.update(relative(dir, p)).update("\0");
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) hash.update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest("hex");
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Running the grader, contained.

interface Run {
  label: string;
  exitCode: number | undefined;
  killedAfterLimit: boolean;
  containment: string;
  stdout: string;
  stderr: string;
  victims: string;
  initSignals: string;
  leftovers: string;
  startedAt: number;
  endedAt: number;
}

const OUTER = `#!/bin/sh
# pid 1 of the test's PID namespace: records the signals it gets, runs the grader's user side, then
# checks the decoys and lists what is still running.
D="$1"; shift
for s in HUP INT QUIT USR1 USR2 TERM ALRM; do trap "echo $s >> '$D/init-signals'" $s; done
"$@"
echo $? > "$D/rc"
vg=$(cat "$D/victim-group.pid" 2>/dev/null); vs=$(cat "$D/victim-session.pid" 2>/dev/null)
for v in "group:$vg" "session:$vs"; do
  if [ -n "\${v#*:}" ] && kill -0 "\${v#*:}" 2>/dev/null; then echo "\${v%%:*} alive"; else echo "\${v%%:*} dead"; fi
done > "$D/victims"
sleep 0.5
for p in /proc/[0-9]*; do
  p=\${p#/proc/}
  case "$p" in 1|"$vg"|"$vs") continue ;; esac
  st=$(cut -d' ' -f3 "/proc/$p/stat" 2>/dev/null)
  [ -z "$st" ] || [ "$st" = Z ] && continue
  cmd=$(tr '\\0' ' ' < "/proc/$p/cmdline" 2>/dev/null | cut -c1-160)
  case "$cmd" in ""|"sleep 0.5"*|cut*|tr*) continue ;; esac
  echo "$p $st $cmd"
done > "$D/leftovers"
kill -9 $vg $vs 2>/dev/null
exit 0
`;

const INNER = `#!/bin/sh
# The grader's user: two decoys (one in this process group, one in a session of its own), then the grader.
repo="$1"; D="$2"; shift 2
cd "$repo" || exit 97
sleep 1000 </dev/null >/dev/null 2>&1 &
echo $! > "$D/victim-group.pid"
setsid sleep 1000 </dev/null >/dev/null 2>&1 &
echo $! > "$D/victim-session.pid"
exec "$NODE" grader/cli/launch.mjs "$@" <"$D/stdin" >"$D/stdout" 2>"$D/stderr"
`;

const read = (file: string) => (existsSync(file) ? readFileSync(file, "utf8") : "");

async function runContained(label: string, runDir: string, graderArgs: string[], user?: string): Promise<Run> {
  mkdirSync(runDir, { recursive: true });
  chmodSync(runDir, 0o777);
  writeFileSync(join(runDir, "outer.sh"), OUTER, { mode: 0o755 });
  writeFileSync(join(runDir, "inner.sh"), INNER, { mode: 0o755 });
  // The grader's stdin holds the secret: a sandbox that hands its own stdin to student code leaks it.
  writeFileSync(join(runDir, "stdin"), `stdin of the grader: ${SECRET}\n`, { mode: 0o644 });
  const asUser = user ? [runuser!, "-u", user, "--", "/bin/sh", join(runDir, "inner.sh")] : ["/bin/sh", join(runDir, "inner.sh")];
  const namespace = isRoot ? ["--pid", "--fork", "--kill-child", "--mount-proc"] : ["--user", "--map-root-user", "--pid", "--fork", "--kill-child", "--mount-proc"];
  const startedAt = Date.now();
  const child = spawn(unshare!, [...namespace, "/bin/sh", join(runDir, "outer.sh"), runDir, ...asUser, repo, runDir, ...graderArgs], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", LANG: "C.UTF-8", NODE: process.execPath, GRADER_SECRET: SECRET },
  });
  let containment = "";
  child.stdout.on("data", (d) => (containment += d));
  child.stderr.on("data", (d) => (containment += d));
  let killedAfterLimit = false;
  const timer = setTimeout(() => {
    killedAfterLimit = true;
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      child.kill("SIGKILL");
    }
  }, KILL_AFTER_MS);
  const closed = await new Promise<{ code: number | null; signal: string | null }>((r) => child.on("close", (code, signal) => r({ code, signal })));
  clearTimeout(timer);
  if (closed.signal || closed.code !== 0) containment += `\n[the containment ended with ${closed.signal ?? `code ${closed.code}`}]`;
  const rc = read(join(runDir, "rc")).trim();
  return {
    label,
    exitCode: rc === "" ? undefined : Number(rc),
    killedAfterLimit,
    containment: containment.trim(),
    stdout: read(join(runDir, "stdout")),
    stderr: read(join(runDir, "stderr")),
    victims: read(join(runDir, "victims")).trim(),
    initSignals: read(join(runDir, "init-signals")).trim(),
    leftovers: read(join(runDir, "leftovers")).trim(),
    startedAt,
    endedAt: Date.now(),
  };
}

// The Node inspector port, watched for the whole suite: SIGUSR1 to the grader opens it.
const inspectorSeenAt: number[] = [];
let inspectorBusyBeforehand = false;
let inspectorPoll: ReturnType<typeof setInterval> | undefined;

function portAnswers(port: number): Promise<boolean> {
  return new Promise((r) => {
    const socket = net.connect(port, "127.0.0.1");
    const timer = setTimeout(() => {
      socket.destroy();
      r(false);
    }, 500);
    socket.on("connect", () => {
      clearTimeout(timer);
      socket.destroy();
      r(true);
    });
    socket.on("error", () => {
      clearTimeout(timer);
      r(false);
    });
  });
}

/** Groups graded CONCURRENCY at a time, then the exclusive ones one by one. */
async function gradeAll(groups: Group[], f: (g: Group) => Promise<Graded>): Promise<Graded[]> {
  const shared = await pool(groups.filter((g) => !g.exclusive), CONCURRENCY, f);
  const exclusive = await pool(groups.filter((g) => g.exclusive), 1, f);
  return [...shared, ...exclusive];
}

async function pool<T, R>(items: T[], limit: number, f: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await f(items[i], i);
    }
  });
  await Promise.all(lanes);
  return results;
}

// ---------------------------------------------------------------------------------------------
// What must hold after a run.

interface ExerciseJson {
  name: string;
  status: string;
  score: number;
  max_score: number;
  message: string;
  cases: { name: string; status: string; message: string; output?: string }[];
}

/** What each attack achieved, in its own words (its thrown message), for the record. */
function attackReports(exercises: ExerciseJson[], attacks: Attack[]): string[] {
  return attacks.map((attack) => {
    const e = exercises.find((x) => x.name === functionOf(attack));
    if (!e) return `${attack}: not in the results`;
    const said = e.cases.map((c) => c.message).find((m) => m && m !== "passed") ?? e.message;
    return `${attack}: ${e.status} ${e.score}/${e.max_score}: ${said.replace(/\s+/g, " ").slice(0, 400)}`;
  });
}

/** The per-function rule, for one student's results. */
function scoreProblems(exercises: ExerciseJson[], attacks: Attack[], who: string): string[] {
  const problems: string[] = [];
  const attacked = new Map(attacks.map((a) => [functionOf(a), a]));
  for (const name of solutionFiles().map((f) => f.replace(/\.ts$/, ""))) {
    const e = exercises.find((x) => x.name === name);
    if (!e) {
      problems.push(`${who}: ${name} is missing from the results`);
      continue;
    }
    const attack = attacked.get(name);
    if (attack) {
      if (!BAD_STATUSES.has(e.status) && e.score !== 0) problems.push(`${who}: the attacked ${name} (${attack}) got ${e.score}/${e.max_score} with status ${e.status}`);
    } else if (!(e.max_score > 0 && e.score === e.max_score)) {
      problems.push(`${who}: the correct ${name} got ${e.score}/${e.max_score} (${e.status}: ${e.message.slice(0, 200)})`);
    }
  }
  return problems;
}

/** "BREACH: ..." is how an attack says it got out; the rest of its message is context. */
function breaches(exercises: ExerciseJson[], who: string): string[] {
  const found: string[] = [];
  for (const e of exercises) {
    for (const text of [e.message, ...e.cases.flatMap((c) => [c.message, c.output ?? ""])]) {
      for (const m of text.matchAll(/BREACH: [^$"'`][^;|\n]{0,200}/g)) found.push(`${who}: ${e.name} reports ${m[0]}`);
    }
  }
  return [...new Set(found)];
}

function commonProblems(
  run: Run,
  canaries: Canaries,
  outDir: string,
  submissionDigests: [string, string][],
  overlapped = new Set<string>(),
): string[] {
  const problems: string[] = [];
  if (run.killedAfterLimit) problems.push(`the grader hung: killed after ${KILL_AFTER_MS / 1000} s`);
  else if (run.exitCode !== 0) problems.push(`the grader exited with ${run.exitCode ?? "nothing recorded (its containment was killed)"}`);
  if (run.containment) problems.push(`the containment said: ${run.containment.slice(0, 300)}`);
  for (const [stream, text] of [["stdout", run.stdout], ["stderr", run.stderr]] as const) {
    const lines = text.split(/\r\n|\r|\n/).filter((l) => WORKFLOW_LINE.test(l));
    if (lines.length) problems.push(`${stream} has ${lines.length} workflow-command lines, e.g. ${JSON.stringify(lines[0].slice(0, 120))}`);
    if (text.includes(SECRET)) problems.push(`${stream} holds GRADER_SECRET`);
  }
  if (/Debugger listening/.test(run.stderr)) problems.push(`the grader printed "Debugger listening": SIGUSR1 opened its inspector`);
  for (const file of filesUnder(outDir)) {
    if (readFileSync(file).includes(SECRET)) problems.push(`${relative(outDir, file)} holds GRADER_SECRET`);
  }
  if (canaries.hits.length) problems.push(`canaries reached: ${[...new Set(canaries.hits)].join("; ").slice(0, 400)}`);
  const written = readdirSync(canaries.dir).filter((f) => f !== "canary.sock");
  if (written.length) problems.push(`files written in the canary folder: ${written.join(", ")}`);
  if (run.victims !== "group alive\nsession alive") problems.push(`decoy processes beside the grader: ${run.victims.replace(/\n/g, ", ") || "not checked"}`);
  if (run.initSignals) problems.push(`pid 1 of the grader's PID namespace got signals: ${run.initSignals.replace(/\n/g, ", ")}`);
  if (run.leftovers) problems.push(`processes left running after the grader exited: ${run.leftovers.replace(/\n/g, " | ").slice(0, 300)}`);
  if (!inspectorBusyBeforehand && inspectorSeenAt.some((t) => t >= run.startedAt && t <= run.endedAt + 200)) {
    const others = [...overlapped].filter((r) => r !== run.label);
    problems.push(`something listened on 127.0.0.1:9229 while this grader ran${others.length ? ` (so did ${others.join(", ")})` : ""}`);
  }
  for (const [dir, digest] of submissionDigests) if (digestOfTree(dir) !== digest) problems.push(`the submission ${basename(dir)} changed while it was graded`);
  return problems;
}

/** Canary files outside the run's own folders; removed once reported. */
function strayFiles(): string[] {
  const found: string[] = [];
  for (const dir of [tmpdir(), repo, join(repo, "grader", ".build"), join(repo, "grader", "security")]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => n.startsWith("pwned-"))) {
      found.push(join(dir, f));
      rmSync(join(dir, f), { force: true, recursive: true });
    }
  }
  const build = join(repo, "grader", ".build", "grade.mjs");
  if (existsSync(build) && readFileSync(build, "utf8").includes("pwned-by-attack")) found.push(`${build} (appended to)`);
  return found.map((f) => `a canary file was written: ${f}`);
}

// ---------------------------------------------------------------------------------------------
// One submission through `grade`, and a class through `grade-bulk`.

interface Graded {
  group: Group;
  problems: string[];
  reports: string[];
  ms: number;
}

let runCount = 0;
/** The runs under way: who else may have opened 9229 while one ran. */
const active = new Set<string>();

async function gradeGroup(g: Group, user?: string, tag = ""): Promise<Graded> {
  const id = `${++runCount}-${g.name.replace(/[^A-Za-z0-9_-]/g, "_")}${tag}`;
  const base = join(work, id);
  const canaries = await Canaries.start(join(base, "canary"));
  const submission = join(base, "submission");
  writeSubmission(submission, g.attacks, canaries.substitutions(g.name.replace(/[^A-Za-z0-9_-]/g, "_")));
  const digest = digestOfTree(submission);
  const outDir = join(base, "run", "out");
  active.add(id);
  const overlapped = new Set(active);
  const watch = setInterval(() => active.forEach((r) => overlapped.add(r)), 50);
  const run = await runContained(id, join(base, "run"), ["grade", submission, "--json", "--out", outDir, "--timeout", TIMEOUT_MS], user);
  clearInterval(watch);
  await canaries.stop();
  const problems = commonProblems(run, canaries, outDir, [[submission, digest]], overlapped);
  active.delete(id);
  problems.push(...strayFiles());
  // Only meaningful when no other grader is running.
  if (active.size === 0 && !inspectorBusyBeforehand && (await portAnswers(9229))) problems.push("127.0.0.1:9229 answers after the grader exited");
  let reports: string[] = [];
  let results: { exercises?: ExerciseJson[] } | undefined;
  try {
    results = JSON.parse(run.stdout);
  } catch {
    problems.push(`stdout is not one JSON object: ${JSON.stringify(run.stdout.slice(0, 200))}`);
  }
  if (results && !Array.isArray(results.exercises)) problems.push("the results have no exercises");
  if (results?.exercises) {
    problems.push(...scoreProblems(results.exercises, g.attacks, "the submission"));
    problems.push(...breaches(results.exercises, "the submission"));
    reports = attackReports(results.exercises, g.attacks);
  } else if (run.stderr) {
    reports = [`stderr: ${run.stderr.replace(/\s+/g, " ").slice(0, 400)}`];
  }
  return { group: g, problems, reports, ms: run.endedAt - run.startedAt };
}

/** Regrades each attack of a failing group alone, to say which one did it. */
async function bisect(g: Graded, user?: string): Promise<string[]> {
  if (!process.env.SECURITY_BISECT || g.group.attacks.length < 2) return [];
  const lines: string[] = [];
  for (const attack of g.group.attacks) {
    const alone = await gradeGroup(group(`${g.group.name}~${functionOf(attack)}`, attack), user, "-bisect");
    lines.push(`alone, ${attack}: ${alone.problems.length ? alone.problems.join(" / ") : "no problem"}`);
  }
  return lines;
}

const summary: Record<string, unknown> = {};

function record(section: string, graded: Graded): void {
  summary[`${section}: ${graded.group.name}`] = { ms: graded.ms, problems: graded.problems, reports: graded.reports };
}

// ---------------------------------------------------------------------------------------------

const everyAttack = readdirSync(attacksDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(attacksDir, d.name)).filter((f) => f.endsWith(".ts")).map((f) => `${d.name}/${f.replace(/\.ts$/, "")}`));

beforeAll(async () => {
  inspectorBusyBeforehand = await portAnswers(9229);
  inspectorPoll = setInterval(() => {
    portAnswers(9229).then((open) => open && inspectorSeenAt.push(Date.now()));
  }, 100);
});

afterAll(() => {
  if (inspectorPoll) clearInterval(inspectorPoll);
  if (process.env.SECURITY_SUMMARY) writeFileSync(process.env.SECURITY_SUMMARY, `${JSON.stringify(summary, null, 2)}\n`);
  rmSync(work, { recursive: true, force: true });
});

describe("the hostile suite itself", () => {
  it("grades every attack file, each replacing a graded function it exports", () => {
    const used = new Set(singleGroups.flatMap((g) => g.attacks));
    expect(everyAttack.filter((a) => !used.has(a))).toEqual([]);
    const graded = new Set(solutionFiles().map((f) => f.replace(/\.ts$/, "")));
    for (const attack of everyAttack) {
      expect(graded.has(functionOf(attack)), attack).toBe(true);
      expect(readFileSync(join(attacksDir, `${attack}.ts`), "utf8"), attack).toMatch(new RegExp(`export function ${functionOf(attack)}\\(`));
    }
    for (const g of singleGroups) expect(new Set(g.attacks.map(functionOf)).size, g.name).toBe(g.attacks.length);
  });

  it("can contain the grader: a PID namespace of its own and nothing on the inspector port beforehand", () => {
    expect(unshare, "unshare (util-linux) is needed to contain the attacks").toBeDefined();
    expect(inspectorBusyBeforehand, "something already listens on 127.0.0.1:9229: the inspector checks cannot run").toBe(false);
  });
});

/**
 * Whether `nobody` can read this checkout (a clone in a private home folder cannot be): the
 * unprivileged pass needs it, and says so when it must be skipped.
 */
function readableByNobody(): boolean {
  if (!isRoot || !runuser) return false;
  const probe = spawnSync(runuser, ["-u", "nobody", "--", "/bin/sh", "-c", 'test -r "$1/package.json" && test -x "$1/grader"', "probe", repo], { stdio: "ignore" });
  if (probe.status !== 0) console.warn(`[security] ${repo} is not readable by nobody: the unprivileged pass is skipped`);
  return probe.status === 0;
}

describe.each([
  { who: "root", user: undefined as string | undefined, skip: !unshare },
  { who: "nobody", user: "nobody", skip: !unshare || !readableByNobody() },
])("one submission at a time through `grade`, as $who", ({ who, user, skip }) => {
  const graded = new Map<string, Graded>();

  beforeAll(async () => {
    if (skip) return;
    // A build of the grader as its owner first: an unprivileged grader cannot write grader/.build/.
    const warm = await gradeGroup(group("warm-up"), undefined, "-warm");
    if (warm.problems.length) throw new Error(`a correct submission does not grade cleanly: ${warm.problems.join("; ")}`);
    if (user) {
      const warmUser = await gradeGroup(group("warm-up"), user, `-warm-${user}`);
      if (warmUser.problems.length) throw new Error(`a correct submission does not grade cleanly as ${user}: ${warmUser.problems.join("; ")}`);
    }
    const all = await gradeAll(chosenGroups, (g) => gradeGroup(g, user));
    for (const g of all) {
      graded.set(g.group.name, g);
      record(`grade as ${who}`, g);
    }
  }, 900_000);

  it.skipIf(skip).each(chosenGroups.map((g) => [g.name, g] as const))("%s", async (_name, g) => {
    const result = graded.get(g.name)!;
    const detail = result.problems.length ? [...result.reports.map((r) => `reported ${r}`), ...(await bisect(result, user))] : [];
    expect({ problems: result.problems, detail }).toEqual({ problems: [], detail: [] });
  }, 600_000);
});

describe.skipIf(!unshare || only !== undefined)("a class through `grade-bulk`, correct students around the attackers", () => {
  const classDir = join(work, "class");
  const outDir = join(work, "bulk", "run", "out");
  const students: { id: string; group?: Group }[] = [];
  let problems: string[] = [];
  let run: Run;

  beforeAll(async () => {
    const canaries = await Canaries.start(join(work, "bulk", "canary"));
    const byName = new Map(singleGroups.map((g) => [g.name, g]));
    students.push({ id: "s00-correct" });
    bulkAttackers.forEach((name, i) => {
      students.push({ id: `s${String(2 * i + 1).padStart(2, "0")}-${name.replace(/[^A-Za-z0-9_-]/g, "_")}`, group: byName.get(name)! });
      students.push({ id: `s${String(2 * i + 2).padStart(2, "0")}-correct` });
    });
    for (const s of students) writeSubmission(join(classDir, s.id), s.group?.attacks ?? [], canaries.substitutions(s.id));
    makeReadable(classDir);
    const digest = digestOfTree(classDir);
    run = await runContained("bulk", join(work, "bulk", "run"), ["grade-bulk", classDir, "--out", outDir, "--jobs", "2", "--timeout", TIMEOUT_MS]);
    await canaries.stop();
    problems = commonProblems(run, canaries, outDir, [[classDir, digest]]);
    problems.push(...strayFiles());
    summary["grade-bulk"] = { ms: run.endedAt - run.startedAt, problems };
  }, 600_000);

  it("finishes, as if nothing happened, and keeps every secret and canary", () => {
    expect(problems).toEqual([]);
  });

  it("lists every student in the gradebook; correct students get exactly full marks, attackers lose only what they attacked", () => {
    const gradebookFile = join(outDir, "gradebook.csv");
    expect(existsSync(gradebookFile), `no gradebook; stderr: ${run?.stderr.slice(0, 500)}`).toBe(true);
    const [header, ...rows] = readFileSync(gradebookFile, "utf8").trim().split(/\r?\n/).map((l) => l.split(","));
    const column = (name: string) => header.indexOf(name);
    const found: string[] = [];
    for (const s of students) {
      const row = rows.find((r) => r[0] === s.id);
      if (!row) {
        found.push(`${s.id} is not in the gradebook`);
        continue;
      }
      const total = Number(row[column("total")]);
      const resultsFile = join(outDir, "students", s.id, "results.json");
      const exercises: ExerciseJson[] | undefined = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, "utf8")).exercises : undefined;
      if (!s.group) {
        if (row[column("status")] !== "graded" || total !== fullMarks()) found.push(`the correct ${s.id} got ${total} (${row[column("status")]})`);
        if (exercises) found.push(...scoreProblems(exercises, [], s.id));
        continue;
      }
      if (!(total < fullMarks())) found.push(`the attacker ${s.id} got ${total}`);
      if (!exercises) {
        found.push(`the attacker ${s.id} has no results (${row[column("status")]}): their correct functions were not graded`);
        continue;
      }
      found.push(...scoreProblems(exercises, s.group.attacks, s.id), ...breaches(exercises, s.id));
      summary[`grade-bulk: ${s.id}`] = attackReports(exercises, s.group.attacks);
    }
    expect(found).toEqual([]);
  });
});

describe.skipIf(!unshare)("after every run", () => {
  it("leaves nothing listening on 127.0.0.1:9229 (a connection is refused)", async () => {
    expect(inspectorBusyBeforehand || !(await portAnswers(9229))).toBe(true);
  });
});
