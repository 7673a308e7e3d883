/**
 * File names as bytes. A class exported on Windows and unzipped on Linux holds folder and file names
 * that are not UTF-8 (Latin-1 or the zip's CP437 bytes, written as they were). Node reads such a
 * name as text with U+FFFD in place of each bad byte: two students "Jos\xe9" and "Jos\xe8" would
 * both read "Jos\ufffd", collapse into one row, and their folders could not be opened by that name.
 * So names are read as bytes, decoded here (UTF-8 when valid, else Latin-1, which maps every byte to
 * its own character), and files are opened by their bytes.
 */
import { readdirSync, type Dirent } from "node:fs";

const utf8 = new TextDecoder("utf-8", { fatal: true });

export interface DecodedName {
  text: string;
  /** False when the bytes were not UTF-8 and were read as Latin-1. */
  utf8: boolean;
}

export function decodeName(bytes: Buffer): DecodedName {
  try {
    return { text: utf8.decode(bytes), utf8: true };
  } catch {
    return { text: bytes.toString("latin1"), utf8: false };
  }
}

/** A path under `dir` (a path as bytes or text), as bytes: what fs opens whatever the names' encoding. */
export function childPath(dir: string | Buffer, name: Buffer): Buffer {
  const base = typeof dir === "string" ? Buffer.from(dir) : dir;
  return Buffer.concat([base, Buffer.from("/"), name]);
}

export interface NamedEntry {
  /** The name as text (see decodeName). */
  name: string;
  utf8: boolean;
  /** The path to open, as bytes. */
  path: Buffer;
  dirent: Dirent<Buffer>;
}

/** The entries of a folder, each with its decoded name and the path fs opens. */
export function readNamedEntries(dir: string | Buffer): NamedEntry[] {
  return readdirSync(dir, { withFileTypes: true, encoding: "buffer" }).map((dirent) => {
    const { text, utf8: valid } = decodeName(dirent.name);
    return { name: text, utf8: valid, path: childPath(dir, dirent.name), dirent };
  });
}
