/**
 * `npm run merge -- OUT1 OUT2 ... --out OUT`: combines the outputs of `--shard i/n` runs (on one
 * machine or many) into one: the students' folders side by side, one journal, and the gradebook
 * and dashboard rebuilt from it, the same as a single run over the whole class would write. What
 * is merged is checked first (merge-check.ts); `mergeWhenReady` waits for this run's shards.
 */
import { cpSync, existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { loadExercises } from "../course/exercises";
import { GraderError } from "../errors";
import { writeClassFiles, type ClassFileOptions } from "./class-files";
import { Journal, JOURNAL_FILE } from "./journal";
import { checkShards, type MergeCheckOptions, type ShardCheck } from "./merge-check";
import { studentDir } from "./outputs";
import type { StudentRecord } from "./record";
import type { RosterMatch } from "./roster";
import { writeSettings } from "./run-settings";

/** The part of a journal key every student of one class run shares: grader, fixtures, time limits. */
function runSettings(key: string): string {
  return key.split("|").slice(1, 4).join("|");
}

function refuse(check: ShardCheck): never {
  throw new GraderError("usage", `cannot merge these outputs:\n  - ${check.problems.join("\n  - ")}`);
}

export interface MergeResult {
  records: StudentRecord[];
  check: ShardCheck;
  roster?: RosterMatch;
}

export function mergeOutputs(inputs: readonly string[], outDir: string, options: MergeCheckOptions & ClassFileOptions = {}): MergeResult {
  const out = resolve(outDir);
  const dirs = inputs.map((i) => resolve(i));
  if (dirs.includes(out)) throw new GraderError("usage", "is one of the outputs being merged: merge into a new folder", outDir);
  const check = checkShards(dirs, options);
  if (check.problems.length > 0) refuse(check);
  const byId = new Map<string, { record: StudentRecord; from: string }>();
  let settings: { value: string; from: string } | undefined;
  for (const input of check.use) {
    if (!existsSync(join(input, JOURNAL_FILE))) throw new GraderError("usage", `holds no ${JOURNAL_FILE}: is it the --out folder of a grade:bulk run?`, input);
    for (const record of Journal.read(input)) {
      const s = runSettings(record.key);
      settings ??= { value: s, from: input };
      if (s !== settings.value) {
        throw new GraderError("usage", `was graded with other settings than ${settings.from} (${s} versus ${settings.value}): grade every shard with the same grader, fixtures and --timeout`, input);
      }
      const seen = byId.get(record.id);
      if (seen && seen.record.key !== record.key) {
        throw new GraderError("usage", `and ${seen.from} both graded ${JSON.stringify(record.id)}, differently: give every shard the same n in --shard i/n`, input);
      }
      byId.set(record.id, { record, from: input });
    }
  }
  mkdirSync(out, { recursive: true });
  const journal = Journal.open(out);
  for (const { record, from } of byId.values()) {
    const source = studentDir(from, record.id);
    if (existsSync(source)) cpSync(source, studentDir(out, record.id), { recursive: true });
    journal.record(record);
  }
  journal.compact(new Set(byId.keys()));
  const records = journal.records();
  const roster = writeClassFiles(out, records, loadExercises(), options);
  if (check.settings) {
    const merged = { shards: check.present, missing: check.missing };
    writeSettings(out, { ...check.settings, shard: { index: 1, count: 1 }, finished: new Date().toISOString(), merged });
  }
  return { records, check, roster };
}

/**
 * Merges once every shard of this run is there and finished, checking every `pollMs` for up to
 * `waitMs`: a merge started beside its shards (a Kubernetes Job, a CI job) neither merges early
 * nor takes a previous run's files. Differences waiting cannot clear are refused at once.
 */
export async function mergeWhenReady(inputs: readonly string[], outDir: string, options: MergeCheckOptions & ClassFileOptions & { waitMs: number; pollMs?: number; onWait?: (check: ShardCheck) => void }): Promise<MergeResult> {
  const deadline = Date.now() + options.waitMs;
  for (;;) {
    const check = checkShards(inputs.map((i) => resolve(i)), options);
    if (check.problems.length === 0 || !check.mayClear || Date.now() >= deadline) return mergeOutputs(inputs, outDir, options);
    options.onWait?.(check);
    await sleep(Math.min(options.pollMs ?? 10_000, Math.max(0, deadline - Date.now())));
  }
}
