/**
 * The platform's download as it arrives, a .zip of the whole class (Canvas's submissions.zip,
 * Moodle's and Blackboard's archives), unpacked into the run's scratch folder so that discovery reads
 * it as the folder the teacher would have unzipped. Each name is written with its own bytes: a name
 * that is not UTF-8 (a Windows archive, no UTF-8 flag) stays the Latin-1 name it was, which
 * discovery reads as Latin-1 (names.ts), so two students never meet under one name. Every entry's
 * path is checked (zip.ts) before anything is written; the limits are a class's, not a student's.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { GraderError } from "../errors";
import { messages } from "../messages/messages";
import { decodeName } from "./names";
import { listZip, RejectedSubmission, type ZipLimits } from "./zip";

export const classZipLimits: ZipLimits = { maxEntries: 200_000, maxFileBytes: 200 << 20, maxTotalBytes: 4 * (1 << 30) };

/**
 * The bytes to name an entry by: its raw name when that is not UTF-8 and is as safe as its decoded
 * one (yauzl gives the raw name when asked not to decode; the decoded path was checked), else the
 * decoded path.
 */
function ownBytes(path: string, raw: Buffer): Buffer {
  if (decodeName(raw).utf8) return Buffer.from(path);
  const text = raw.toString("latin1");
  const safe = !text.startsWith("/") && !text.includes("\\") && !/^[A-Za-z]:/.test(text) && !text.split("/").includes("..");
  return safe ? raw : Buffer.from(path);
}

/** Unpacks `file` into `dest` (made here); returns what the teacher should know (entries ignored). */
export async function unpackClassZip(file: string, dest: string, limits: ZipLimits = classZipLimits): Promise<string[]> {
  mkdirSync(dest, { recursive: true });
  const zip = await listZip(file, limits);
  try {
    const target = (path: string, entry: { fileName: unknown }) => Buffer.concat([Buffer.from(`${dest}/`), ownBytes(path, entry.fileName as Buffer)]);
    for (const [path, entry] of zip.dirs) mkdirSync(target(path, entry), { recursive: true });
    // A NUL cannot be in a file name: such an entry is named, not unpacked (it would stop the class).
    const hasNul = (path: string, entry: { fileName: unknown }) => path.includes("\0") || (entry.fileName as Buffer).includes(0);
    const named = [...zip.files].filter(([path, entry]) => !hasNul(path, entry));
    const notes = [...zip.files].filter(([path, entry]) => hasNul(path, entry)).map(([path]) => messages.bulk.zipEntryIgnored(path, "its name holds a NUL character"));
    const targets = named.map(([path, entry]): [Buffer, string] => [target(path, entry), path]);
    await zip.writeEntries(targets);
    return [...zip.notes, ...notes];
  } finally {
    zip.close();
  }
}

export interface ClassFolder {
  /** The folder to discover. */
  dir: string;
  /** Its name as the teacher sees it (the zip's, without .zip): GitHub Classroom's prefix may be in it. */
  name: string;
  notes: string[];
  remove(): void;
}

/** The class folder given, or a .zip of it unpacked into a fresh folder under `scratch`. */
export async function openClassFolder(classDir: string, scratch: string): Promise<ClassFolder> {
  if (!(/\.zip$/i.test(classDir) && existsSync(classDir) && statSync(classDir).isFile())) {
    return { dir: classDir, name: basename(classDir), notes: [], remove: () => undefined };
  }
  const name = basename(classDir).slice(0, -4);
  const dir = join(mkdtempSync(join(scratch, "dnn-class-")), name);
  const remove = () => rmSync(dirname(dir), { recursive: true, force: true });
  try {
    return { dir, name, notes: await unpackClassZip(classDir, dir), remove };
  } catch (error) {
    remove();
    if (error instanceof RejectedSubmission) throw new GraderError("usage", `cannot be read as the class's .zip: ${error.message}`, classDir);
    throw error;
  }
}
