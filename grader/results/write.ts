/**
 * Writes files into the output folder atomically: each is written beside its final name and
 * renamed into place, so a reader (or a killed run) never sees half a results file.
 */
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Results } from "./types";

export function writeAtomically(file: string, text: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

export function writeResults(outDir: string, results: Results): string {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, "results.json");
  writeAtomically(file, JSON.stringify(results, null, 2) + "\n");
  return file;
}
