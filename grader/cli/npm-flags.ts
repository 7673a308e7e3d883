/**
 * `npm run grade --only x`, without the `--`, is the slip every student makes once: npm reads
 * `--only` as one of its own settings and never passes it on (npm 11 drops it as an invalid value
 * of its own `only`; unknown ones become `npm_config_<name>` variables, and their value, if any, a
 * positional argument). The grader would then silently grade everything. This module finds the
 * flags npm took, from npm's own command line (Linux's /proc) or, where that cannot be read, from
 * the variables npm set, so the command can honour them and say so.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface FlagSpec {
  type: "string" | "boolean";
  short?: string;
}

export interface NpmContext {
  env: NodeJS.ProcessEnv;
  /** npm's own command line (`node npm-cli.js run grade --only x -- DIR`), when it can be read. */
  npmArgv: string[] | undefined;
}

export interface Recovered {
  argv: string[];
  /** The flags npm took, as the student typed them: what to tell them. */
  taken: string[];
  /** Flags npm took whose value is lost: they cannot be honoured, only explained. */
  lost: string[];
}

/** Whether this process is an npm script of ours (not a grader started by another script's tests). */
export function runByNpm(env: NodeJS.ProcessEnv): boolean {
  return /grader\/cli\/launch\.mjs\b/.test(env.npm_lifecycle_script ?? "") && Boolean(env.npm_lifecycle_event);
}

/** The command line of an ancestor process that is npm: the grader's parent or the shell's parent. */
function npmAncestor(): string[] | undefined {
  let pid = process.ppid;
  for (let depth = 0; depth < 3 && pid > 1; depth++) {
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
      if (argv.some((a) => /(^|\/)npm(-cli\.js)?$/.test(a) || /^npm /.test(a))) return argv;
      // The fourth field of /proc/PID/stat is the parent's pid (the name before it is in parentheses).
      pid = Number(readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /s, "").split(" ")[1]);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * npm's arguments as it received them. npm replaces its process title with the command minus its
 * own settings ("npm run grade DIR"), so where /proc shows that title, the arguments are read from
 * the debug log npm writes as it starts (`verbose title ...`, then `verbose argv "run" "grade" ...`).
 */
export function readNpmArgv(env: NodeJS.ProcessEnv = process.env): string[] | undefined {
  const ancestor = npmAncestor();
  if (!ancestor) return undefined;
  if (!/^npm /.test(ancestor[0])) return ancestor;
  const title = ancestor.join(" ");
  const dir = env.npm_config_logs_dir || (env.npm_config_cache ? join(env.npm_config_cache, "_logs") : undefined);
  if (!dir) return undefined;
  try {
    const logs = readdirSync(dir).filter((f) => f.endsWith(".log")).sort().reverse().slice(0, 20);
    for (const log of logs) {
      const text = readFileSync(join(dir, log), "utf8").slice(0, 20_000);
      if (!text.includes(`verbose title ${title}\n`)) continue;
      const line = /verbose argv (.*)\n/.exec(text)?.[1];
      return line ? ["npm", ...[...line.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string)] : undefined;
    }
  } catch {
    // No readable log (logs-max=0, another logs-dir): the environment is all there is.
  }
  return undefined;
}

/** Our flags in `tokens` (npm's arguments before `--`), each with its value when it takes one. */
function ourFlags(tokens: readonly string[], options: Record<string, FlagSpec>): { flags: string[][]; values: string[] } {
  const flags: string[][] = [];
  const values: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = /^--([^=]+)(?:=(.*))?$/.exec(tokens[i]);
    const spec = match && options[match[1]];
    if (!match || !spec) continue;
    if (spec.type === "boolean") flags.push([`--${match[1]}`]);
    else if (match[2] !== undefined) flags.push([`--${match[1]}`, match[2]]);
    else if (i + 1 < tokens.length && !tokens[i + 1].startsWith("-")) {
      flags.push([`--${match[1]}`, tokens[i + 1]]);
      values.push(tokens[++i]);
    }
  }
  return { flags, values };
}

/** `argv` with one occurrence of each of `values` removed (npm passed them on as positionals). */
function without(argv: readonly string[], values: readonly string[]): string[] {
  const out = [...argv];
  for (const v of values) {
    const i = out.indexOf(v);
    if (i >= 0) out.splice(i, 1);
  }
  return out;
}

/** The flags npm took from the student, put back in front of what it passed on. */
export function recoverNpmFlags(argv: readonly string[], options: Record<string, FlagSpec>, context: NpmContext): Recovered {
  const none = { argv: [...argv], taken: [], lost: [] };
  if (!runByNpm(context.env)) return none;
  const npm = context.npmArgv;
  const script = npm?.indexOf(context.env.npm_lifecycle_event!) ?? -1;
  if (npm && script >= 0) {
    const rest = npm.slice(script + 1);
    const end = rest.indexOf("--");
    const { flags, values } = ourFlags(end < 0 ? rest : rest.slice(0, end), options);
    return { argv: [...flags.flat(), ...without(argv, values)], taken: flags.map((f) => f.join(" ")), lost: [] };
  }
  // npm's command line is unknown here (not Linux): what npm set in the environment.
  const flags: string[][] = [];
  const lost: string[] = [];
  for (const [name, spec] of Object.entries(options)) {
    const value = context.env[`npm_config_${name.replace(/-/g, "_")}`];
    if (value === undefined || value === "") continue;
    if (spec.type === "boolean") flags.push([`--${name}`]);
    else if (value !== "true") flags.push([`--${name}`, value]);
    else lost.push(`--${name}`);
  }
  return { argv: [...flags.flat(), ...argv], taken: flags.map((f) => f.join(" ")), lost };
}
