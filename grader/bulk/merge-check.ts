/**
 * What `merge` checks before it combines shard outputs: each was graded by a finished run of this
 * grader, with one hidden-case setting, one shard count and one run id, and together they are
 * every shard i of n, each once. A missing or unfinished shard is refused unless the teacher says
 * a partial merge is meant; the other differences always are (their grades do not compare).
 */
import { basename } from "node:path";
import { readSettings, SETTINGS_FILE, type RunSettings } from "./run-settings";

export interface MergeCheckOptions {
  /** Only shards of this run (their --run-id); without it, the shards must agree among themselves. */
  runId?: string;
  /** Merge what there is: missing or unfinished shards are named, not refused. */
  partial?: boolean;
}

export interface ShardCheck {
  /** Problems that refuse the merge. */
  problems: string[];
  /** Whether waiting could clear them (a shard not there yet, not finished, of a previous run). */
  mayClear: boolean;
  /** The shard count, the shards present and those missing. */
  count: number;
  present: number[];
  missing: number[];
  settings: RunSettings | undefined;
  /** The outputs to merge. */
  use: string[];
}

function distinct<T>(inputs: { dir: string; s: RunSettings }[], of: (s: RunSettings) => T): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const { dir, s } of inputs) groups.set(JSON.stringify(of(s)), [...(groups.get(JSON.stringify(of(s))) ?? []), basename(dir)]);
  return groups;
}

const listGroups = (groups: Map<string, string[]>) => [...groups].map(([value, dirs]) => `${dirs.join(", ")}: ${value}`).join("; ");

export function checkShards(dirs: readonly string[], options: MergeCheckOptions = {}): ShardCheck {
  const problems: string[] = [];
  let mayClear = false;
  let fatal = false;
  const read: { dir: string; s: RunSettings }[] = [];
  for (const dir of dirs) {
    const s = readSettings(dir);
    if (!s && options.partial) continue;
    if (!s) {
      problems.push(`${dir} holds no ${SETTINGS_FILE}: not a grade:bulk output yet (still starting?), or graded by an older grader`);
      mayClear = true;
    } else read.push({ dir, s });
  }
  const wrongRun = options.runId === undefined ? [] : read.filter((r) => r.s.run_id !== options.runId);
  for (const r of wrongRun) problems.push(`${r.dir} was graded by run ${JSON.stringify(r.s.run_id)}, not ${JSON.stringify(options.runId)} (a previous run's files?)`);
  if (wrongRun.length > 0) mayClear = true;
  const same = read.filter((r) => !wrongRun.includes(r));
  const checks: [string, (s: RunSettings) => unknown, string][] = [
    ["hidden-case settings (course secret fingerprints)", (s) => s.hidden, "grade every shard with the same GRADER_SECRET"],
    ["grader versions", (s) => s.grader, "grade every shard with the same grader"],
    ["shard counts", (s) => s.shard.count, "give every shard the same n in --shard i/n"],
    ["run ids", (s) => s.run_id, "give every shard of one grading the same --run-id"],
  ];
  for (const [what, of, fix] of checks) {
    const groups = distinct(same, of);
    if (groups.size > 1) fatal = true;
    if (groups.size > 1) problems.push(`the shards differ in their ${what} (${listGroups(groups)}): ${fix}`);
  }
  const count = same[0]?.s.shard.count ?? 0;
  const byIndex = new Map<number, string[]>();
  for (const r of same) byIndex.set(r.s.shard.index, [...(byIndex.get(r.s.shard.index) ?? []), r.dir]);
  for (const [index, twice] of byIndex) if (twice.length > 1) (fatal = true), problems.push(`shard ${index}/${count} is given twice: ${twice.join(", ")}`);
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  const unfinished = same.filter((r) => r.s.finished === null);
  if (!options.partial) {
    if (missing.length > 0) {
      problems.push(`shard${missing.length > 1 ? "s" : ""} ${missing.join(", ")} of ${count} ${missing.length > 1 ? "are" : "is"} missing: give every shard's output, or --partial to merge without ${missing.length > 1 ? "them" : "it"}`);
    }
    for (const r of unfinished) problems.push(`${r.dir} did not finish (still running, or stopped: run it again to finish), or --partial to merge it as it is`);
    if (missing.length > 0 || unfinished.length > 0) mayClear = true;
  }
  return { problems, mayClear: mayClear && !fatal, count, present: [...byIndex.keys()].sort((a, b) => a - b), missing, settings: same[0]?.s, use: same.map((r) => r.dir) };
}
