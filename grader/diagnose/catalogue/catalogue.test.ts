/**
 * The catalogue checks itself in-process (no sandbox, so it stays fast): every entry has its file,
 * its hint heading and a distinct output on the course's cases; every file has its entry. That the
 * grader names each mistake end to end is proved in ../diagnose.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareValues } from "../../check/compare";
import { loadExercises } from "../../course/exercises";
import { GraderError } from "../../errors";
import { loadFixtures } from "../../fixtures/load";
import { paths } from "../../paths";
import { fromValue, toValue } from "../../values/live";
import type { Value } from "../../values/value";
import { sameValue } from "../match";
import { sameThrown } from "../thrown/same-thrown";
import { catalogueDir, loadCatalogue, mistakeFile, parseCatalogue } from "./catalogue";

const exercises = loadExercises();
const names = exercises.map((e) => e.name);
const fixtures = loadFixtures(names);
const catalogue = loadCatalogue();

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^a-z0-9 _-]/g, "").replace(/ /g, "-");

/** Each variant's result on each course case, or the error it threw. */
async function outputsOf(fn: string, id: string): Promise<(Value | Error)[]> {
  const module = (await import(mistakeFile({ id }))) as Record<string, (...args: unknown[]) => unknown>;
  return fixtures.byFunction.get(fn)!.cases.map((c) => {
    try {
      return toValue(module[fn](...c.args.map(fromValue)));
    } catch (error) {
      return error as Error;
    }
  });
}

describe("the mistake catalogue", () => {
  it("has at least 40 mistakes the course's cases show, and some for every function", () => {
    expect(catalogue.filter((m) => m.observable).length).toBeGreaterThanOrEqual(40);
    for (const name of names) expect(catalogue.some((m) => m.function === name && m.observable), name).toBe(true);
  });

  it("has a file for every entry, and an entry for every file (the helpers' stand-ins aside)", () => {
    for (const m of catalogue) expect(existsSync(mistakeFile(m)), m.id).toBe(true);
    for (const fn of names) {
      const files = readdirSync(join(catalogueDir, fn)).filter((f) => f.endsWith(".ts") && f !== "dnn_utils.ts" && f !== "dnn_app_utils.ts" && !names.includes(f.replace(/\.ts$/, "")));
      expect(files.map((f) => `${fn}/${f.replace(/\.ts$/, "")}`).sort()).toEqual(catalogue.filter((m) => m.function === fn).map((m) => m.id).sort());
    }
  });

  it("points every hint at an existing heading of the function's hint file", () => {
    for (const m of catalogue) {
      const [file, anchor] = m.hint_file.split("#");
      expect(file, m.id).toBe(`exercises/hints/${m.function}.md`);
      const headings = readFileSync(join(paths.projectRoot, file), "utf8").split("\n").filter((l) => l.startsWith("## ")).map((l) => slug(l.slice(3)));
      expect(headings, m.id).toContain(anchor);
    }
  });

  it("refuses an id that does not start with its function, and an unobservable entry without its reason", () => {
    const entry = { id: "linear_forward/x", function: "linear_forward", name: "n", explanation: "e", hint: "h", hint_file: "exercises/hints/linear_forward.md#a" };
    expect(() => parseCatalogue({ format_version: 1, mistakes: [{ ...entry, id: "compute_cost/x" }] }, "c.json", names)).toThrow(GraderError);
    expect(() => parseCatalogue({ format_version: 1, mistakes: [{ ...entry, observable: false }] }, "c.json", names)).toThrow(/must say why/);
    expect(() => parseCatalogue({ format_version: 1, mistakes: [{ ...entry, hint_file: "../x.md" }] }, "c.json", names)).toThrow(GraderError);
  });

  for (const fn of names) {
    const fixture = fixtures.byFunction.get(fn)!;
    const exercise = exercises.find((e) => e.name === fn)!;
    const entries = catalogue.filter((m) => m.function === fn);

    it(`${fn}: each observable mistake returns on every course case and fails at least one (or, marked "throws", throws on one); each unobservable one passes them all`, async () => {
      for (const m of entries) {
        const outputs = await outputsOf(fn, m.id);
        if (m.throws) {
          expect(outputs.some((o) => o instanceof Error), `${m.id} throws on a course case`).toBe(true);
          continue;
        }
        outputs.forEach((o, i) => expect(o instanceof Error ? `threw ${o.message}` : "returned", `${m.id} on "${fixture.cases[i].name}"`).toBe("returned"));
        const failing = fixture.cases.filter((c, i) => compareValues(outputs[i] as Value, c.expected, fixture.tolerance, exercise.outputs));
        if (m.observable) expect(failing.length, m.id).toBeGreaterThan(0);
        else expect(failing.map((c) => c.name), m.id).toEqual([]);
      }
    });

    it(`${fn}: no two mistakes give the same output on a course case that either fails`, async () => {
      const outputs = new Map(await Promise.all(entries.map(async (m) => [m.id, await outputsOf(fn, m.id)] as const)));
      fixture.cases.forEach((c, i) => {
        const returned = entries.filter((m) => !(outputs.get(m.id)![i] instanceof Error));
        const wrong = returned.filter((m) => compareValues(outputs.get(m.id)![i] as Value, c.expected, fixture.tolerance, exercise.outputs));
        for (const a of wrong) {
          for (const b of returned) {
            if (a !== b) expect(sameValue(outputs.get(b.id)![i] as Value, outputs.get(a.id)![i] as Value, fixture.tolerance), `${a.id} and ${b.id} on "${c.name}"`).toBe(false);
          }
        }
        // Mistakes that throw are named by what they throw: no two may throw the same on a case.
        const threw = entries.filter((m) => outputs.get(m.id)![i] instanceof Error);
        for (const a of threw) {
          for (const b of threw) {
            if (a !== b) expect(sameThrown(outputs.get(a.id)![i] as Error, outputs.get(b.id)![i] as Error), `${a.id} and ${b.id} throw alike on "${c.name}"`).toBe(false);
          }
        }
      });
    });
  }
});
