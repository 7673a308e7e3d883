/**
 * For tests and benchmarks: writes .zip files the way learning platforms export them, and the
 * hostile ones they should never export (entries named "../x.ts", symbolic links). Deflated, no zip64.
 */
import { writeFileSync } from "node:fs";
import { crc32, deflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  /**
   * The name's bytes as a Windows archiver writes them (Latin-1 or CP437), without the UTF-8 flag;
   * `name` is then only for the test's own reading.
   */
  rawName?: Buffer;
  /** With rawName: set the UTF-8 flag all the same, as some archivers do whatever the bytes. */
  utf8Flag?: boolean;
  data?: string | Buffer;
  /** Makes the entry a symbolic link to this target (unix mode in the external attributes). */
  symlinkTo?: string;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

export function zipBytes(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = e.rawName ?? Buffer.from(e.name, "utf8");
    const raw = Buffer.from(e.symlinkTo ?? e.data ?? "");
    const packed = deflateRawSync(raw);
    const mode = e.symlinkTo !== undefined ? 0o120777 : e.name.endsWith("/") ? 0o040755 : 0o100644;
    const common = [u16(20), u16(e.rawName && !e.utf8Flag ? 0 : 0x0800), u16(8), u16(0), u16(0x21), u32(crc32(raw)), u32(packed.length), u32(raw.length), u16(name.length), u16(0)];
    const local = Buffer.concat([u32(0x04034b50), ...common, name, packed]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16((3 << 8) | 20), ...common, u16(0), u16(0), u16(0), u32(mode << 16), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(directory.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, directory, end]);
}

export function writeZip(file: string, entries: readonly ZipEntry[]): void {
  writeFileSync(file, zipBytes(entries));
}
