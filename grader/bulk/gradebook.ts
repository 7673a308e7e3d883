/**
 * OUT/gradebook.csv: one row per student: the id (the platform's) and the name beside it, points
 * per function, the total, the status, the late flag, the layout the submission came in, notes on
 * anything odd (a near file name graded, an empty submission, stubs, an older attempt ignored), and
 * the content digest. Functions' cells are empty where nothing ran. Cells a spreadsheet would read as
 * a formula (=, +, -, @, tab, CR at the start: a student can name a folder "=HYPERLINK(...)") are
 * prefixed with a quote. With a roster, a row per enrolled student without a submission (status
 * "missing") and an `on_roster` column. Written as UTF-8 with a byte order mark by default: without
 * one, Excel reads a CSV in the machine's legacy code page and garbles every accented name (with one
 * it reads UTF-8; LibreOffice, Python's csv with utf-8-sig and pandas skip it).
 */
import { unrunStatuses, type StudentRecord } from "./record";

const FORMULA_START = /^[=+\-@\t\r]/;
export const UTF8_BOM = "\uFEFF";

export function csvCell(value: string | number): string {
  const text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The notes cell: what the teacher should know about this row, most telling first. */
export function recordNotes(r: StudentRecord): string {
  return [...(r.problem ? [r.problem] : []), ...(r.renamed ?? []).map((x) => `graded ${x.from} as ${x.to}`), ...(r.notes ?? [])].join(" | ");
}

export const round2 = (x: number) => Math.round(x * 100) / 100;

export interface GradebookOptions {
  /** Start with a UTF-8 byte order mark (default true: Excel). */
  bom?: boolean;
  /** The class's total, for the rows of students without a submission. */
  maxScore?: number;
  /** With a roster: enrolled students without a submission, and the ids of submissions not on it. */
  roster?: { missing: readonly { id: string; name?: string }[]; notOnRoster: ReadonlySet<string> };
}

export function gradebookCsv(records: readonly StudentRecord[], functionNames: readonly string[], options: GradebookOptions = {}): string {
  const roster = options.roster;
  const header = ["student_id", "name", ...functionNames, "total", "max", "percent", "status", "late", "platform", "notes", ...(roster ? ["on_roster"] : []), "digest"];
  const rows: (string | number)[][] = records.map((r) => {
    const ran = !unrunStatuses.includes(r.status);
    const graded = r.status !== "failed";
    const percent = graded && r.max_score > 0 ? round2((100 * r.score) / r.max_score) : "";
    const onRoster = roster ? [roster.notOnRoster.has(r.id) ? "no" : "yes"] : [];
    const functions = functionNames.map((f) => (ran ? (r.points[f] ?? 0) : ""));
    return [r.id, r.display_name ?? "", ...functions, graded ? r.score : "", r.max_score, percent, r.status, r.late ? "late" : "", r.platform ?? "", recordNotes(r), ...onRoster, r.digest];
  });
  for (const m of roster?.missing ?? []) {
    rows.push([m.id, m.name ?? "", ...functionNames.map(() => ""), "", options.maxScore ?? "", "", "missing", "", "", "", "yes", ""]);
  }
  const text = [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
  return (options.bom ?? true ? UTF8_BOM : "") + text;
}
