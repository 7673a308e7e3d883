/**
 * The documentation stays true: every `npm run X` it names is a script of package.json, every flag
 * it shows is accepted by that command's own parser (the real CLI, asked for --help after the
 * flags, which parses them all first), every relative link resolves, every `np.` function it lists
 * is in `#np`, and the assignment states the tolerance the fixtures really use. No network, no grading.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadExercises } from "../course/exercises";
import { loadFixtures } from "../fixtures/load";
import * as np from "../np/index";
import { NUMPY_TOLERANCE } from "../np/compare";
import { paths } from "../paths";

const root = paths.projectRoot;

const docs = ["README.md", ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
const textOf = (doc: string) => readFileSync(join(root, doc), "utf8");
const scripts = (JSON.parse(readFileSync(paths.packageJson, "utf8")) as { scripts: Record<string, string> }).scripts;

/** Code as the reader sees it: fenced blocks line by line (comments dropped), and inline spans, even across a line end. */
function codeIn(markdown: string): string[] {
  const code: string[] = [];
  const prose = markdown.replace(/^ *```[^\n]*\n([\s\S]*?)^ *```/gm, (_, block: string) => {
    code.push(...block.split("\n").map((l) => l.replace(/\s#\s.*$/, "")));
    return "";
  });
  for (const m of prose.matchAll(/`([^`]+)`/g)) code.push(m[1].replace(/\s+/g, " "));
  return code;
}

/** Each `npm run X [-- args]` in a piece of code: the script and the arguments it passes on. */
function npmRuns(code: string): { script: string; args: string[] }[] {
  return [...code.matchAll(/npm run (?:--silent )?([\w:.-]+)((?: [^&|;]*)?)/g)].map((m) => {
    const rest = m[2].trim().split(/\s+/).filter(Boolean);
    const dashes = rest.indexOf("--");
    return { script: m[1], args: dashes < 0 ? [] : rest.slice(dashes + 1) };
  });
}

/** Flag tables: rows whose first cell holds `--flag VALUE` spans, with the command the table is about. */
function flagTables(doc: string, markdown: string): { script: string | undefined; args: string[]; where: string }[] {
  const rows: { script: string | undefined; args: string[]; where: string }[] = [];
  let heading = "";
  let script: string | undefined;
  let inTable = false;
  let section = "";
  for (const line of markdown.split("\n")) {
    if (line.startsWith("#")) [heading, section] = [line, ""];
    section += `${line}\n`;
    if (!line.startsWith("|")) {
      inTable = false;
      continue;
    }
    const first = line.split("|")[1] ?? "";
    if (!inTable) {
      inTable = /flag/.test(first);
      script = /npm run ([\w:-]+)/.exec(first)?.[1] ?? /npm run ([\w:-]+)/.exec(heading)?.[1] ?? mostRun(section);
      continue;
    }
    for (const m of first.matchAll(/`(--[^`]+)`/g)) rows.push({ script, args: m[1].split(/\s+/), where: `${doc}: ${first.trim()}` });
  }
  return rows;
}

/** The script a section runs most often with arguments, for a flag table that does not say which command it is about. */
function mostRun(section: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of section.matchAll(/npm run ([\w:-]+) -- /g)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const documented = docs.flatMap((doc) => codeIn(textOf(doc)).flatMap((code) => npmRuns(code).map((run) => ({ ...run, where: `${doc}: ${code}` }))));

/** The grader command a script runs (`node grader/cli/launch.mjs grade` -> "grade"), if it is one. */
const launched = (script: string) => /grader\/cli\/launch\.mjs (\S+)$/.exec(scripts[script] ?? "")?.[1];

describe("the documentation", () => {
  it(`names only npm scripts package.json has (${docs.join(", ")})`, () => {
    expect(documented.length).toBeGreaterThan(30);
    for (const run of documented) expect(Object.keys(scripts), run.where).toContain(run.script);
  });

  it("shows only flags each command's own parser accepts", () => {
    const tables = docs.flatMap((doc) => flagTables(doc, textOf(doc)));
    expect(tables.length).toBeGreaterThan(10);
    expect(tables.filter((t) => t.script === "grade:bulk").map((t) => t.args[0])).toEqual(expect.arrayContaining(["--jobs", "--shard", "--force"]));
    for (const row of tables) expect(row.script, `${row.where}: say which command the table is about`).toBeDefined();
    const byCommand = new Map<string, string[]>();
    const sources = new Map<string, string>();
    const sourceOf = (script: string) => sources.get(script) ?? readFileSync(join(root, scripts[script].replace(/^tsx /, "")), "utf8");
    for (const run of documented.filter((r) => r.args.length > 0)) {
      const command = launched(run.script);
      if (command) byCommand.set(command, [...(byCommand.get(command) ?? []), ...run.args]);
      // A script of its own (a benchmark): each flag is one it reads.
      else for (const flag of run.args.filter((a) => a.startsWith("--"))) expect(sourceOf(run.script), `${run.where}: ${flag}`).toContain(`"${flag}"`);
    }
    expect(byCommand.get("grade")).toEqual(expect.arrayContaining(["--only", "--watch", "--typecheck", "--json", "--ci", "--junit"]));
    expect(byCommand.get("grade-bulk")).toEqual(expect.arrayContaining(["--out", "--student", "--hidden-seed"]));
    const usage = new Map<string, string>();
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("npm_")));
    const commands = new Set([...byCommand.keys(), ...tables.flatMap((t) => launched(t.script!) ?? [])]);
    for (const command of commands) {
      const args = byCommand.get(command) ?? [];
      // --help after the flags: the parser reads every one first, and refuses an unknown one (exit 2).
      const run = spawnSync(process.execPath, [join(root, "grader", "cli", "launch.mjs"), command, ...args, "--help"], { cwd: root, env, encoding: "utf8" });
      expect(run.stderr, `${command} ${args.join(" ")}`).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^usage: /);
      usage.set(command, run.stdout);
    }
    // A flag in a table is one its command's usage lists (the usage comes from the same module as the parser).
    for (const row of tables) {
      const command = launched(row.script!);
      const flag = row.args[0];
      if (command) expect(usage.get(command), row.where).toMatch(new RegExp(`${flag}\\b`));
      else expect(sourceOf(row.script!), row.where).toContain(`"${flag}"`);
    }
  });

  it("links only to files that exist, or to documents other branches are adding", () => {
    let links = 0;
    for (const doc of docs) {
      for (const m of textOf(doc).matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1].replace(/#.*$/, "");
        if (/^[a-z]+:/.test(m[1]) || target === "") continue;
        links++;
        const path = relative(root, resolve(dirname(join(root, doc)), target));
        expect(existsSync(join(root, path)), `${doc} links to ${m[1]}`).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(20);
  });

  it("lists only np functions that #np has", () => {
    const named = [...textOf("docs/students.md").matchAll(/\bnp\.([a-z_]+(?:\.[a-z_]+)?)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(40);
    for (const name of new Set(named)) {
      const value = name.split(".").reduce<unknown>((o, key) => (o as Record<string, unknown> | undefined)?.[key], np);
      expect(typeof value, `np.${name}`).toBe("function");
    }
  });

  it("states in exercises/README.md the tolerance every fixture is compared with", () => {
    const readme = readFileSync(join(paths.exercises, "README.md"), "utf8");
    const fixtures = loadFixtures(loadExercises().map((e) => e.name)).byFunction;
    for (const [name, fixture] of fixtures) expect(fixture.tolerance, name).toEqual(NUMPY_TOLERANCE);
    expect(readme).toContain(`rtol ${NUMPY_TOLERANCE.rtol.toExponential()}`);
    expect(readme).toContain(`atol ${NUMPY_TOLERANCE.atol.toExponential()}`);
    expect(readme).not.toMatch(/to within \d/);
    expect(readme).toContain("allclose");
  });
});
