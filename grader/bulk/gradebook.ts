/**
 * OUT/gradebook.csv: one row per student, the id first, then points per function, the total, the
 * status and the content digest. Cells a spreadsheet would read as a formula (=, +, -, @, tab, CR at
 * the start: a student can name a folder "=HYPERLINK(...)") are prefixed with a quote.
 */
import type { StudentRecord } from "./record";

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
  const text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function gradebookCsv(records: readonly StudentRecord[], functionNames: readonly string[]): string {
  const header = ["student_id", ...functionNames, "total", "status", "digest"];
  const rows = records.map((r) => {
    const graded = r.status !== "failed";
    return [r.id, ...functionNames.map((f) => (graded ? (r.points[f] ?? 0) : "")), graded ? r.score : "", r.status, r.digest];
  });
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
