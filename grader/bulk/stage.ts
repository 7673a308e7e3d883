/**
 * Stages a submission for grading: the chosen files (choose-files.ts) copied or extracted into a
 * fresh flat folder of the grader's, so the grader never reads the class folder while grading and
 * a zip is never extracted anywhere but there. The digest of the staged files is the submission's
 * content digest, the same whether it arrived as a folder or a zip.
 */
import { copyFileSync, lstatSync, mkdirSync, readdirSync, rmdirSync, rmSync, unlinkSync } from "node:fs";
import { join, posix } from "node:path";
import { messages } from "../messages/messages";
import { chooseFiles } from "./choose-files";
import type { SubmissionEntry } from "./discover";
import { defaultZipLimits, listZip, RejectedSubmission, type ZipLimits } from "./zip";

export interface Staged {
  dir: string;
  /** What the student should know about how their files were found, for the results' warnings. */
  notes: string[];
  remove(): void;
}

/** Regular files under `root` (posix, relative), without following links, within the zip limits. */
function listFolder(root: string, limits: ZipLimits): { paths: string[]; notes: string[] } {
  const paths: string[] = [];
  const notes: string[] = [];
  const walk = (rel: string, depth: number) => {
    for (const d of readdirSync(join(root, rel), { withFileTypes: true })) {
      const path = rel ? posix.join(rel, d.name) : d.name;
      if (d.isSymbolicLink()) notes.push(messages.bulk.linkIgnored(path));
      else if (d.isDirectory() && depth < 12) walk(path, depth + 1);
      else if (d.isFile()) paths.push(path);
      if (paths.length > limits.maxEntries) throw new RejectedSubmission(messages.bulk.tooManyFiles(limits.maxEntries));
    }
  };
  walk("", 0);
  return { paths, notes };
}

/**
 * Removes a staged folder: flat, made here, so a file at a time (rmSync's recursive walk costs
 * several times more, once per student); anything unexpected falls back to it.
 */
function removeFlat(dir: string): void {
  try {
    for (const name of readdirSync(dir)) unlinkSync(join(dir, name));
    rmdirSync(dir);
  } catch {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function stageSubmission(entry: SubmissionEntry, workDir: string, gradedNames: readonly string[], limits: ZipLimits = defaultZipLimits): Promise<Staged> {
  if (entry.problem) throw new RejectedSubmission(entry.problem);
  const dir = join(workDir, "staged", encodeURIComponent(entry.id));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const remove = () => removeFlat(dir);
  try {
    if (entry.kind === "zip") {
      const zip = await listZip(entry.path, limits);
      try {
        const choice = chooseFiles([...zip.files.keys()], gradedNames);
        await zip.extract(choice.files, dir);
        return { dir, notes: [...zip.notes, ...choice.notes], remove };
      } finally {
        zip.close();
      }
    }
    const listing = listFolder(entry.path, limits);
    const choice = chooseFiles(listing.paths, gradedNames);
    let total = 0;
    for (const [flat, path] of choice.files) {
      const size = lstatSync(join(entry.path, path)).size;
      if (size > limits.maxFileBytes) throw new RejectedSubmission(messages.bulk.fileTooBig(path, limits.maxFileBytes));
      total += size;
      if (total > limits.maxTotalBytes) throw new RejectedSubmission(messages.bulk.zipTooBig(limits.maxTotalBytes));
      copyFileSync(join(entry.path, path), join(dir, flat));
    }
    return { dir, notes: [...listing.notes, ...choice.notes], remove };
  } catch (error) {
    remove();
    throw error;
  }
}
