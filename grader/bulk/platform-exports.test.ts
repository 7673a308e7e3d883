import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatCsv, parseCsv } from "./csv";
import { gradebookCsv } from "./gradebook";
import { canvasImport, filledRoster, moodleImport } from "./platform-exports";
import { failedRecord, type StudentRecord } from "./record";
import { matchRoster, readRoster } from "./roster";

const testdata = join(import.meta.dirname, "testdata");
const canvasFile = join(testdata, "canvas-gradebook-export.csv");
const moodleFile = join(testdata, "moodle-grades-export.csv");
const blackboardFile = join(testdata, "blackboard-grade-centre-download.csv");
const work = mkdtempSync(join(tmpdir(), "dnn-platform-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function graded(id: string, score: number): StudentRecord {
  return { id, source: id, key: "k", digest: "sha256:0", status: "graded", score, max_score: 100, points: { linear_forward: score }, functions: {}, mistakes: [], timeouts: [] };
}

/** Every line of `after` equals the line of `before`, but for the cell at `column` (and cells added after it). */
function changedCells(before: string, after: string): { line: number; column: number; was: string; now: string }[] {
  const [a, b] = [parseCsv(before).records, parseCsv(after).records];
  expect(b.length).toBe(a.length);
  const changes = [];
  for (const [line, r] of b.entries()) {
    for (const [column, raw] of r.raw.entries()) if (raw !== (a[line].raw[column] ?? undefined)) changes.push({ line, column, was: a[line].cells[column], now: r.cells[column] });
    expect(r.end).toBe(a[line].end);
  }
  return changes;
}

describe("reading CSV as platforms write it", () => {
  it("writes back exactly what it read: quotes, CRLF or LF, a byte order mark, line breaks in cells", () => {
    for (const text of [readFileSync(canvasFile, "utf8"), readFileSync(moodleFile, "utf8"), 'a,"b ""q""\r\nc",\n,x\n"last"']) {
      expect(formatCsv(parseCsv(text))).toBe(text);
    }
    expect(parseCsv('a,"b ""q""\r\nc",\n').records[0].cells).toEqual(["a", 'b "q"\r\nc', ""]);
  });
});

describe("a Canvas gradebook export as the roster", () => {
  const roster = readRoster(canvasFile);
  const records = [graded("4101", 87.5), failedRecord("4103", "x.zip", "k", "unreadable", 100), graded("5000", 40)];
  const match = matchRoster(roster, records);

  it("is recognised, skips the Points Possible row, and names who is missing and who is not on it", () => {
    expect(roster.kind).toBe("canvas");
    expect(roster.rows.map((r) => [r.id, r.name])).toEqual([["4101", "Doe, Jane"], ["4102", "Ngô, Bảo"], ["4103", "Smith, Sam"], ["4199", "Student, Test"]]);
    expect(match.missing.map((r) => r.id)).toEqual(["4102", "4199"]);
    expect(match.notOnRoster).toEqual(["5000"]);
  });

  it("round trip: the same file with only this assignment's column filled for the graded students", () => {
    const before = readFileSync(canvasFile, "utf8");
    const after = filledRoster(roster, match, records, "Week 4: Deep Neural Network", 100);
    // Column 6 is "Week 4: Deep Neural Network (1202)"; Jane graded, Sam could not be graded (left empty).
    expect(changedCells(before, after)).toEqual([{ line: 2, column: 6, was: "", now: "87.5" }]);
  });

  it("adds a new assignment column, with its points possible, when the export has none", () => {
    const before = readFileSync(canvasFile, "utf8");
    const after = filledRoster(roster, match, records, "Week 4 (autograded)", 100);
    const header = parseCsv(after).records[0].cells;
    expect(header.at(-1)).toBe("Week 4 (autograded)");
    const changes = changedCells(before, after);
    expect(changes.every((c) => c.column === header.length - 1)).toBe(true);
    expect(changes.map((c) => c.now)).toEqual(["Week 4 (autograded)", "100", "87.5", "", "", ""]);
  });

  it("canvas-import.csv: Canvas's identifying columns, in its order, then the assignment; points possible under the header", () => {
    const csv = parseCsv(canvasImport(records, "Week 4: Deep Neural Network (1202)", 100, roster, match)).records.map((r) => r.cells);
    expect(csv[0]).toEqual(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Week 4: Deep Neural Network (1202)"]);
    expect(csv[1]).toEqual(["    Points Possible", "", "", "", "", "100"]);
    expect(csv.slice(2)).toEqual([
      ["Doe, Jane", "4101", "S1001", "jdoe", "Section A, Monday", "87.5"],
      ["Ngô, Bảo", "4102", "S1002", "bngo", "Section A, Monday", ""],
      ["Smith, Sam", "4103", "S1003", "ssmith", "Section B", ""],
      ["Student, Test", "4199", "", "", "Section B", ""],
    ]);
  });

  it("lists missing students in the gradebook, flags submissions not on the roster, and adds max and percent", () => {
    const text = gradebookCsv(records, ["linear_forward"], { maxScore: 100, roster: { missing: match.missing, notOnRoster: new Set(match.notOnRoster) } });
    expect(text.startsWith("\uFEFFstudent_id,")).toBe(true);
    // By column name: other columns (the intake's name, late, platform, notes) may sit between these.
    const [header, ...rows] = parseCsv(text).records.map((r) => r.cells).filter((r) => r.length > 1);
    const columns = ["student_id", "linear_forward", "total", "max", "percent", "status", "on_roster"];
    expect(columns.every((c) => header.includes(c))).toBe(true);
    expect(rows.map((r) => columns.map((c) => r[header.indexOf(c)]).join(","))).toEqual([
      "4101,87.5,87.5,100,87.5,graded,yes",
      "4103,,,100,,failed,yes",
      "5000,40,40,100,40,graded,no",
      "4102,,,100,,missing,yes",
      "4199,,,100,,missing,yes",
    ]);
    expect(gradebookCsv(records, ["linear_forward"], { bom: false }).startsWith("student_id,")).toBe(true);
  });
});

describe("a Moodle grades export as the roster", () => {
  const roster = readRoster(moodleFile);
  // A Moodle download names submissions "<Full name>_<participant id>_...": ids the grades export lacks, names it has.
  const submitted = [{ id: "731", name: "Bảo Ngô" }, { id: "S1001" }];
  const match = matchRoster(roster, submitted);
  const records = [graded("731", 91.25), graded("S1001", 100)];

  it("matches by ID number, else by the full name when unambiguous", () => {
    expect(roster.kind).toBe("moodle");
    expect(match.rowOf.get("731")?.id).toBe("S1002");
    expect(match.rowOf.get("S1001")?.name).toBe("Jane Doe");
    expect(match.missing.map((r) => r.id)).toEqual(["S1003"]);
  });

  it("round trip: the same file (byte order mark, LF) with the assignment's (Real) column filled", () => {
    const before = readFileSync(moodleFile, "utf8");
    const after = filledRoster(roster, match, records, "Week 4: Deep Neural Network", 100);
    expect(after.startsWith("\uFEFF")).toBe(true);
    expect(changedCells(before, after)).toEqual([
      { line: 1, column: 7, was: "-", now: "100" },
      { line: 2, column: 7, was: "-", now: "91.25" },
      { line: 3, column: 7, was: "-", now: "" },
    ]);
  });

  it("moodle-import.csv: the email address to map to useremail, and the grade column", () => {
    const csv = parseCsv(moodleImport(records, "Week 4: Deep Neural Network", roster, match)).records.map((r) => r.cells);
    expect(csv).toEqual([
      ["Email address", "Week 4: Deep Neural Network"],
      ["jane.doe@example.edu", "100"],
      ["bao.ngo@example.edu", "91.25"],
      ["sam.smith@example.edu", ""],
    ]);
  });
});

describe("the import files without a roster", () => {
  it("name each submission by its id, which is the platform's when the submissions came from its download", () => {
    const records = [graded("4101", 87.5), failedRecord("=cmd", "x.zip", "k", "unreadable", 100)];
    expect(parseCsv(canvasImport(records, "Week 4", 100)).records.map((r) => r.cells)).toEqual([
      ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Week 4"],
      ["    Points Possible", "", "", "", "", "100"],
      ["4101", "4101", "", "", "", "87.5"],
      ["'=cmd", "'=cmd", "", "", "", ""],
    ]);
    expect(moodleImport(records, "Week 4")).toBe(`ID,Week 4\r\n4101,87.5\r\n"'=cmd",\r\n`);
  });
});

describe("a plain CSV of ids as the roster", () => {
  it("takes one column, with or without a header, and refuses a file it cannot read as a roster", () => {
    writeFileSync(join(work, "ids.csv"), "student_id\nalice\nbob\n");
    writeFileSync(join(work, "bare.csv"), "alice\r\nbob\r\n");
    writeFileSync(join(work, "other.csv"), "name,grade\nalice,3\n");
    expect(readRoster(join(work, "ids.csv")).rows.map((r) => r.id)).toEqual(["alice", "bob"]);
    expect(readRoster(join(work, "bare.csv")).rows.map((r) => r.id)).toEqual(["alice", "bob"]);
    expect(() => readRoster(join(work, "other.csv"))).toThrow(/neither a Canvas or Moodle gradebook export nor a CSV of ids/);
  });
});

describe("a Blackboard Grade Centre download as the roster", () => {
  const roster = readRoster(blackboardFile);
  // Blackboard's assignment download names each submission by username.
  const match = matchRoster(roster, [{ id: "alovelace" }, { id: "g_hopper" }, { id: "stranger" }]);
  const records = [graded("alovelace", 117.5), graded("g_hopper", 120)];

  it("is recognised, keyed by username, with the full name; names who is missing and who is not on it", () => {
    expect(roster.kind).toBe("blackboard");
    expect(roster.rows.map((r) => [r.id, r.name, r.aliases])).toEqual([
      ["alovelace", "Ada Lovelace", ["1001"]],
      ["aturing", "Alan Turing", ["1002"]],
      ["g_hopper", "Grace Hopper", ["1003"]],
    ]);
    expect(match.missing.map((r) => r.id)).toEqual(["aturing"]);
    expect(match.notOnRoster).toEqual(["stranger"]);
  });

  it("round trip: the same file with the assignment's column (found by its name, without points or column id) filled, quoted as Blackboard reads it", () => {
    const before = readFileSync(blackboardFile, "utf8");
    const after = filledRoster(roster, match, records, "Week 4: Deep Neural Network", 120);
    expect(changedCells(before, after)).toEqual([
      { line: 1, column: 7, was: "", now: "117.5" },
      { line: 3, column: 7, was: "", now: "120" },
    ]);
    // Blackboard takes a comma-separated upload only with every cell in quotes.
    for (const line of after.trim().split("\n")) expect(line).toMatch(/^"[^"]*"(,"[^"]*")*$/);
  });
});
