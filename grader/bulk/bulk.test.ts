/**
 * End to end: a small class (testing/sample-class.ts) graded by the bulk pipeline, sandbox included:
 * the expected gradebook, the students' files, resuming after kill -9, and shards merged.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paths } from "../paths";
import { Journal } from "./journal";
import { unrunStatuses } from "./record";
import { LOCK_FILE } from "./out-lock";
import { readRoster } from "./roster";
import { parseCsv } from "./csv";
import { mergeOutputs } from "./merge";
import { runBulk, type BulkOptions, type BulkSummary } from "./run-bulk";
import { expectedGradebook, HOSTILE_ID, writeSampleClass } from "./testing/sample-class";

const work = mkdtempSync(join(tmpdir(), "dnn-bulk-test-"));
const classDir = join(work, "class");
const settings = { classDir, jobs: 2, timeoutMs: 300, secret: "test-secret" } satisfies Partial<BulkOptions>;
const gradebook = (out: string) => readFileSync(join(out, "gradebook.csv"), "utf8");
const withoutDigests = (csv: string) => csv.trim().split("\r\n").map((line) => line.replace(/,[^,]*$/, ""));

let clean: BulkSummary;

beforeAll(async () => {
  writeSampleClass(classDir);
  clean = await runBulk({ ...settings, outDir: join(work, "clean") });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("grading a class in bulk", () => {
  it("writes the expected gradebook, one row per student, formulas defused", () => {
    expect(withoutDigests(gradebook(join(work, "clean")))).toEqual(expectedGradebook);
    const digests = Object.fromEntries(clean.records.map((r) => [r.id, r.digest]));
    expect(digests.alice).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(digests.dave).toBe(digests.alice); // the same files, whether in folders or zipped
    expect(digests.gina).toBe("");
  });

  it("sums up what it graded, what it could not, and what is not a submission", () => {
    expect(clean.total).toBe(8);
    expect(clean.graded).toBe(8);
    expect(clean.failed.map((f) => f.id)).toEqual(["gina"]);
    expect(clean.failed[0].problem).toContain("could not be read");
    expect(clean.ignored).toEqual([{ name: "README.txt", why: "neither a folder nor a .zip, nor a file a learning platform names" }]);
    expect(clean.platforms).toEqual({ "folder-or-zip": 8 });
  });

  it("writes each student's results, reports and Gradescope results, never outside OUT", () => {
    const alice = join(work, "clean", "students", "alice");
    expect(readdirSync(alice).sort()).toEqual(["gradescope", "report.html", "report.md", "results.json"]);
    const results = JSON.parse(readFileSync(join(alice, "results.json"), "utf8"));
    expect(results.submission.path).toBe(join("alice"));
    expect(results.hidden_cases.seed).toEqual(expect.any(Number));
    const gradescope = JSON.parse(readFileSync(join(alice, "gradescope", "results.json"), "utf8"));
    expect(gradescope.score).toBe(120);
    const eve = JSON.parse(readFileSync(join(work, "clean", "students", "eve", "results.json"), "utf8"));
    expect(eve.warnings.join("\n")).toContain("its path would leave the submission's folder");
    expect(existsSync(join(work, "escaped.ts"))).toBe(false);
    expect(existsSync(join(tmpdir(), "escaped.ts"))).toBe(false);
    expect(readFileSync(join(work, "clean", "students", "gina", "problem.txt"), "utf8")).toContain("could not be read");
  });

  it("fails the published answers on their hidden cases and records the endless loop as timed out", () => {
    const carol = clean.records.find((r) => r.id === "carol")!;
    expect(carol.points.linear_forward).toBe(5);
    expect(carol.timeouts).toEqual(["compute_cost"]);
    // One process per student graded: carol's endless cases were stopped by the watchdog, not by a
    // kill (her linear_backward's patch of the built-ins is her last function: nothing runs after it).
    expect(clean.processesStarted).toBe(clean.records.filter((r) => !unrunStatuses.includes(r.status)).length);
  });

  it("escapes student-derived text in the dashboard, which links every report", () => {
    const html = readFileSync(join(work, "clean", "index.html"), "utf8");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&#x3D;SUM(1+1)&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;");
    expect(html).toContain(`href="students/${encodeURIComponent(HOSTILE_ID)}/problem.txt"`); // an empty folder: no report
    expect(html).toContain('href="students/alice/report.html"');
    expect(html).toContain("<svg");
  });

  it("skips every student already graded when run again, and writes the same gradebook", async () => {
    const first = gradebook(join(work, "clean"));
    const again = await runBulk({ ...settings, outDir: join(work, "clean") });
    expect(again.skipped).toBe(7); // all but gina, whose unreadable zip is tried again each time
    expect(again.graded).toBe(1);
    expect(gradebook(join(work, "clean"))).toBe(first);
  });

  it("writes the same gradebook one student at a time: no student's grading depends on who ran beside it", async () => {
    await runBulk({ ...settings, jobs: 1, outDir: join(work, "one-lane") });
    expect(gradebook(join(work, "one-lane"))).toBe(gradebook(join(work, "clean")));
  });

  it("grades shards that, merged, give the gradebook of a single run; an incomplete set only when told", async () => {
    const shards = [1, 2, 3].map((index) => join(work, `shard-${index}`));
    const counts = [];
    for (const [i, outDir] of shards.entries()) counts.push((await runBulk({ ...settings, outDir, shard: { index: i + 1, count: 3 }, runId: "run-1" })).total);
    expect(counts.reduce((s, c) => s + c, 0)).toBe(8);
    expect(counts.every((c) => c < 8)).toBe(true);
    expect(() => mergeOutputs(shards.slice(0, 2), join(work, "merged-two"))).toThrow(/shard 3 of 3 is missing/);
    expect(existsSync(join(work, "merged-two"))).toBe(false);
    expect(() => mergeOutputs(shards, join(work, "merged-other-run"), { runId: "run-0" })).toThrow(/not "run-0"/);
    mergeOutputs(shards, join(work, "merged"), { runId: "run-1" });
    expect(gradebook(join(work, "merged"))).toBe(gradebook(join(work, "clean")));
    expect(readdirSync(join(work, "merged", "students")).sort()).toEqual(readdirSync(join(work, "clean", "students")).sort());
    const partial = mergeOutputs(shards.slice(0, 2), join(work, "merged-partial"), { partial: true });
    expect(partial.check.missing).toEqual([3]);
    expect(partial.records.length).toBe(8 - counts[2]);
  });

  it("with a roster, gives each enrolled student without a submission a row and names submissions not on it", async () => {
    const outDir = join(work, "one-lane");
    writeFileSync(join(work, "roster.csv"), ["student_id", "alice", "bob", "henry", ""].join("\n"));
    const summary = await runBulk({ ...settings, outDir, roster: readRoster(join(work, "roster.csv")) });
    expect(summary.graded).toBe(1); // gina, tried again; everyone else is journaled
    expect(summary.roster?.missing).toEqual(["henry"]);
    expect(summary.roster?.notOnRoster).toEqual([HOSTILE_ID, "carol", "dave", "eve", "frank", "gina"]);
    // By column name: the gradebook's columns are documented in docs/gradebook.md.
    const [header, ...rows] = parseCsv(gradebook(outDir)).records.map((r) => r.cells).filter((r) => r.length > 1);
    const row = (id: string) => Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === id)?.[i]]));
    const max = String(clean.records[0].max_score);
    expect(row("henry")).toMatchObject({ total: "", max, percent: "", status: "missing", on_roster: "yes", linear_forward: "" });
    expect(row("carol")).toMatchObject({ total: "5", max, percent: String(Math.round(50000 / Number(max)) / 100), status: "graded", on_roster: "no" });
    expect(rows.at(-1)?.[0]).toBe("henry");
    const html = readFileSync(join(outDir, "index.html"), "utf8");
    expect(html).toContain("On the roster, no submission: 1");
    expect(html).toContain("<td>henry</td>");
    expect(html).toContain("Submissions not on the roster: 6");
    const imported = readFileSync(join(outDir, "roster-import.csv"), "utf8").split("\n");
    const score = (id: string) => String(clean.records.find((r) => r.id === id)!.score);
    expect(imported).toEqual(["student_id,Week 4: Deep Neural Network", `alice,${score("alice")}`, `bob,${score("bob")}`, "henry,", ""]);
  });

  it("refuses a run with another course secret, or none, until a regrade is asked for", async () => {
    const outDir = join(work, "secret");
    await runBulk({ ...settings, outDir, student: "alice" });
    const fingerprint = JSON.parse(readFileSync(join(outDir, "grading.json"), "utf8")).hidden;
    expect(fingerprint).toMatch(/^hmac-sha256:[0-9a-f]{16}$/);
    expect(readFileSync(join(outDir, "grading.json"), "utf8")).not.toContain("test-secret");
    const refusal = (secret: string | undefined) => runBulk({ ...settings, secret, outDir, student: "alice" });
    await expect(refusal("another-secret")).rejects.toThrow(/another one \(fingerprint hmac-sha256:[0-9a-f]{16}\).*--regrade-hidden/);
    await expect(refusal(undefined)).rejects.toThrow(/this run has no course secret/);
    expect(existsSync(join(outDir, LOCK_FILE))).toBe(false); // a refused run leaves no lock
    const cli = spawnSync(process.execPath, [join(paths.projectRoot, "grader", "cli", "launch.mjs"), "grade-bulk", classDir, "--out", outDir, "--student", "alice"], {
      env: { ...process.env, GRADER_SECRET: "another-secret" },
      encoding: "utf8",
    });
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain("add --regrade-hidden to regrade every student");
    const seedBefore = Journal.read(outDir)[0].hidden_seed;
    const regraded = await runBulk({ ...settings, secret: "another-secret", outDir, student: "alice", regradeHidden: true });
    expect(regraded.graded).toBe(1);
    expect(Journal.read(outDir)[0].hidden_seed).not.toBe(seedBefore);
    expect(JSON.parse(readFileSync(join(outDir, "grading.json"), "utf8")).hidden).not.toBe(fingerprint);
  });
});

function runCli(outDir: string): { pid: number; done: Promise<{ code: number | null; stdout: string }>; killGroup(): void } {
  const child = spawn(process.execPath, [join(paths.projectRoot, "grader", "cli", "launch.mjs"), "grade-bulk", classDir, "--out", outDir, "--jobs", "1", "--timeout", "300"], {
    env: { ...process.env, GRADER_SECRET: "test-secret" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let stdout = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  const done = new Promise<{ code: number | null; stdout: string }>((resolve) => child.on("close", (code) => resolve({ code, stdout })));
  return { pid: child.pid!, done, killGroup: () => process.kill(-child.pid!, "SIGKILL") };
}

/**
 * Waits until `pid` is a zombie without letting the event loop turn, so Node has not reaped it:
 * the state a container's pid 1 that reaps nothing leaves a killed run in, and the one that
 * fooled a lock naming a bare pid.
 */
function waitForZombie(pid: number): void {
  for (let i = 0; i < 5_000_000; i++) {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) return;
  }
  throw new Error(`process ${pid} did not become a zombie`);
}

describe("a bulk run whose process group is killed with SIGKILL", () => {
  it("resumes at once, its killed run not yet reaped: each student graded once, the gradebook of a clean run", async () => {
    const outDir = join(work, "killed");
    const first = runCli(outDir);
    const journal = join(outDir, "journal.jsonl");
    // Kill once a few students are journaled, mid-way through the class.
    for (let i = 0; i < 600 && !(existsSync(journal) && readFileSync(journal, "utf8").split("\n").length > 4); i++) await new Promise((r) => setTimeout(r, 25));
    first.killGroup();
    waitForZombie(first.pid);
    const journaled = Journal.read(outDir);
    const before = journaled.length;
    const ginaBefore = journaled.some((r) => r.id === "gina");
    expect(before).toBeGreaterThan(2);
    expect(before).toBeLessThan(8);
    expect(existsSync(join(outDir, LOCK_FILE))).toBe(true); // the killed run's lock is still there

    // runBulk takes the lock before its first await: the killed run is still an unreaped zombie then.
    const resumed = runBulk({ ...settings, jobs: 1, outDir });
    const { code } = await first.done;
    expect(code).toBe(null);
    const summary = await resumed;
    // Every student journaled before the kill is skipped (gina, unreadable, is always tried again).
    expect(summary.skipped).toBe(before - (ginaBefore ? 1 : 0));
    expect(summary.graded + summary.skipped).toBe(8);
    const lines = readFileSync(journal, "utf8").trim().split("\n");
    expect(lines.length).toBe(8);
    expect(new Set(lines.map((l) => JSON.parse(l).id)).size).toBe(8);
    expect(gradebook(outDir)).toBe(gradebook(join(work, "clean")));
  });
});
