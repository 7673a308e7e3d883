/**
 * `--roster FILE`: the class as the platform knows it, so that a student without a submission
 * gets a row (missing) and a submission nobody enrolled is named. Read as the platforms export it:
 *  - Canvas, Grades > Export (https://community.canvaslms.com, Instructor Guide "How do I export
 *    grades in the Gradebook?"): Student, ID, SIS User ID, SIS Login ID, [Integration ID,] Section,
 *    then a column per assignment "Name (assignment id)" and read-only totals; under the header, a
 *    "Points Possible" row (and, with manual posting policies, a "Manual Posting" row), not students;
 *  - Moodle, Grades > Export > Plain text file (https://docs.moodle.org/en/Grade_export): First
 *    name, Last name, ID number, Institution, Department, Email address, then "Assignment: Name (Real)"
 *    per grade item and "Last downloaded from this course";
 *  - Blackboard Learn, Grade Centre > Work Offline > Download (Blackboard's help, "Uploading or
 *    Downloading Grade Center Items for Working Offline": the student's key is the username, each
 *    column's key its column id): Last Name, First Name, Username, Student ID, Last Access,
 *    Availability, then a column per item "Name [Total Pts: N Score] |column id";
 *  - a plain CSV of ids: one column (a header id, student_id, username or email is recognised).
 * A roster row matches a submission by id (Canvas's ID; Moodle's ID number, email or username),
 * else by the display name when exactly one row and one submission have it (a Moodle download names
 * submissions by full name and participant id, which the grades export does not hold).
 */
import { readFileSync } from "node:fs";
import { GraderError } from "../errors";
import { parseCsv, type CsvFile } from "./csv";

export type RosterKind = "canvas" | "moodle" | "blackboard" | "ids";

export interface RosterRow {
  /** The student's id on the platform, as the roster gives it. */
  id: string;
  /** Other identifiers a submission may be named by (Moodle: email, username). */
  aliases: string[];
  name: string;
  /** Index of the record in the file. */
  record: number;
}

export interface Roster {
  kind: RosterKind;
  file: string;
  csv: CsvFile;
  header: string[];
  rows: RosterRow[];
}

const lower = (s: string) => s.trim().toLowerCase();
const column = (header: string[], ...names: string[]) => header.findIndex((h) => names.includes(lower(h)));

function kindOf(header: string[]): RosterKind {
  if (column(header, "student") >= 0 && column(header, "id") >= 0 && column(header, "sis user id") >= 0) return "canvas";
  const named = column(header, "first name") >= 0 && column(header, "last name") >= 0;
  if (named && column(header, "username") >= 0 && (column(header, "last access") >= 0 || header.some((h) => BLACKBOARD_ITEM.test(h)))) return "blackboard";
  if (named) return "moodle";
  return "ids";
}

/** Blackboard's grade column: "Week 4 [Total Pts: 120 Score] |123456". */
export const BLACKBOARD_ITEM = /\s*\[Total Pts:[^\]]*\]\s*(\|\s*\d+)?\s*$/;

/** Canvas's rows under the header that are not students: "Points Possible", "Manual Posting". */
const canvasFixedRow = (cells: string[]) => /^(points possible|manual posting)$/.test(lower(cells[0] ?? ""));

export function readRoster(file: string): Roster {
  let csv: CsvFile;
  try {
    csv = parseCsv(readFileSync(file, "utf8"));
  } catch (error) {
    throw new GraderError("usage", `cannot be read as a roster CSV: ${(error as Error).message}`, file);
  }
  const first = csv.records[0]?.cells ?? [];
  const kind = kindOf(first);
  const rows: RosterRow[] = [];
  const blank = (cells: string[]) => cells.every((c) => c.trim() === "");
  if (kind === "canvas") {
    const [student, id, login] = [column(first, "student"), column(first, "id"), column(first, "sis login id")];
    csv.records.forEach((r, i) => {
      if (i === 0 || blank(r.cells) || canvasFixedRow(r.cells)) return;
      rows.push({ id: r.cells[id].trim(), aliases: [r.cells[login] ?? ""].map((a) => a.trim()).filter(Boolean), name: r.cells[student].trim(), record: i });
    });
  } else if (kind === "blackboard") {
    const [firstName, lastName, username, studentId] = [column(first, "first name"), column(first, "last name"), column(first, "username"), column(first, "student id")];
    csv.records.forEach((r, i) => {
      if (i === 0 || blank(r.cells)) return;
      const alias = studentId >= 0 ? (r.cells[studentId] ?? "").trim() : "";
      rows.push({ id: (r.cells[username] ?? "").trim(), aliases: alias ? [alias] : [], name: `${r.cells[firstName].trim()} ${r.cells[lastName].trim()}`, record: i });
    });
  } else if (kind === "moodle") {
    const [firstName, lastName, idNumber, email, username] = [column(first, "first name"), column(first, "last name"), column(first, "id number"), column(first, "email address"), column(first, "username")];
    csv.records.forEach((r, i) => {
      if (i === 0 || blank(r.cells)) return;
      const ids = [idNumber, email, username].filter((c) => c >= 0).map((c) => (r.cells[c] ?? "").trim()).filter(Boolean);
      rows.push({ id: ids[0] ?? "", aliases: ids.slice(1), name: `${r.cells[firstName].trim()} ${r.cells[lastName].trim()}`, record: i });
    });
  } else {
    if (first.length > 1 && column(first, "id", "student_id", "username", "email") < 0) {
      throw new GraderError("usage", "is neither a Canvas or Moodle gradebook export nor a CSV of ids (one column, or a column named id, student_id, username or email)", file);
    }
    const at = Math.max(0, column(first, "id", "student_id", "username", "email"));
    const headed = column(first, "id", "student_id", "username", "email") >= 0;
    csv.records.forEach((r, i) => {
      if ((headed && i === 0) || blank(r.cells)) return;
      rows.push({ id: r.cells[at].trim(), aliases: [], name: "", record: i });
    });
  }
  const noId = rows.find((r) => r.id === "" && r.name === "");
  if (noId) throw new GraderError("usage", `line ${noId.record + 1} names no student (no id, no name)`, file);
  return { kind, file, csv, header: first, rows };
}

export interface Submitted {
  id: string;
  /** The display name the platform's download gave the submission, when it gave one. */
  name?: string;
}

export interface RosterMatch {
  /** Submission id -> its roster row. */
  rowOf: Map<string, RosterRow>;
  /** Roster rows without a submission. */
  missing: RosterRow[];
  /** Submission ids not on the roster. */
  notOnRoster: string[];
}

const normalName = (s: string) => s.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");

export function matchRoster(roster: Roster, submitted: readonly Submitted[]): RosterMatch {
  const rowOf = new Map<string, RosterRow>();
  const taken = new Set<RosterRow>();
  const byId = new Map<string, RosterRow>();
  for (const row of roster.rows) for (const key of [row.id, ...row.aliases]) if (key) byId.set(key, row);
  const left: Submitted[] = [];
  for (const s of submitted) {
    const row = byId.get(s.id);
    if (row && !taken.has(row)) {
      rowOf.set(s.id, row);
      taken.add(row);
    } else left.push(s);
  }
  // By display name, only where it is unambiguous on both sides.
  const count = <T>(items: T[], key: (t: T) => string) => items.reduce((m, t) => m.set(key(t), (m.get(key(t)) ?? 0) + 1), new Map<string, number>());
  const free = roster.rows.filter((r) => !taken.has(r) && r.name);
  const rowNames = count(free, (r) => normalName(r.name));
  const subNames = count(left.filter((s) => s.name), (s) => normalName(s.name!));
  const notOnRoster: string[] = [];
  for (const s of left) {
    const name = s.name ? normalName(s.name) : "";
    const row = name && rowNames.get(name) === 1 && subNames.get(name) === 1 ? free.find((r) => normalName(r.name) === name) : undefined;
    if (row) {
      rowOf.set(s.id, row);
      taken.add(row);
    } else notOnRoster.push(s.id);
  }
  return { rowOf, missing: roster.rows.filter((r) => !taken.has(r)), notOnRoster };
}
