/**
 * Grades back into the platform, as files its own import takes:
 *  - canvas-import.csv: Canvas's gradebook import, the identifying columns of its export (Student,
 *    ID, SIS User ID, SIS Login ID, Section) and one assignment column. Canvas matches rows by ID
 *    (else SIS User ID, SIS Login ID), creates an assignment for a column without "(id)" and takes
 *    its points from the "Points Possible" row; it ignores read-only columns (Instructor Guide, "How
 *    do I import grades in the Gradebook?", not at hand when this was written; checked against the
 *    university guides that restate it:
 *    https://teaching.resources.osu.edu/toolsets/carmencanvas/guides/calculating-final-grades/import-csv-file-carmen-grades,
 *    https://ts.vcu.edu/askit/teaching-and-learning/canvas/faculty/grading-faculty/gradebook-action-menu-faculty/);
 *  - moodle-import.csv: Moodle's CSV grade import, an identifier column and a grade column; at
 *    import, "Map from" the identifier column "Map to" useremail, useridnumber or username, and the
 *    grade column to the grade item (https://docs.moodle.org/en/Grade_import, "CSV grade import");
 *  - roster-import.csv: the round trip, the roster the teacher exported (Canvas's or Moodle's
 *    gradebook, whose import format is its export format) written back byte for byte, with this
 *    assignment's column filled (or added) and nothing else changed.
 * A grade is the submission's points (out of the class's total); a student without one, or whose
 * submission could not be graded, gets an empty cell: both platforms leave an empty cell's grade as
 * it is, and the gradebook and the dashboard name those students for the teacher to decide.
 */
import { formatCsv, quoteCell, setCell, type CsvFile } from "./csv";
import { csvCell } from "./gradebook";
import type { StudentRecord } from "./record";
import { BLACKBOARD_ITEM, type Roster, type RosterMatch, type RosterRow } from "./roster";

const gradeOf = (r: StudentRecord | undefined): string => (r && r.status !== "failed" ? String(r.score) : "");
const lower = (s: string) => s.trim().toLowerCase();
const bare = (h: string) => h.trim().replace(/\s+\(\d+\)$/, "");
const moodleItem = (h: string) => h.trim().replace(/\s+\((Real|Percentage|Letter)\)$/, "").replace(/^[^:]+:\s*/, "");

/**
 * The roster's column for `assignment`: its exact name, Canvas's "Name (id)", Moodle's "Assignment:
 * Name (Real)", Blackboard's "Name [Total Pts: N Score] |id".
 */
export function assignmentColumn(roster: Roster, assignment: string): number {
  const want = lower(assignment);
  return roster.header.findIndex(
    (h) =>
      lower(h) === want ||
      lower(bare(h)) === want ||
      (roster.kind === "moodle" && lower(moodleItem(h)) === want) ||
      (roster.kind === "blackboard" && lower(h.replace(BLACKBOARD_ITEM, "")) === want),
  );
}

/** Submission records by the roster row they matched. */
function recordsByRow(match: RosterMatch, records: readonly StudentRecord[]): Map<RosterRow, StudentRecord> {
  const byRow = new Map<RosterRow, StudentRecord>();
  for (const r of records) {
    const row = match.rowOf.get(r.id);
    if (row) byRow.set(row, r);
  }
  return byRow;
}

/** The round trip: the roster with this assignment's column filled; every other cell's text unchanged. */
export function filledRoster(roster: Roster, match: RosterMatch, records: readonly StudentRecord[], assignment: string, maxScore: number): string {
  const csv: CsvFile = { bom: roster.csv.bom, records: roster.csv.records.map((r) => ({ cells: [...r.cells], raw: [...r.raw], end: r.end })) };
  let at = assignmentColumn(roster, assignment);
  const added = at < 0;
  if (added) {
    at = roster.header.length;
    setCell(csv.records[0], at, assignment);
  }
  const byRow = recordsByRow(match, records);
  const rowAt = new Map(roster.rows.map((r) => [r.record, r]));
  csv.records.forEach((record, i) => {
    const row = rowAt.get(i);
    if (i === 0) return;
    // Blackboard reads a comma-separated upload only with every cell quoted (its help says so).
    if (row) setCell(record, at, gradeOf(byRow.get(row)), roster.kind === "blackboard");
    else if (added && roster.kind === "canvas" && /^points possible$/i.test(record.cells[0].trim())) setCell(record, at, String(maxScore));
    // Any other row (blank, Canvas's "Manual Posting") keeps its cells; a new column gets an empty one.
    else if (added && record.raw.join("") !== "") setCell(record, at, "");
  });
  return formatCsv(csv);
}

const CANVAS_COLUMNS = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"];

/** Canvas's import: its export's identifying columns, from a Canvas roster, else from the submissions. */
export function canvasImport(records: readonly StudentRecord[], assignment: string, maxScore: number, roster?: Roster, match?: RosterMatch): string {
  const lines = [[...CANVAS_COLUMNS, assignment].map(quoteCell), ["    Points Possible", "", "", "", "", String(maxScore)].map(quoteCell)];
  if (roster?.kind === "canvas" && match) {
    const columns = CANVAS_COLUMNS.map((c) => roster.header.findIndex((h) => lower(h) === lower(c)));
    const byRow = recordsByRow(match, records);
    for (const row of roster.rows) {
      const cells = roster.csv.records[row.record].cells;
      lines.push([...columns.map((c) => (c >= 0 ? (cells[c] ?? "") : "")), gradeOf(byRow.get(row))].map(csvCell));
    }
  } else {
    // Without a Canvas roster: the submissions' ids, which are Canvas's user ids when they came from Canvas's download.
    for (const r of records) lines.push([(r as { display_name?: string }).display_name ?? r.id, r.id, "", "", "", gradeOf(r)].map(csvCell));
  }
  return lines.map((l) => l.join(",")).join("\r\n") + "\r\n";
}

/** Moodle's CSV import: one identifier column (the roster's email, else its id) and the grade column. */
export function moodleImport(records: readonly StudentRecord[], assignment: string, roster?: Roster, match?: RosterMatch): string {
  const email = roster?.kind === "moodle" ? roster.header.findIndex((h) => lower(h) === "email address") : -1;
  const idHeader = email >= 0 ? "Email address" : roster?.kind === "moodle" ? "ID number" : "ID";
  const lines = [[idHeader, assignment].map(csvCell)];
  if (roster && match) {
    const byRow = recordsByRow(match, records);
    for (const row of roster.rows) {
      const id = email >= 0 ? (roster.csv.records[row.record].cells[email] ?? "").trim() : row.id;
      lines.push([id, gradeOf(byRow.get(row))].map(csvCell));
    }
  } else for (const r of records) lines.push([r.id, gradeOf(r)].map(csvCell));
  return lines.map((l) => l.join(",")).join("\r\n") + "\r\n";
}
