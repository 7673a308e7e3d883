/**
 * Reads a student's .zip safely, with yauzl: only the entries the grader chose are extracted, each
 * under a flat name inside the staging folder, so no entry's path (absolute, "..", backslashes) ever
 * decides where a file is written. Symbolic links are ignored; the number of entries and the size
 * of each file and of all of them are capped, counted on the bytes actually inflated.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import yauzl from "yauzl";
import { messages } from "../messages/messages";
import { decodeName } from "./names";

export interface ZipLimits {
  maxEntries: number;
  maxFileBytes: number;
  maxTotalBytes: number;
}

export const defaultZipLimits: ZipLimits = { maxEntries: 5000, maxFileBytes: 1 << 20, maxTotalBytes: 20 << 20 };

/** A submission the grader refuses as a whole (unreadable, over the limits): a student outcome, not a grader fault. */
export class RejectedSubmission extends Error {}

const UTF8_FLAG = 0x800;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

type Entry = yauzl.Entry;

const lowLevel = yauzl as unknown as {
  getFileNameLowLevel(flags: number, raw: Buffer, extraFields: Entry["extraFields"], strict: boolean): string;
};

/**
 * An entry's name: UTF-8 when its bytes are UTF-8, flagged or not (Info-ZIP and macOS write UTF-8
 * without the flag), else CP437 as the zip format says, one character per byte, so that no two names
 * of a Windows zip (Latin-1 or CP437 bytes, no flag) read the same. yauzl still prefers an Info-ZIP
 * Unicode path field where there is one.
 */
function entryName(entry: Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  const flags = decodeName(raw).utf8 ? entry.generalPurposeBitFlag | UTF8_FLAG : entry.generalPurposeBitFlag & ~UTF8_FLAG;
  return lowLevel.getFileNameLowLevel(flags, raw, entry.extraFields, false);
}

function open(file: string | Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // decodeStrings: false lets one bad name skip that entry instead of aborting the whole zip;
    // each name is then decoded and validated here.
    // yauzl hands the path to fs.open, which takes a name as bytes (names.ts) as well as text.
    yauzl.open(file as string, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }, (error, zip) =>
      error ? reject(new RejectedSubmission(messages.bulk.zipUnreadable(error.message))) : resolve(zip),
    );
  });
}

export interface ZipListing {
  /** Entry path -> entry, for the regular files whose names are safe. */
  files: Map<string, Entry>;
  /** Folder entries ("week4/"), safe names only: an empty folder is a student too, in a class's zip. */
  dirs: Map<string, Entry>;
  notes: string[];
  close(): void;
  /** Writes the chosen entries, `{ name in dir (may hold a subfolder) -> entry path }`, into `dir`. */
  extract(chosen: Map<string, string>, dir: string): Promise<void>;
  /** Writes each `[target path (text or bytes), entry path]`: for a class's zip unpacked with its names' own bytes. */
  writeEntries(targets: readonly (readonly [string | Buffer, string])[]): Promise<void>;
}

/** The folder a path (text or bytes) is in. */
function parentOf(path: string | Buffer): string | Buffer {
  if (typeof path === "string") return dirname(path);
  const slash = path.lastIndexOf(0x2f);
  return slash > 0 ? path.subarray(0, slash) : Buffer.from(".");
}

export async function listZip(file: string | Buffer, limits: ZipLimits = defaultZipLimits): Promise<ZipListing> {
  const zip = await open(file);
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new RejectedSubmission(messages.bulk.zipTooManyEntries(zip.entryCount, limits.maxEntries));
  }
  const files = new Map<string, Entry>();
  const dirs = new Map<string, Entry>();
  const notes: string[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on("error", (error: Error) => reject(new RejectedSubmission(messages.bulk.zipUnreadable(error.message))));
    zip.on("end", () => resolve());
    zip.on("entry", (entry: Entry) => {
      const name = entryName(entry);
      const unsafe = yauzl.validateFileName(name);
      const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
      if (unsafe) notes.push(messages.bulk.zipEntryIgnored(name, "its path would leave the submission's folder"));
      else if (mode === S_IFLNK) notes.push(messages.bulk.zipEntryIgnored(name, "it is a symbolic link"));
      else if (!name.endsWith("/")) files.set(name, entry);
      else dirs.set(name, entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
  let total = 0;
  /** Writes each `[target path, entry path]`, the target's folder made first; counted against the limits. */
  async function writeEntries(targets: readonly (readonly [string | Buffer, string])[]): Promise<void> {
    for (const [target, path] of targets) {
      const entry = files.get(path)!;
      if (entry.uncompressedSize > limits.maxFileBytes) {
        throw new RejectedSubmission(messages.bulk.fileTooBig(path, limits.maxFileBytes));
      }
      const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
        zip.openReadStream(entry, (error, s) => (error ? reject(new RejectedSubmission(messages.bulk.zipUnreadable(error.message))) : resolve(s))),
      );
      // Inflated in memory (the files are small, and a stream to disk per file costs more than the
      // inflating); what is counted is what was inflated, not what the header claims.
      const chunks: Buffer[] = [];
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          total += chunk.length;
          if (total > limits.maxTotalBytes) throw new RejectedSubmission(messages.bulk.zipTooBig(limits.maxTotalBytes));
          chunks.push(chunk);
        }
        mkdirSync(parentOf(target), { recursive: true });
        writeFileSync(target, Buffer.concat(chunks), { flag: "wx" });
      } catch (error) {
        (stream as NodeJS.ReadableStream & { destroy?(): void }).destroy?.();
        throw error instanceof RejectedSubmission ? error : new RejectedSubmission(messages.bulk.zipUnreadable((error as Error).message));
      }
    }
  }
  return {
    files,
    dirs,
    notes,
    close: () => zip.close(),
    extract: (chosen, dir) => writeEntries([...chosen].map(([flat, path]): [string, string] => [join(dir, flat), path])),
    writeEntries,
  };
}
