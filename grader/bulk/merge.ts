/**
 * `npm run merge -- OUT1 OUT2 ... --out OUT`: combines the outputs of `--shard i/n` runs (on one
 * machine or many) into one: the students' folders side by side, one journal, and the gradebook
 * and dashboard rebuilt from it, the same as a single run over the whole class would write.
 */
import { cpSync, existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadExercises } from "../course/exercises";
import { GraderError } from "../errors";
import { writeClassFiles } from "./class-files";
import { Journal, JOURNAL_FILE } from "./journal";
import { studentDir } from "./outputs";
import type { StudentRecord } from "./record";

/** The part of a journal key every student of one class run shares: grader, fixtures, time limits. */
function runSettings(key: string): string {
  return key.split("|").slice(1, 4).join("|");
}

export function mergeOutputs(inputs: readonly string[], outDir: string): StudentRecord[] {
  const out = resolve(outDir);
  const byId = new Map<string, { record: StudentRecord; from: string }>();
  let settings: { value: string; from: string } | undefined;
  for (const input of inputs.map((i) => resolve(i))) {
    if (input === out) throw new GraderError("usage", "is one of the outputs being merged: merge into a new folder", outDir);
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
  writeClassFiles(out, records, loadExercises());
  return records;
}
