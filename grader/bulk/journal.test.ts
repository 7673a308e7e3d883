import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CaseResult, Results } from "../results/types";
import { exercismResults, gradescopeResults } from "./formats";
import { csvCell, gradebookCsv } from "./gradebook";
import { Journal, JOURNAL_FILE } from "./journal";
import { failedRecord, recordFromResults } from "./record";
import { lockOutput } from "./out-lock";
import { inShard, parseShard } from "./shard";

const aCase = (name: string, status: CaseResult["status"], hidden = false): CaseResult => ({ name, status, message: status === "pass" ? "passed" : "Z is 1.25", duration_ms: 1, output: "", hidden });

function showcaseResults(): Results {
  const exercise = (name: string, cases: CaseResult[], score: number) => ({ name, status: cases.every((c) => c.status === "pass") ? ("pass" as const) : ("fail" as const), score, max_score: 10, message: "", cases });
  return {
    format_version: "1.2",
    grader: { name: "dnn-step-by-step-grader", version: "0.1.0" },
    status: "ok",
    message: "15/20",
    score: 15,
    max_score: 20,
    submission: { path: "ann", digest: `sha256:${"a".repeat(64)}`, files: ["linear_forward.ts", "compute_cost.ts"] },
    fixtures_digest: `sha256:${"b".repeat(64)}`,
    started_at: "2026-01-01T00:00:00.000Z",
    duration_ms: 10,
    timings_ms: { startup: 0, bundle: 0, run: 0 },
    exercises: [exercise("linear_forward", [aCase("course", "pass"), aCase("hidden", "fail", true)], 5), exercise("compute_cost", [aCase("course", "pass"), aCase("hidden", "pass", true)], 10)],
    parts: [{ id: "step-by-step", title: "Step by Step", score: 15, max_score: 20, exercises: ["linear_forward", "compute_cost"] }],
    hidden_cases: { seed: 7 },
    warnings: [],
  };
}

const work = mkdtempSync(join(tmpdir(), "dnn-journal-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the journal", () => {
  it("drops a line torn by a kill, and appends after the last whole line", () => {
    const journal = Journal.open(work);
    journal.record(failedRecord("alice", "alice.zip", "k1", "unreadable", 100));
    appendFileSync(join(work, JOURNAL_FILE), '{"id":"bob","sour');
    const reopened = Journal.open(work);
    expect(reopened.records().map((r) => r.id)).toEqual(["alice"]);
    reopened.record(failedRecord("carol", "carol", "k2", "unreadable", 100));
    expect(Journal.read(work).map((r) => r.id)).toEqual(["alice", "carol"]);
  });

  it("keeps the latest line per student and, compacted, only the students still in the class", () => {
    const journal = Journal.open(work);
    journal.record(failedRecord("alice", "alice.zip", "k3", "changed", 100));
    journal.compact(new Set(["alice"]));
    const lines = readFileSync(join(work, JOURNAL_FILE), "utf8").trim().split("\n");
    expect(lines.map((l) => JSON.parse(l).key)).toEqual(["k3"]);
  });
});

describe("the output folder's lock", () => {
  it("refuses a second run while the first is alive, and takes over the lock of a killed one", () => {
    const dir = mkdtempSync(join(work, "lock-"));
    writeFileSync(join(dir, ".grade-bulk.lock"), String(process.ppid));
    expect(() => lockOutput(dir)).toThrow(/another grade:bulk run/);
    writeFileSync(join(dir, ".grade-bulk.lock"), "999999999");
    const unlock = lockOutput(dir);
    expect(JSON.parse(readFileSync(join(dir, ".grade-bulk.lock"), "utf8")).pid).toBe(process.pid);
    unlock();
    expect(existsSync(join(dir, ".grade-bulk.lock"))).toBe(false);
  });
});

describe("the gradebook", () => {
  it("defuses cells a spreadsheet would run as a formula, and quotes what CSV needs quoted", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const start of ["+", "-", "@", "\t", "\r"]) expect(csvCell(`${start}1`).startsWith(`"'`)).toBe(true);
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(-3)).toBe("-3");
  });

  it("has the id and name first, points per function, total, max, percent, status, late, platform, notes and digest; no points for a failed student", () => {
    const results = showcaseResults();
    const ann = recordFromResults("ann", "ann", "k", results, { platform: "canvas", display_name: "lovelaceann", late: true, renamed: [{ from: "Compute_Cost.ts", to: "compute_cost.ts" }] });
    const rows = gradebookCsv([ann, failedRecord("ben", "ben.zip", "k", "unreadable", 100)], results.exercises.map((e) => e.name));
    const [header, annRow, benRow] = rows.trim().split("\r\n");
    expect(rows.startsWith("\uFEFF")).toBe(true); // for Excel (see gradebook.ts)
    expect(header).toBe(`student_id,name,${results.exercises.map((e) => e.name).join(",")},total,max,percent,status,late,platform,notes,digest`);
    expect(annRow.startsWith(`ann,lovelaceann,${results.exercises[0].score},`)).toBe(true);
    const percent = Math.round((10000 * results.score) / results.max_score) / 100;
    expect(annRow.endsWith(`,${results.score},${results.max_score},${percent},graded,late,canvas,graded Compute_Cost.ts as compute_cost.ts,${results.submission.digest}`)).toBe(true);
    expect(benRow).toBe(`ben,,${",".repeat(results.exercises.length)},100,,failed,,,unreadable,`);
  });
});

describe("shards", () => {
  it("split a class into disjoint slices that cover it", () => {
    const ids = Array.from({ length: 200 }, (_, i) => `student-${i}`);
    const slices = [1, 2, 3, 4].map((index) => ids.filter((id) => inShard(id, { index, count: 4 })));
    expect(slices.flat().sort()).toEqual([...ids].sort());
    expect(slices.every((s) => s.length > 20)).toBe(true);
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(() => parseShard("5/4")).toThrow(/--shard/);
  });
});

describe("platform formats", () => {
  it("give Gradescope a score, and a test per case with its share of the points", () => {
    const results = showcaseResults();
    const gs = gradescopeResults(results) as { score: number; tests: { max_score: number; status: string }[] };
    expect(gs.score).toBe(results.score);
    expect(gs.tests.length).toBe(results.exercises.reduce((s, e) => s + e.cases.length, 0));
    expect(gs.tests.every((t) => ["passed", "failed"].includes(t.status))).toBe(true);
  });

  it("give Exercism version 3 results, output cut to 500 characters", () => {
    const results = showcaseResults();
    results.exercises[0].cases[0].output = "x".repeat(2000);
    const ex = exercismResults(results) as { version: number; status: string; tests: { output: string | null; status: string }[] };
    expect(ex.version).toBe(3);
    expect(["pass", "fail", "error"]).toContain(ex.status);
    expect(ex.tests[0].output!.length).toBe(500);
  });
});
