/**
 * Stages a submission for grading: its sources (a folder, a .zip, a platform's flat files, a zip
 * inside a folder as Moodle often delivers it) listed as one tree, the chosen files
 * (choose-files.ts) copied or extracted into a fresh folder of the grader's, so the grader never
 * reads the class folder while grading and a zip is never extracted anywhere but there. The digest of
 * the staged files is the submission's content digest, the same whether it arrived as a folder or a zip.
 */
import { copyFileSync, lstatSync, mkdirSync, readdirSync, rmdirSync, rmSync, unlinkSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { messages } from "../messages/messages";
import { chooseFiles, isTypeScript, skippedPath } from "./choose-files";
import type { SubmissionEntry, SubmissionSource } from "./discover";
import { readNamedEntries } from "./names";
import { defaultZipLimits, listZip, RejectedSubmission, type ZipLimits, type ZipListing } from "./zip";

/** What the submission holds, before any choice: for the statuses of empty and TypeScript-less submissions. */
export interface Contents {
  /** Files other than platform and tooling debris (__MACOSX, dot files, node_modules). */
  files: string[];
  typescript: number;
}

export interface Staged {
  dir: string;
  /** What the student should know about how their files were found, for the results' warnings. */
  notes: string[];
  renamed: { from: string; to: string }[];
  /** The exercises whose file was found (exactly or by a near name). */
  exercises: string[];
  contents: Contents;
  remove(): void;
}

/** Where a listed file's bytes are: a file on disk (its path as bytes), or an entry of an open zip. */
type Origin = { disk: Buffer } | { zip: ZipListing; entry: string };

interface Tree {
  files: Map<string, Origin>;
  notes: string[];
  zips: ZipListing[];
}

function add(tree: Tree, path: string, origin: Origin): void {
  if (!tree.files.has(path)) tree.files.set(path, origin);
}

async function addZip(tree: Tree, file: Buffer, prefix: string, limits: ZipLimits): Promise<void> {
  const zip = await listZip(file, limits);
  tree.zips.push(zip);
  tree.notes.push(...zip.notes);
  for (const entry of zip.files.keys()) add(tree, prefix ? posix.join(prefix, entry) : entry, { zip, entry });
}

/** Regular files under a folder, without following links, zips in it opened in place. */
async function addFolder(tree: Tree, root: Buffer, limits: ZipLimits): Promise<void> {
  const found: { rel: string; path: Buffer }[] = [];
  const walk = (dir: Buffer, rel: string, depth: number) => {
    for (const e of readNamedEntries(dir)) {
      const path = rel ? posix.join(rel, e.name) : e.name;
      if (e.dirent.isSymbolicLink()) tree.notes.push(messages.bulk.linkIgnored(path));
      else if (e.dirent.isDirectory() && depth < 12) walk(e.path, path, depth + 1);
      else if (e.dirent.isFile()) found.push({ rel: path, path: e.path });
      if (found.length > limits.maxEntries) throw new RejectedSubmission(messages.bulk.tooManyFiles(limits.maxEntries));
    }
  };
  walk(root, "", 0);
  // In name order, so that which of two same-named files wins never depends on the file system's order.
  for (const f of found.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))) {
    if (/\.zip$/i.test(f.rel) && !skippedPath(f.rel)) await addZip(tree, f.path, posix.dirname(f.rel) === "." ? "" : posix.dirname(f.rel), limits);
    else add(tree, f.rel, { disk: f.path });
  }
}

async function addSource(tree: Tree, source: SubmissionSource, limits: ZipLimits): Promise<void> {
  if (source.kind === "folder") return addFolder(tree, source.path, limits);
  const name = source.as || source.path.toString("latin1");
  if (/\.zip$/i.test(name)) return addZip(tree, source.path, "", limits);
  add(tree, source.as, { disk: source.path });
}

/** Removes a staged folder: a file at a time where it is flat (rmSync's walk costs more, once per student). */
function removeStaged(dir: string): void {
  try {
    for (const name of readdirSync(dir)) unlinkSync(join(dir, name));
    rmdirSync(dir);
  } catch {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function writeChosen(tree: Tree, chosen: Map<string, string>, dir: string, limits: ZipLimits): Promise<void> {
  let total = 0;
  const byZip = new Map<ZipListing, Map<string, string>>();
  for (const [flat, path] of chosen) {
    const origin = tree.files.get(path)!;
    if ("zip" in origin) {
      byZip.set(origin.zip, (byZip.get(origin.zip) ?? new Map()).set(flat, origin.entry));
      continue;
    }
    const size = lstatSync(origin.disk).size;
    if (size > limits.maxFileBytes) throw new RejectedSubmission(messages.bulk.fileTooBig(path, limits.maxFileBytes));
    total += size;
    if (total > limits.maxTotalBytes) throw new RejectedSubmission(messages.bulk.zipTooBig(limits.maxTotalBytes));
    mkdirSync(dirname(join(dir, flat)), { recursive: true });
    copyFileSync(origin.disk, join(dir, flat));
  }
  for (const [zip, files] of byZip) await zip.extract(files, dir);
}

export async function stageSubmission(entry: SubmissionEntry, workDir: string, gradedNames: readonly string[], limits: ZipLimits = defaultZipLimits): Promise<Staged> {
  if (entry.problem) throw new RejectedSubmission(entry.problem);
  const dir = join(workDir, "staged", encodeURIComponent(entry.id));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const remove = () => removeStaged(dir);
  const tree: Tree = { files: new Map(), notes: [], zips: [] };
  try {
    for (const source of entry.sources) await addSource(tree, source, limits);
    const paths = [...tree.files.keys()];
    const choice = chooseFiles(paths, gradedNames);
    await writeChosen(tree, choice.files, dir, limits);
    const files = paths.filter((p) => !skippedPath(p));
    const exercises = gradedNames.filter((n) => choice.files.has(`${n}.ts`));
    return { dir, notes: [...tree.notes, ...choice.notes], renamed: choice.renamed, exercises, contents: { files, typescript: files.filter(isTypeScript).length }, remove };
  } catch (error) {
    remove();
    throw error;
  } finally {
    for (const zip of tree.zips) zip.close();
  }
}
