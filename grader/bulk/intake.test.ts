/**
 * End to end: a class built from every platform's export and the students' slips
 * (testing/platform-class.ts), graded by the bulk pipeline, sandbox included: every student accounted
 * for under the platform's id, each odd case named in the gradebook, on the dashboard and in the
 * student's report.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatBulkSummary, recognisedLine } from "./progress";
import { runBulk, type BulkSummary } from "./run-bulk";
import { paths } from "../paths";
import { writeZip } from "./testing/make-zip";
import { expectedPlatformGradebook, writePlatformClass } from "./testing/platform-class";

const work = mkdtempSync(join(tmpdir(), "dnn-intake-test-"));
const classDir = join(work, "class");
const out = join(work, "out");
const withoutDigests = (csv: string) => csv.trim().split("\r\n").map((line) => line.replace(/,[^,]*$/, ""));
let summary: BulkSummary;
let recognised: string;

beforeAll(async () => {
  writePlatformClass(classDir);
  summary = await runBulk({ classDir, outDir: out, jobs: 2, timeoutMs: 1000, secret: "test-secret", onDiscovered: (p) => (recognised = recognisedLine(p)) });
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a class downloaded from every platform", () => {
  it("says which layouts it recognised, with how many students each", () => {
    expect(recognised).toBe(
      'recognised: Canvas "Download Submissions" (2 students), Moodle "Download all submissions" (2 students), ' +
        'Blackboard "Assignment File Download" (2 students), GitHub Classroom repositories (3 students), a folder or .zip per student (6 students)',
    );
    expect(summary.ignored.map((i) => i.name)).toEqual(["__MACOSX", "README.txt"]);
  });

  it("grades every student once under the platform's id, the latest attempt, each odd case named", () => {
    expect(withoutDigests(readFileSync(join(out, "gradebook.csv"), "utf8"))).toEqual(expectedPlatformGradebook);
    expect(readdirSync(join(out, "students")).sort()).toEqual(summary.records.map((r) => r.id).sort());
  });

  it("tells the student in the report that a near name was graded", () => {
    const note = "graded Compute_Cost.ts as compute_cost.ts: its name nearly matches; name it exactly compute_cost.ts next time";
    expect(JSON.parse(readFileSync(join(out, "students", "3002", "results.json"), "utf8")).warnings).toContain(note);
    expect(readFileSync(join(out, "students", "3002", "report.html"), "utf8")).toContain(note);
  });

  it("lists the odd submissions on the dashboard and in the closing summary", () => {
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect(html).toContain("Recognised: Canvas &quot;Download Submissions&quot; (2), Moodle");
    for (const kind of ["empty submission", "no TypeScript", "no exercise files", "unchanged stubs", "file names nearly right", "late"]) expect(html).toContain(`<td>${kind}</td>`);
    const text = formatBulkSummary(summary, "out");
    expect(text).toContain('empty: "empty-student"');
    expect(text).toContain('graded, late: "102" (hoppergrace)');
    expect(summary.odd.map((r) => r.id)).toEqual(["102", "3002", "empty-student", "hubot", "mainfile", "python-student"]);
  });

  it("skips every student when run again, the odd ones included, and writes the same gradebook", async () => {
    const before = readFileSync(join(out, "gradebook.csv"), "utf8");
    const again = await runBulk({ classDir, outDir: out, jobs: 2, timeoutMs: 1000, secret: "test-secret" });
    expect(again.skipped).toBe(again.total);
    expect(readFileSync(join(out, "gradebook.csv"), "utf8")).toBe(before);
  });
});

describe("a class's .zip made on Windows (Latin-1 names, no UTF-8 flag)", () => {
  it("is unpacked with its names' own bytes: every student stays distinct, none vanishes, an empty folder included", async () => {
    const latin1 = (text: string) => Buffer.from(text, "latin1");
    const solution = (name: string) => readFileSync(join(paths.solutions, `${name}.ts`));
    const zip = join(work, "week4-windows.zip");
    writeZip(zip, [
      { name: "José/linear_forward.ts", rawName: latin1("Jos\xe9/linear_forward.ts"), data: solution("linear_forward") },
      { name: "Josè/compute_cost.ts", rawName: latin1("Jos\xe8/compute_cost.ts"), data: solution("compute_cost") },
      { name: "José/update_parameters.ts", data: solution("update_parameters") }, // the same name, in UTF-8
      { name: "Zoë/", rawName: latin1("Zo\xeb/") },
    ]);
    const summary = await runBulk({ classDir: zip, outDir: join(work, "out-windows"), jobs: 2, timeoutMs: 1000 });
    expect(summary.records.map((r) => [r.id, r.status, r.score])).toEqual([
      ["Josè", "graded", 10],
      ["José", "graded", 10],
      ["José (Latin-1)", "graded", 10],
      ["Zoë", "empty", 0],
    ]);
    expect(summary.records.find((r) => r.id === "José (Latin-1)")!.points.linear_forward).toBe(10);
    expect(summary.records.find((r) => r.id === "José")!.points.update_parameters).toBe(10);
    expect(readdirSync(join(work, "out-windows", "students")).sort()).toEqual(["Josè", "José", "José (Latin-1)", "Zoë"]);
  });
});

describe("npm run grade:bulk", () => {
  it("says on stderr which layouts it recognised before grading, and grades the platform's .zip as downloaded", () => {
    const zip = join(work, "submissions.zip");
    writeZip(zip, [{ name: "lovelaceada_LATE_101_5001_compute_cost.ts", data: readFileSync(join(paths.solutions, "compute_cost.ts")) }]);
    const launch = join(paths.projectRoot, "grader", "cli", "launch.mjs");
    const run = spawnSync(process.execPath, [launch, "grade-bulk", zip, "--out", join(work, "out-cli"), "--jobs", "1"], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('recognised: Canvas "Download Submissions" (1 student)');
    expect(run.stdout).toContain('graded, late: "101" (lovelaceada)');
  });
});
