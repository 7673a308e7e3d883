/**
 * The bulk run's journal, OUT/journal.jsonl: one JSON line per graded student, appended once the
 * student's files are written. A run killed at any moment (kill -9 included) leaves at worst one
 * torn last line, which is dropped; re-running skips every student whose line matches the current
 * key and grades the rest, so each student ends up recorded exactly once.
 */
import { appendFileSync, existsSync, readFileSync, truncateSync } from "node:fs";
import { join } from "node:path";
import { writeAtomically } from "../results/write";
import type { StudentRecord } from "./record";

export const JOURNAL_FILE = "journal.jsonl";

export class Journal {
  private readonly latest = new Map<string, StudentRecord>();

  private constructor(readonly file: string) {}

  /** Reads OUT/journal.jsonl if there is one; a torn last line is cut off before anything is appended. */
  static open(outDir: string): Journal {
    const journal = new Journal(join(outDir, JOURNAL_FILE));
    const complete = journal.load();
    if (complete !== undefined && complete.length < readFileSync(journal.file, "utf8").length) {
      truncateSync(journal.file, Buffer.byteLength(complete));
    }
    return journal;
  }

  /** The records of another run's journal (a shard's, for merge), leaving the file as it is. */
  static read(outDir: string): StudentRecord[] {
    const journal = new Journal(join(outDir, JOURNAL_FILE));
    journal.load();
    return journal.records();
  }

  /** Loads the complete lines and returns their text (undefined when there is no journal yet). */
  private load(): string | undefined {
    if (!existsSync(this.file)) return undefined;
    const text = readFileSync(this.file, "utf8");
    const complete = text.slice(0, text.lastIndexOf("\n") + 1);
    for (const line of complete.split("\n")) {
      if (line) {
        const record = JSON.parse(line) as StudentRecord;
        this.latest.set(record.id, record);
      }
    }
    return complete;
  }

  get(id: string): StudentRecord | undefined {
    return this.latest.get(id);
  }

  /** One write of one line: a kill can tear it, never interleave it with another. */
  record(record: StudentRecord): void {
    appendFileSync(this.file, JSON.stringify(record) + "\n");
    this.latest.set(record.id, record);
  }

  records(): StudentRecord[] {
    return [...this.latest.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /**
   * Rewrites the journal with one line per student (the latest) among `ids`, atomically: students
   * no longer in the class folder (or in this shard) leave it, so a merge of shards never sees them.
   */
  compact(ids: ReadonlySet<string>): void {
    for (const id of this.latest.keys()) if (!ids.has(id)) this.latest.delete(id);
    writeAtomically(this.file, this.records().map((r) => JSON.stringify(r) + "\n").join(""));
  }
}
