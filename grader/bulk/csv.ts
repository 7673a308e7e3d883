/**
 * CSV as platforms export it (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes),
 * read losslessly: each record keeps the raw text of every cell and its line ending, so a file
 * written back with one column filled is byte for byte the original everywhere else, whatever
 * quoting style the platform used. A UTF-8 byte order mark is kept aside and written back.
 */

export interface CsvRecord {
  /** The cells' values, unquoted. */
  cells: string[];
  /** The cells as written in the file, quotes included. */
  raw: string[];
  /** The line ending after the record ("\r\n", "\n", or "" at the end of the file). */
  end: string;
}

export interface CsvFile {
  bom: boolean;
  records: CsvRecord[];
}

const BOM = "\uFEFF";

/** Parses `text`; throws an Error naming the line of an unterminated quoted cell. */
export function parseCsv(text: string): CsvFile {
  const bom = text.startsWith(BOM);
  const s = bom ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let at = 0;
  let line = 1;
  while (at < s.length) {
    const cells: string[] = [];
    const raw: string[] = [];
    let end = "";
    for (;;) {
      const start = at;
      let value = "";
      if (s[at] === '"') {
        at++;
        for (;;) {
          if (at >= s.length) throw new Error(`line ${line}: a quoted cell is never closed`);
          if (s[at] === '"' && s[at + 1] === '"') (value += '"'), (at += 2);
          else if (s[at] === '"') break;
          else {
            if (s[at] === "\n") line++;
            value += s[at++];
          }
        }
        at++;
        // Text after the closing quote (not RFC 4180, but seen): kept in the value as it stands.
        while (at < s.length && s[at] !== "," && s[at] !== "\n" && s[at] !== "\r") value += s[at++];
      } else {
        while (at < s.length && s[at] !== "," && s[at] !== "\n" && s[at] !== "\r") at++;
        value = s.slice(start, at);
      }
      cells.push(value);
      raw.push(s.slice(start, at));
      if (s[at] === ",") {
        at++;
        continue;
      }
      if (s[at] === "\r" && s[at + 1] === "\n") end = "\r\n";
      else if (s[at] === "\r" || s[at] === "\n") end = s[at];
      at += end.length;
      line++;
      break;
    }
    records.push({ cells, raw, end });
  }
  return { bom, records };
}

/** Writes `file` back: every raw cell as it was read (or as set by `setCell`). */
export function formatCsv(file: CsvFile): string {
  return (file.bom ? BOM : "") + file.records.map((r) => r.raw.join(",") + r.end).join("");
}

/** A value as a cell: quoted when it holds a separator, a quote or a line break. */
export function quoteCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Sets cell `index` of `record` (appending empty cells up to it), leaving every other cell's text as
 * it was; `quoted`: in quotes whatever it holds (files whose readers want every cell quoted).
 */
export function setCell(record: CsvRecord, index: number, value: string, quoted = false): void {
  while (record.cells.length <= index) {
    record.cells.push("");
    record.raw.push("");
  }
  record.cells[index] = value;
  record.raw[index] = quoted ? `"${value.replace(/"/g, '""')}"` : quoteCell(value);
}
