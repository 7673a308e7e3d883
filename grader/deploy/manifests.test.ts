// The deployment files keep the settings the sandbox relies on outside the grader: the Kubernetes
// pods' lockdown and network policy, and bubblewrap on CI machines. Each check is also run on a copy
// with its setting removed, and must then fail. No YAML dependency: a reader of the subset those
// files use (block mappings and sequences, flow collections, block scalars, comments) is below.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const read = (path: string) => readFileSync(join(root, path), "utf8");

// ---------- a reader for the YAML subset of these files ----------

type Yaml = string | number | boolean | null | Yaml[] | { [key: string]: Yaml };
type Line = { indent: number; text: string; raw: string };

/** Removes a trailing comment: a `#` after a space, outside quoted scalars. */
function stripComment(text: string): string {
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) quote = c === quote ? "" : quote;
    else if ((c === '"' || c === "'") && (i === 0 || " [{,:".includes(text[i - 1]))) quote = c;
    else if (c === "#" && (i === 0 || text[i - 1] === " ")) return text.slice(0, i).trimEnd();
  }
  return text;
}

function scalar(text: string): Yaml {
  if (/^"(.*)"$/.test(text)) return JSON.parse(text) as string;
  if (/^'(.*)'$/.test(text)) return text.slice(1, -1).replaceAll("''", "'");
  if (text === "true" || text === "false") return text === "true";
  if (text === "" || text === "null" || text === "~") return null;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/** Parses a flow collection or scalar: `{ a: b, c: [1, 2] }`. */
function flow(text: string): Yaml {
  let at = 0;
  const space = () => {
    while (text[at] === " ") at++;
  };
  const plain = (stops: string) => {
    const start = at;
    if (text[at] === '"' || text[at] === "'") {
      const q = text[at++];
      while (at < text.length && text[at] !== q) at += text[at] === "\\" ? 2 : 1;
      at++;
    } else while (at < text.length && !stops.includes(text[at])) at++;
    return scalar(text.slice(start, at).trim());
  };
  const value = (stops: string): Yaml => {
    space();
    if (text[at] === "{") {
      const map: Record<string, Yaml> = {};
      at++;
      for (space(); text[at] !== "}"; space()) {
        const key = String(plain(",}:"));
        if (text[at] !== ":") throw new Error(`flow mapping without ':' in ${text}`);
        at++;
        map[key] = value(",}");
        space();
        if (text[at] === ",") at++;
      }
      at++;
      return map;
    }
    if (text[at] === "[") {
      const list: Yaml[] = [];
      at++;
      for (space(); text[at] !== "]"; space()) {
        list.push(value(",]"));
        space();
        if (text[at] === ",") at++;
      }
      at++;
      return list;
    }
    return plain(stops);
  };
  const result = value("");
  space();
  if (at < text.length) throw new Error(`unexpected text after a value: ${text.slice(at)}`);
  return result;
}

/** The position of a mapping's `:` (followed by a space or the end), or -1. */
function colon(text: string): number {
  if (text.startsWith("{") || text.startsWith("[") || text.startsWith('"')) return -1;
  const match = /:( |$)/.exec(text);
  return match ? match.index : -1;
}

function parseDocument(source: string): Yaml {
  const lines: Line[] = source
    .split("\n")
    .map((raw) => ({ indent: raw.search(/\S|$/), text: raw.trim(), raw }));
  let i = 0;
  const skip = () => {
    while (i < lines.length && (lines[i].text === "" || lines[i].text.startsWith("#"))) i++;
  };
  const inline = (text: string, indent: number): Yaml => {
    if (/^[|>][-+]?$/.test(text)) {
      const body: Line[] = [];
      while (i < lines.length && (lines[i].text === "" || lines[i].indent > indent)) body.push(lines[i++]);
      const base = body.find((l) => l.text !== "")?.indent ?? 0;
      return `${body.map((l) => l.raw.slice(base)).join("\n").trimEnd()}\n`;
    }
    return flow(stripComment(text));
  };
  const block = (indent: number): Yaml => {
    skip();
    if (i >= lines.length) return null;
    if (lines[i].text.startsWith("- ") || lines[i].text === "-") {
      const list: Yaml[] = [];
      for (skip(); i < lines.length && lines[i].indent === indent && lines[i].text.startsWith("-"); skip()) {
        const rest = lines[i].text.slice(1).trimStart();
        if (rest === "") {
          i++;
          skip();
          list.push(block(lines[i].indent));
        } else if (colon(stripComment(rest)) > 0) {
          lines[i] = { ...lines[i], indent: indent + lines[i].text.indexOf(rest), text: rest };
          list.push(block(lines[i].indent));
        } else {
          i++;
          list.push(inline(rest, indent));
        }
      }
      return list;
    }
    const map: Record<string, Yaml> = {};
    for (skip(); i < lines.length && lines[i].indent === indent && !lines[i].text.startsWith("- "); skip()) {
      const text = stripComment(lines[i].text);
      const at = colon(text);
      if (at <= 0) throw new Error(`expected "key: value" at line ${i + 1}: ${lines[i].text}`);
      const key = String(scalar(text.slice(0, at)));
      const rest = lines[i].text.slice(at + 1).trim();
      i++;
      if (stripComment(rest) !== "") {
        map[key] = inline(rest, indent);
        continue;
      }
      skip();
      if (i < lines.length && lines[i].indent > indent) map[key] = block(lines[i].indent);
      else if (i < lines.length && lines[i].indent === indent && lines[i].text.startsWith("- "))
        map[key] = block(indent);
      else map[key] = null;
    }
    return map;
  };
  const value = block(0);
  skip();
  if (i < lines.length) throw new Error(`unparsed line ${i + 1}: ${lines[i].text}`);
  return value;
}

const parseAll = (source: string): Yaml[] =>
  source
    .split(/^---$/m)
    .filter((doc) => doc.split("\n").some((l) => l.trim() !== "" && !l.trim().startsWith("#")))
    .map(parseDocument);

// ---------- the checks: each returns the problems it finds ----------

type Obj = Record<string, Yaml>;
const obj = (v: Yaml | undefined): Obj => (v && typeof v === "object" && !Array.isArray(v) ? v : {});
const list = (v: Yaml | undefined): Yaml[] => (Array.isArray(v) ? v : []);

function manifestProblems(source: string): string[] {
  const problems: string[] = [];
  const docs = parseAll(source).map(obj);
  const jobs = docs.filter((d) => d.kind === "Job");
  if (jobs.length < 2) problems.push("expected the shards Job and the merge Job");
  for (const job of jobs) {
    const name = String(obj(job.metadata).name);
    const pod = obj(obj(obj(job.spec).template).spec);
    const ctx = obj(pod.securityContext);
    if (pod.automountServiceAccountToken !== false) problems.push(`${name}: automountServiceAccountToken`);
    if (ctx.runAsNonRoot !== true) problems.push(`${name}: runAsNonRoot`);
    if (typeof ctx.runAsUser !== "number" || ctx.runAsUser === 0) problems.push(`${name}: runAsUser`);
    if (!["RuntimeDefault", "Localhost"].includes(String(obj(ctx.seccompProfile).type)))
      problems.push(`${name}: seccompProfile`);
    const tmpVolumes = list(pod.volumes).map(obj).filter((v) => v.emptyDir !== undefined).map((v) => v.name);
    for (const c of list(pod.containers).map(obj)) {
      const where = `${name}/${String(c.name)}`;
      const sc = obj(c.securityContext);
      if (sc.readOnlyRootFilesystem !== true) problems.push(`${where}: readOnlyRootFilesystem`);
      if (sc.allowPrivilegeEscalation !== false) problems.push(`${where}: allowPrivilegeEscalation`);
      if (!list(obj(sc.capabilities).drop).includes("ALL")) problems.push(`${where}: capabilities drop ALL`);
      if (list(obj(sc.capabilities).add).length > 0) problems.push(`${where}: capabilities added`);
      const tmp = list(c.volumeMounts).map(obj).find((m) => m.mountPath === "/tmp");
      if (!tmp || !tmpVolumes.includes(tmp.name)) problems.push(`${where}: an emptyDir on /tmp`);
    }
  }
  const policies = docs.filter((d) => d.kind === "NetworkPolicy");
  const podLabels = jobs.map((job) => obj(obj(obj(obj(job.spec).template).metadata).labels));
  const denying = policies.filter((p) => {
    const spec = obj(p.spec);
    const selector = obj(obj(spec.podSelector).matchLabels);
    const selects = (labels: Obj) => Object.entries(selector).every(([k, v]) => labels[k] === v);
    const selectsAll = podLabels.every(selects);
    const types = list(spec.policyTypes);
    return (
      selectsAll &&
      types.includes("Egress") &&
      types.includes("Ingress") &&
      list(spec.egress).length === 0 &&
      list(spec.ingress).length === 0
    );
  });
  if (denying.length === 0) problems.push("NetworkPolicy denying the job's pods all egress and ingress");
  return problems;
}

const installsBubblewrap = (script: string) =>
  /apt-get\s+install\b[^\n]*\bbubblewrap\b/.test(script.replace(/^\s*#.*$/gm, ""));

function workflowProblems(source: string): string[] {
  const problems: string[] = [];
  const jobs = obj(obj(parseAll(source)[0]).jobs);
  for (const [name, job] of Object.entries(jobs)) {
    const runs = list(obj(job).steps).map((s) => String(obj(s).run ?? ""));
    const grading = runs.findIndex((r) => /npm run grade/.test(r));
    if (grading < 0) continue;
    const before = runs.slice(0, grading);
    if (!before.some(installsBubblewrap)) problems.push(`${name}: installs bubblewrap before grading`);
    if (!before.some((r) => /sysctl -w kernel\.apparmor_restrict_unprivileged_userns=0/.test(r)))
      problems.push(`${name}: lifts Ubuntu's AppArmor restriction on user namespaces`);
  }
  const runsGrader = (job: Yaml) => list(obj(job).steps).some((s) => /npm run grade/.test(String(obj(s).run)));
  if (!Object.values(jobs).some(runsGrader)) problems.push("no job runs the grader");
  return problems;
}

function ciRunProblems(source: string): string[] {
  const problems: string[] = [];
  const code = source.replace(/^\s*#.*$/gm, "");
  const install = code.search(/apt-get\s+install\b[^\n]*\bbubblewrap\b/);
  if (install < 0) problems.push("installs bubblewrap");
  if (install > code.indexOf("npm ci")) problems.push("installs bubblewrap before npm ci");
  if (!/^\s*bwrap --version/m.test(code)) problems.push("prints bwrap --version");
  return problems;
}

/** The template filled as `envsubst '$SHARDS $RUN_ID'` fills it (docs/scale-out.md). */
function render(template: string, vars: Record<string, string>): string {
  return template.replace(/\$\{(\w+)\}|\$(\w+)/g, (whole, a: string | undefined, b: string | undefined) => vars[a ?? b!] ?? whole);
}

/** Runs a pod's `sh -c` script with the grader's command replaced by echo: the arguments it would get. */
function scriptArgs(script: string, env: Record<string, string>): string[] {
  const echoed = script.replace(/exec node \/grader\/grader\/cli\/launch\.mjs/g, "printf '%s\\n'");
  const run = spawnSync("sh", ["-c", echoed], { env: { PATH: process.env.PATH, ...env }, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim().split("\n");
}

function runProblems(template: string): string[] {
  const problems: string[] = [];
  const rendered = render(template, { SHARDS: "3", RUN_ID: "r7" });
  if (/\$\{/.test(rendered.replace(/^\s*#.*$/gm, ""))) problems.push("a variable left unfilled");
  const docs = parseAll(rendered).map(obj);
  const jobs = docs.filter((d) => d.kind === "Job");
  const shards = jobs.find((j) => obj(j.spec).completionMode === "Indexed");
  const merge = jobs.find((j) => j !== shards);
  if (!shards || !merge) return ["the shards Job and the merge Job"];
  if (obj(shards.spec).completions !== 3 || obj(shards.spec).parallelism !== 3) problems.push("completions and parallelism from SHARDS");
  for (const job of jobs) {
    if (!String(obj(job.metadata).name).includes("r7")) problems.push(`${String(obj(job.metadata).name)}: the run id in the Job's name`);
    for (const c of list(obj(obj(obj(job.spec).template).spec).containers).map(obj)) {
      if (/^node:/.test(String(c.image))) problems.push(`${String(c.name)}: the grader's image (deploy/Dockerfile), not node:`);
      const env = Object.fromEntries(list(c.env).map(obj).map((e) => [String(e.name), e.value]));
      if (env.SHARDS !== "3") problems.push(`${String(c.name)}: SHARDS from the template`);
      if (env.GRADER_RUN_ID !== "r7") problems.push(`${String(c.name)}: GRADER_RUN_ID from the template`);
    }
  }
  const script = (job: Obj) => String(list(obj(list(obj(obj(obj(job.spec).template).spec).containers)[0]).args)[0]);
  const env = { SHARDS: "3", GRADER_RUN_ID: "r7", SANDBOX_FLAGS: "" };
  const shardArgs = scriptArgs(script(shards), { ...env, JOB_COMPLETION_INDEX: "2" });
  if (!shardArgs.join(" ").includes("--out /data/out/r7/shard-3 --shard 3/3 --run-id r7")) problems.push(`the last shard's arguments: ${shardArgs.join(" ")}`);
  const mergeArgs = scriptArgs(script(merge), env);
  const expected = ["merge", "/data/out/r7/shard-1", "/data/out/r7/shard-2", "/data/out/r7/shard-3", "--out", "/data/out/r7/class", "--run-id", "r7", "--wait"];
  if (mergeArgs.slice(0, expected.length).join(" ") !== expected.join(" ")) problems.push(`the merge's arguments: ${mergeArgs.join(" ")}`);
  return problems;
}

function transferPodProblems(source: string): string[] {
  const pod = obj(parseAll(source)[0]);
  const spec = obj(pod.spec);
  const problems: string[] = [];
  if (spec.automountServiceAccountToken !== false) problems.push("automountServiceAccountToken");
  if (obj(spec.securityContext).runAsNonRoot !== true) problems.push("runAsNonRoot");
  for (const c of list(spec.containers).map(obj)) {
    const sc = obj(c.securityContext);
    if (sc.readOnlyRootFilesystem !== true || sc.allowPrivilegeEscalation !== false || !list(obj(sc.capabilities).drop).includes("ALL")) problems.push(`${String(c.name)}: locked down`);
  }
  if (obj(obj(pod.metadata).labels).app !== "dnn-grader") problems.push("the label the NetworkPolicy selects");
  return problems;
}

function workflowRunProblems(source: string): string[] {
  const doc = obj(parseAll(source)[0]);
  const problems: string[] = [];
  const jobs = obj(doc.jobs);
  if (typeof obj(doc.env).SHARDS !== "number") problems.push("SHARDS in the workflow's env");
  if (!String(obj(doc.env).GRADER_RUN_ID).includes("github.run_id")) problems.push("a run id from github.run_id");
  const code = source.replace(/^\s*#.*$/gm, "");
  if (/\/[0-9]+\b|\[1, 2/.test(code)) problems.push("a shard count written out instead of SHARDS");
  const matrix = obj(obj(obj(jobs.grade).strategy).matrix);
  if (!/fromJSON\(needs\.plan\.outputs\.shards\)/.test(String(matrix.shard))) problems.push("the matrix made from SHARDS");
  const runs = (job: string) => list(obj(jobs[job]).steps).map((s) => String(obj(s).run ?? "")).join("\n");
  if (!/--run-id "\$GRADER_RUN_ID"/.test(runs("grade"))) problems.push("grade: --run-id");
  if (!/--run-id "\$GRADER_RUN_ID"/.test(runs("merge"))) problems.push("merge: --run-id");
  return problems;
}

// ---------- the tests ----------

/** Applies one edit to the first match, failing loudly when the pattern no longer matches. */
function without(source: string, pattern: RegExp, replacement = ""): string {
  expect(source, `the file no longer contains ${pattern}`).toMatch(pattern);
  return source.replace(pattern, replacement);
}

describe("the YAML reader", () => {
  it("reads the mappings, sequences, flow collections and block scalars those files use", () => {
    const doc = parseDocument(
      [
        "a: { b: [1, x], c: { d: 'q' } }  # comment",
        "list:",
        "  - name: one",
        "    value: \"two # not a comment\"",
        "  - { name: three }",
        "same:",
        "- x",
        "script: |",
        "  echo 1",
        "  # kept",
        "flag: false",
      ].join("\n"),
    );
    expect(doc).toEqual({
      a: { b: [1, "x"], c: { d: "q" } },
      list: [{ name: "one", value: "two # not a comment" }, { name: "three" }],
      same: ["x"],
      script: "echo 1\n# kept\n",
      flag: false,
    });
  });
});

describe("deploy/k8s-indexed-job.yaml", () => {
  const manifest = read("deploy/k8s-indexed-job.yaml");

  it("locks every pod down and denies the pods all network", () => {
    expect(manifestProblems(manifest)).toEqual([]);
  });

  it.each([
    ["runAsNonRoot", /^\s*runAsNonRoot: true\n/m],
    ["readOnlyRootFilesystem", /^\s*readOnlyRootFilesystem: true\n/m],
    ["capabilities drop ALL", /^\s*capabilities: \{ drop: \[ALL\] \}\n/m],
    ["allowPrivilegeEscalation", /^\s*allowPrivilegeEscalation: false\n/m],
    ["automountServiceAccountToken", /^\s*automountServiceAccountToken: false.*\n/m],
    ["seccompProfile", /^\s*seccompProfile: .*\n/m],
    ["an emptyDir on /tmp", /^\s*- \{ name: tmp, mountPath: \/tmp \}.*\n/m],
    ["NetworkPolicy", /^\s*policyTypes: \[Ingress, Egress\]\n/m],
  ])("reports a missing %s", (name, line) => {
    expect(manifestProblems(without(manifest, line)).join("\n")).toContain(name);
  });

  it("reports the merge Job's pods when only they lose a setting", () => {
    const merge = manifest.indexOf("name: dnn-grade-${RUN_ID}-merge");
    const edited = manifest.slice(0, merge) + without(manifest.slice(merge), /^\s*runAsNonRoot: true\n/m);
    expect(manifestProblems(edited)).toEqual(["dnn-grade-${RUN_ID}-merge: runAsNonRoot"]);
  });

  it.each([
    ["an egress rule", /^( *)(policyTypes: .*)$/m, "$1$2\n$1egress: [{}]"],
    ["an ingress rule", /^( *)(policyTypes: .*)$/m, "$1$2\n$1ingress: [{}]"],
    ["no Egress type", /policyTypes: \[Ingress, Egress\]/, "policyTypes: [Ingress]"],
    ["a selector missing the pods", /matchLabels: \{ app: dnn-grader \}/, "matchLabels: { app: other }"],
    ["an added capability", /drop: \[ALL\] \}/, "drop: [ALL], add: [SYS_ADMIN] }"],
    ["runAsUser 0", /runAsUser: 10001/, "runAsUser: 0"],
    ["an Unconfined seccomp profile", /type: RuntimeDefault/, "type: Unconfined"],
  ])("reports %s", (_name, pattern, replacement) => {
    expect(manifestProblems(without(manifest, pattern, replacement))).not.toEqual([]);
  });
});

describe("one run of deploy/k8s-indexed-job.yaml", () => {
  const manifest = read("deploy/k8s-indexed-job.yaml");

  it("takes the shard count and the run id from one place each, and merges only that run's shards", () => {
    expect(runProblems(manifest)).toEqual([]);
  });

  it.each([
    ["completions written out", /completions: \$\{SHARDS\}/, "completions: 4"],
    ["the merge without --run-id", /--run-id "\$GRADER_RUN_ID" --wait/, "--wait"],
    ["outputs outside the run's folder", /out="\/data\/out\/\$GRADER_RUN_ID"/, 'out="/data/out"'],
    ["the plain node image", /image: REGISTRY\/dnn-grader:0\.1\.0 /, "image: node:20-bookworm-slim "],
  ])("reports %s", (_name, pattern, replacement) => {
    expect(runProblems(without(manifest, pattern, replacement))).not.toEqual([]);
  });

  it("has a transfer pod, locked down, for submissions in and results out", () => {
    const pod = read("deploy/k8s-transfer-pod.yaml");
    expect(transferPodProblems(pod)).toEqual([]);
    expect(transferPodProblems(without(pod, /^\s*readOnlyRootFilesystem: true\n/m))).toEqual(["transfer: locked down"]);
  });
});

describe("deploy/github-actions-shards.yml's shards", () => {
  const workflow = read("deploy/github-actions-shards.yml");

  it("come from SHARDS alone, and the merge takes this run's only", () => {
    expect(workflowRunProblems(workflow)).toEqual([]);
  });

  it.each([
    ["a matrix written out", /shard: \$\{\{ fromJSON\(needs\.plan\.outputs\.shards\) \}\}/, "shard: [1, 2, 3, 4]"],
    ["a merge without --run-id", /--out class --run-id "\$GRADER_RUN_ID"/, "--out class"],
  ])("reports %s", (_name, pattern, replacement) => {
    expect(workflowRunProblems(without(workflow, pattern, replacement))).not.toEqual([]);
  });
});

describe("deploy/Dockerfile", () => {
  const dockerfile = read("deploy/Dockerfile").replace(/^\s*#.*$/gm, "");

  it("is Node 20 with bubblewrap, the grader's bundles prebuilt, and a user that is not root", () => {
    expect(dockerfile).toMatch(/^FROM node:20[-\w]*$/m);
    expect(dockerfile).toMatch(/apt-get install[^\n]*\bbubblewrap\b/);
    expect(dockerfile).toMatch(/launch\.mjs grade-bulk --help/);
    const user = /^USER (\d+)/m.exec(dockerfile);
    expect(Number(user?.[1])).toBeGreaterThan(0);
  });
});

describe.each([".github/workflows/grade.yml", "deploy/github-actions-shards.yml"])("%s", (path) => {
  const workflow = read(path);

  it("installs bubblewrap and lets it create user namespaces before grading", () => {
    expect(workflowProblems(workflow)).toEqual([]);
  });

  it("reports a missing bubblewrap install", () => {
    const edited = without(workflow, /apt-get install -y --no-install-recommends bubblewrap/, "true");
    expect(workflowProblems(edited).join("\n")).toContain("installs bubblewrap");
  });

  it("reports a missing AppArmor workaround", () => {
    const sysctl = /sudo sysctl -w kernel\.apparmor_restrict_unprivileged_userns=0/;
    const edited = without(workflow, sysctl, "true");
    expect(workflowProblems(edited).join("\n")).toContain("AppArmor");
  });
});

describe(".ci/run", () => {
  const script = read(".ci/run");

  it("installs bubblewrap before npm ci and prints its version", () => {
    expect(ciRunProblems(script)).toEqual([]);
  });

  it.each([
    ["installs bubblewrap", /apt-get install -y -qq --no-install-recommends bubblewrap/, "true"],
    ["prints bwrap --version", /^\s*bwrap --version\n/m, ""],
  ])("reports when it no longer %s", (name, pattern, replacement) => {
    expect(ciRunProblems(without(script, pattern, replacement)).join("\n")).toContain(name);
  });

  it("reports an install that comes after npm ci", () => {
    const install = /^if ! command -v bwrap[\s\S]*?^fi\n/m;
    const block = script.match(install)?.[0] ?? "";
    const moved = without(script, install).replace(/^npm ci .*\n/m, (line) => line + block);
    expect(ciRunProblems(moved).join("\n")).toContain("before npm ci");
  });
});
