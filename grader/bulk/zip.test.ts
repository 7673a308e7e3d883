import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadExercises } from "../course/exercises";
import { chooseFiles } from "./choose-files";
import { unpackClassZip } from "./class-zip";
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
      ["week4/exercises/linear_forward.ts", "week4/exercises/my_math.ts", "old/deep/er/linear_forward.ts", "compute_cost.ts", "week4/exercises/dnn_utils.ts", "notes.txt", "node_modules/x/linear_backward.ts", ".git/linear_backward.ts", "week4/exercises/a.test.ts", "week4/grader/reference-tapes/update_parameters.ts"],
      names,
    );
    expect(Object.fromEntries(choice.files)).toEqual({ "linear_forward.ts": "week4/exercises/linear_forward.ts", "compute_cost.ts": "compute_cost.ts", "my_math.ts": "week4/exercises/my_math.ts" });
    expect(choice.notes[0]).toContain("found linear_forward.ts 2 times");
  });
});

describe("choosing files whose names nearly match", () => {
  it("grades a near name when no file has the exact one, TypeScript before a .js twin, and says so", () => {
    const choice = chooseFiles(["Compute_Cost.ts", "linear-backward.ts", "linear_backward.js", "L_model_forward (1).ts", "linear_forward.ts", "linear_forward.js"], names);
    expect(Object.fromEntries(choice.files)).toEqual({
      "linear_forward.ts": "linear_forward.ts",
      "compute_cost.ts": "Compute_Cost.ts",
      "linear_backward.ts": "linear-backward.ts",
      "L_model_forward.ts": "L_model_forward (1).ts",
    });
    expect(choice.renamed).toEqual([
      { from: "L_model_forward (1).ts", to: "L_model_forward.ts" },
      { from: "Compute_Cost.ts", to: "compute_cost.ts" },
      { from: "linear-backward.ts", to: "linear_backward.ts" },
    ]);
    expect(choice.notes).toContain("graded Compute_Cost.ts as compute_cost.ts: its name nearly matches; name it exactly compute_cost.ts next time");
    expect(choice.notes).toContain("ignored linear_forward.js: linear_forward.ts beside it was graded");
  });

  it("grades a lone .js file as its exercise's TypeScript", () => {
    expect(Object.fromEntries(chooseFiles(["src/linear_backward.js"], names).files)).toEqual({ "linear_backward.ts": "src/linear_backward.js" });
  });

  it("stages helper modules in subfolders where the exercise files' imports look for them", () => {
    const choice = chooseFiles(["repo/exercises/linear_forward.ts", "repo/exercises/lib/affine.ts", "repo/exercises/lib/deep/more.ts", "repo/exercises/old/linear_forward.ts", "repo/other.ts"], names);
    expect(Object.fromEntries(choice.files)).toEqual({
      "linear_forward.ts": "repo/exercises/linear_forward.ts",
      "lib/affine.ts": "repo/exercises/lib/affine.ts",
      "lib/deep/more.ts": "repo/exercises/lib/deep/more.ts",
    });
  });
});

describe("reading a student's .zip", () => {
  it("reads names of a Windows zip (Latin-1 bytes, with or without the UTF-8 flag) a character per byte: none collapse", async () => {
    const latin1 = (text: string) => Buffer.from(text, "latin1");
    const staged = await stageZip("windows", [
      { name: "Übung/linear_forward.ts", rawName: latin1("\xdcbung/linear_forward.ts"), data: source("linear_forward") },
      { name: "Übung/hilfe_\xe9.ts", rawName: latin1("\xdcbung/hilfe_\xe9.ts"), data: "export const e = 1;\n" },
      { name: "Übung/hilfe_\xe8.ts", rawName: latin1("\xdcbung/hilfe_\xe8.ts"), data: "export const e = 2;\n" },
      // Flagged UTF-8 but not UTF-8: read as U+FFFD, these two would be one file.
      { name: "Übung/flag_\xe9.ts", rawName: latin1("\xdcbung/flag_\xe9.ts"), utf8Flag: true, data: "export const f = 1;\n" },
      { name: "Übung/flag_\xe8.ts", rawName: latin1("\xdcbung/flag_\xe8.ts"), utf8Flag: true, data: "export const f = 2;\n" },
    ]);
    expect(readdirSync(staged.dir).sort()).toHaveLength(5);
    expect(readFileSync(join(staged.dir, "linear_forward.ts"), "utf8")).toBe(source("linear_forward"));
  });

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

describe("unpacking a class's .zip", () => {
  it("writes every entry under its folder with its own bytes, and none outside: escapes, links and NULs are named", async () => {
    const zip = join(work, "class-hostile.zip");
    writeZip(zip, [
      { name: "alice/linear_forward.ts", data: source("linear_forward") },
      { name: "Jos\xe9/compute_cost.ts", rawName: Buffer.from("Jos\xe9/compute_cost.ts", "latin1"), data: source("compute_cost") },
      { name: "../../escaped-class.ts", data: "x" },
      { name: "link", symlinkTo: "/etc/passwd" },
      { name: "nul\0name.ts", data: "x" },
      { name: "empty/" },
    ]);
    const dest = join(work, "class-unpacked");
    const notes = await unpackClassZip(zip, dest);
    expect(readdirSync(dest, { encoding: "buffer" }).map((n) => n.toString("latin1")).sort()).toEqual(["Jos\xe9", "alice", "empty"]);
    expect(existsSync(join(work, "escaped-class.ts"))).toBe(false);
    expect(notes.join("\n")).toContain("../../escaped-class.ts");
    expect(notes.join("\n")).toContain("symbolic link");
    expect(notes.join("\n")).toContain("NUL");
  });
});
