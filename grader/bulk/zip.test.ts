import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadExercises } from "../course/exercises";
import { chooseFiles } from "./choose-files";
import { discoverSubmissions } from "./discover";
import { stageSubmission } from "./stage";
import { writeZip } from "./testing/make-zip";
import { RejectedSubmission } from "./zip";

const names = loadExercises().map((e) => e.name);
const work = mkdtempSync(join(tmpdir(), "dnn-zip-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const source = (fn: string) => `export function ${fn}() { return 1; }\n`;

function stageZip(name: string, entries: Parameters<typeof writeZip>[1], limits?: Parameters<typeof stageSubmission>[3]) {
  const classDir = join(work, `class-${name}`);
  mkdirSync(classDir, { recursive: true });
  writeZip(join(classDir, `${name}.zip`), entries);
  const entry = discoverSubmissions(classDir).entries[0];
  return stageSubmission(entry, join(work, `work-${name}`), names, limits);
}

describe("choosing a submission's files", () => {
  it("finds exercise files by name in any layout, the shallowest first, with their helper modules", () => {
    const choice = chooseFiles(
      ["week4/exercises/linear_forward.ts", "week4/exercises/my_math.ts", "old/deep/er/linear_forward.ts", "compute_cost.ts", "week4/exercises/dnn_utils.ts", "notes.txt", "node_modules/x/linear_backward.ts", ".git/linear_backward.ts", "week4/exercises/a.test.ts"],
      names,
    );
    expect(Object.fromEntries(choice.files)).toEqual({ "linear_forward.ts": "week4/exercises/linear_forward.ts", "compute_cost.ts": "compute_cost.ts", "my_math.ts": "week4/exercises/my_math.ts" });
    expect(choice.notes[0]).toContain("found linear_forward.ts 2 times");
  });
});

describe("reading a student's .zip", () => {
  it("extracts the exercise files of a zip in a nested layout into a flat folder", async () => {
    const staged = await stageZip("nested", [
      { name: "alice/", data: "" },
      { name: "alice/src/linear_forward.ts", data: source("linear_forward") },
      { name: "alice/src/README.md", data: "# notes" },
    ]);
    expect(readdirSync(staged.dir)).toEqual(["linear_forward.ts"]);
    expect(readFileSync(join(staged.dir, "linear_forward.ts"), "utf8")).toBe(source("linear_forward"));
  });

  it("never writes outside its folder: entries that escape are ignored and named in the notes", async () => {
    const staged = await stageZip("escape", [
      { name: "../../escaped/linear_forward.ts", data: source("linear_forward") },
      { name: "/tmp/absolute/compute_cost.ts", data: source("compute_cost") },
      { name: "ok/linear_backward.ts", data: source("linear_backward") },
    ]);
    expect(readdirSync(staged.dir)).toEqual(["linear_backward.ts"]);
    expect(existsSync(join(work, "escaped"))).toBe(false);
    expect(staged.notes.join("\n")).toContain("../../escaped/linear_forward.ts");
    expect(staged.notes.join("\n")).toContain("/tmp/absolute/compute_cost.ts");
  });

  it("ignores symbolic links", async () => {
    const staged = await stageZip("links", [{ name: "linear_forward.ts", symlinkTo: "/etc/passwd" }]);
    expect(readdirSync(staged.dir)).toEqual([]);
    expect(staged.notes[0]).toContain("symbolic link");
  });

  it("refuses a zip over the size or file-count limits, counting inflated bytes", async () => {
    const big = "x".repeat(4000);
    const limits = { maxEntries: 10, maxFileBytes: 3000, maxTotalBytes: 5000 };
    await expect(stageZip("big-file", [{ name: "linear_forward.ts", data: big }], limits)).rejects.toThrow(RejectedSubmission);
    const two = [{ name: "linear_forward.ts", data: big.slice(0, 2900) }, { name: "compute_cost.ts", data: big.slice(0, 2900) }];
    await expect(stageZip("big-total", two, limits)).rejects.toThrow(/more than/);
    const many = Array.from({ length: 11 }, (_, i) => ({ name: `f${i}.txt`, data: "" }));
    await expect(stageZip("many", many, limits)).rejects.toThrow(/11 entries/);
  });

  it("refuses a file that is not a zip", async () => {
    const classDir = join(work, "class-garbage");
    mkdirSync(classDir, { recursive: true });
    writeFileSync(join(classDir, "garbage.zip"), "this is not a zip");
    const entry = discoverSubmissions(classDir).entries[0];
    await expect(stageSubmission(entry, join(work, "work-garbage"), names)).rejects.toThrow(/could not be read/);
  });
});

describe("discovering a class folder", () => {
  it("takes folders and zips as students, ignores other files and hidden entries, and flags an id given twice", () => {
    const classDir = join(work, "class-mixed");
    for (const d of ["bob", "carol", ".git"]) mkdirSync(join(classDir, d), { recursive: true });
    writeZip(join(classDir, "alice.zip"), []);
    writeZip(join(classDir, "bob.zip"), []);
    writeFileSync(join(classDir, "notes.txt"), "");
    writeFileSync(join(classDir, "..zip"), "");
    symlinkSync("/etc", join(classDir, "dave"));
    const { entries, ignored } = discoverSubmissions(classDir);
    expect(entries.map((e) => [e.id, e.sources[0].kind, e.problem !== undefined])).toEqual([
      ["alice", "file", false],
      ["bob", "folder", true],
      ["carol", "folder", false],
    ]);
    expect(ignored.map((i) => i.name).sort()).toEqual(["dave", "notes.txt"]);
  });
});
