/**
 * All of a submission's bundles in one, for gradings that bundle every function (bulk above all):
 * one esbuild run and one module in the child per student, instead of one of each per function and
 * mode. The package is a CommonJS body (the sandbox's harness evaluates it) whose exports are, for
 * each context (build/bundle.ts ResolutionContext), a loader that runs that context's modules, each
 * its own instance with its own top-level code, exactly as a bundle of its own would; a throw while
 * one member loads leaves the others untouched. A graded function that resolves to its reference
 * version is a stub that asks the grader (no reference code is in a package).
 *
 * esbuild only transpiles here (each file once, to CommonJS, in one run without plugins: bundling
 * ~40 module instances per student cost more than all the rest of grading). The import rule of
 * build/bundle.ts is applied by this module, to the imports esbuild lists, and a small linker in the
 * package gives each context its own module instances. The given helpers are transpiled once per
 * grader process. Whatever the rule would refuse, or this flat view cannot express (a folder
 * inside the submission, a file that does not compile), is not packaged: the caller then bundles
 * function by function with the plugin, whose messages say exactly what is wrong.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { paths } from "../paths";
import { CALLEE_GLOBAL } from "../run/protocol";
import { contextName, givenHelpers, referencedIn, runEsbuild, type ResolutionContext } from "./bundle";

/** One transpiled file: its CommonJS text, its source map, and what it imports. */
interface Transpiled {
  file: string;
  /** Ends with a newline. */
  code: string;
  /** How many lines `code` has. */
  lines: number;
  map: { sources: string[] } & Record<string, unknown>;
  imports: string[];
  /**
   * It does what only an ES module does alike in both ways of bundling: `import()` of a name
   * computed at run time (here a `require` of it, which the linker refuses; there Node's own
   * import, which the permission model judges), or `import.meta`.
   */
  esmOnly: boolean;
}

/** esbuild writes every import as `require("...")`: anything else named `require` is the student's computed import(). */
const ESM_ONLY = /\brequire\b(?!\(")|\bimport_meta\b/;

/** Submissions with more files than this are not packaged (nor, usually, submissions). */
const MAX_FILES = 60;

/** The nearest tsconfig.json above `dir`: what esbuild finds from the student's files when bundling. */
function nearestTsconfig(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const candidate = join(d, "tsconfig.json");
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    if (dirname(d) === d) return undefined;
  }
}

/**
 * Transpiles `files` (absolute) to CommonJS in one esbuild run: each file's module, or the files
 * that do not compile (esbuild stops at the first run's errors), or undefined when it cannot tell.
 */
async function transpile(files: readonly string[], outdir: string, tsconfig?: string): Promise<{ modules: Map<string, Transpiled> } | { broken: string[] } | undefined> {
  const built = await runEsbuild(
    {
      entryPoints: [...files],
      outdir,
      bundle: false,
      format: "cjs",
      metafile: true,
      // `import()` becomes a require of the same module, which the linker resolves like the others.
      supported: { "dynamic-import": false },
      ...(tsconfig ? { tsconfig } : {}),
    },
    outdir,
  );
  if (!built.ok) {
    const broken = [...new Set(built.problems.map((p) => resolve(outdir, p.file)))];
    return broken.length > 0 && broken.every((f) => files.includes(f)) ? { broken } : undefined;
  }
  if (!built.metafile) return undefined;
  const modules = new Map<string, Transpiled>();
  for (const [output, meta] of Object.entries(built.metafile.outputs)) {
    if (!meta.entryPoint) continue;
    const file = resolve(outdir, meta.entryPoint);
    const outputPath = resolve(outdir, output);
    const emitted = built.outputs.get(outputPath);
    const mapText = built.outputs.get(`${outputPath}.map`);
    if (emitted === undefined || mapText === undefined) return undefined;
    // `import * as np from "#np"` becomes a copy of np's sixty-odd exports, with a getter each, per
    // module instance; the runtime's own namespace object reads the same and costs nothing.
    const text = emitted.replace(/\n\/\/# sourceMappingURL=.*\n?$/, "\n").replaceAll('__toESM(require("#np"))', 'require("#np")');
    const code = text.endsWith("\n") ? text : `${text}\n`;
    const map = JSON.parse(mapText) as Transpiled["map"];
    // Absolute sources: stack traces then name the student's file (build/stack.ts makes it relative).
    map.sources = map.sources.map((s) => resolve(dirname(outputPath), s));
    modules.set(file, { file, code, lines: code.split("\n").length - 1, map, imports: meta.imports.map((i) => i.path), esmOnly: ESM_ONLY.test(code) });
  }
  return modules.size === files.length ? { modules } : undefined;
}

/** The submission's files that compile, transpiled; those that do not are left out (at most two esbuild runs). */
async function transpileWhatCompiles(files: readonly string[], outdir: string): Promise<Map<string, Transpiled> | undefined> {
  const tsconfig = nearestTsconfig(outdir);
  const first = await transpile(files, outdir, tsconfig);
  if (!first || "modules" in first) return first?.modules;
  const rest = files.filter((f) => !first.broken.includes(f));
  const second = rest.length > 0 ? await transpile(rest, outdir, tsconfig) : { modules: new Map<string, Transpiled>() };
  return second && "modules" in second ? second.modules : undefined;
}

let helpers: Promise<Map<string, Transpiled> | undefined> | undefined;

/** The given helpers (dnn_utils, Part 2's dnn_app_utils), transpiled once per process. */
function helperModules(): Promise<Map<string, Transpiled> | undefined> {
  helpers ??= transpile(Object.values(givenHelpers), paths.projectRoot).then((r) => (r && "modules" in r ? r.modules : undefined));
  return helpers;
}

const NP = -1;

/**
 * Where `specifier`, imported in context `c`, leads by the rule of build/bundle.ts: an index into
 * `files`, NP for the shared runtime, a graded function's name for its reference version (a stub
 * asking the grader), or undefined when only the plugin's bundling can tell.
 */
function resolveIn(c: ResolutionContext, specifier: string, studentFiles: Map<string, number>, helperIndex: Map<string, number>, gradedNames: readonly string[]): number | string | undefined {
  if (specifier === "#np") return NP;
  if (!specifier.startsWith("./")) return undefined;
  const bare = specifier.slice(2).replace(/\.(ts|js)$/, "");
  if (bare.includes("/")) return undefined;
  const given = helperIndex.get(bare);
  if (given !== undefined) return given;
  if (gradedNames.includes(bare) && referencedIn(c).has(bare)) return bare;
  return studentFiles.get(`${bare}.ts`);
}

/** The package's linker: per context, one instance of each module, made when first required. */
const LINKER = `const npModule = globalThis[Symbol.for("dnn-grader.np")];
const callee = globalThis[Symbol.for(${JSON.stringify(CALLEE_GLOBAL)})];
const stub = (name) => ({ [name]: (...args) => callee(name, args) });
function member(entry, table) {
  const instances = [];
  const load = (index) => {
    const known = instances[index];
    if (known) {
      if (known.failed) throw known.error;
      return known.module.exports;
    }
    const module = { exports: {} };
    const record = (instances[index] = { module, failed: false, error: undefined });
    const requireHere = (specifier) => {
      const target = table[specifier];
      if (target === undefined) throw new Error(\`imports "\${specifier}", which graded code may not use: import only "#np", "./dnn_utils", "./dnn_app_utils" and your own exercise files\`);
      return target === ${NP} ? npModule : typeof target === "string" ? stub(target) : load(target);
    };
    try {
      factories[index].call(undefined, requireHere, module, module.exports);
    } catch (error) {
      record.failed = true;
      record.error = error;
      throw error;
    }
    return module.exports;
  };
  return load(entry);
}
`;

/** A package, and which of the members asked for it holds (by context name); the others are to be bundled alone. */
export interface StudentPackage {
  code: string;
  sourceMap: string;
  members: Set<string>;
}

const PRELUDE = `${LINKER}const factories = [];\n`;
const PRELUDE_LINES = PRELUDE.split("\n").length - 1;

/**
 * Builds the package of `members` for the submission in `submissionDir`. A member is left out when
 * its modules include a file that does not compile or an import the rule refuses or this flat view
 * cannot express (see above); undefined when no member could be packaged.
 */
export async function buildStudentPackage(submissionDir: string, gradedNames: readonly string[], members: readonly ResolutionContext[]): Promise<StudentPackage | undefined> {
  const dir = resolve(submissionDir);
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") && !Object.hasOwn(givenHelpers, e.name.slice(0, -3)))
    .map((e) => e.name);
  if (names.length > MAX_FILES) return undefined;
  const [own, given] = await Promise.all([transpileWhatCompiles(names.map((n) => join(dir, n)), dir), helperModules()]);
  if (!own || !given) return undefined;

  const files: Transpiled[] = [...own.values(), ...given.values()];
  const indexOf = new Map(files.map((f, i) => [f.file, i]));
  // Files that did not compile are named here too, by -2: a member that reaches one is left out.
  const studentFiles = new Map(names.map((n) => [n, indexOf.get(join(dir, n)) ?? BROKEN]));
  const helperIndex = new Map(Object.entries(givenHelpers).map(([bare, file]) => [bare, indexOf.get(file)!]));

  // Each member's table: every specifier its modules use -> the module it names in that context.
  const used = new Set<number>();
  const loaders: string[] = [];
  const packaged = new Set<string>();
  for (const c of members) {
    const table = linkTable(c, files, studentFiles, helperIndex, gradedNames);
    if (!table) continue;
    for (const index of table.modules) used.add(index);
    packaged.add(contextName(c));
    loaders.push(`  ${JSON.stringify(contextName(c))}: () => member(${table.entry}, { __proto__: null, ${Object.entries(table.specifiers).map(([s, t]) => `${JSON.stringify(s)}: ${JSON.stringify(t)}`).join(", ")} }),`);
  }
  if (packaged.size === 0) return undefined;

  // The text, and an index source map with one section per module that any member uses.
  let text = PRELUDE;
  let line = PRELUDE_LINES;
  const sections: { offset: { line: number; column: number }; map: unknown }[] = [];
  for (const index of [...used].sort((a, b) => a - b)) {
    const { code, lines, map, file } = files[index];
    // Two lines of head, the module, and the closing line.
    text += `// ${basename(file)}\nfactories[${index}] = function (require, module, exports) {\n${code}};\n`;
    sections.push({ offset: { line: line + 2, column: 0 }, map });
    line += 2 + lines + 1;
  }
  text += `module.exports = {\n${loaders.join("\n")}\n};\n`;
  return { code: text, sourceMap: JSON.stringify({ version: 3, sections }), members: packaged };
}

const BROKEN = -2;

/**
 * Member `c`'s entry module, the modules it reaches, and what each specifier they import names in
 * its context; undefined when it reaches a file that did not compile, an import only the
 * per-function bundling can judge, or code that behaves otherwise outside an ES module.
 */
function linkTable(c: ResolutionContext, files: Transpiled[], studentFiles: Map<string, number>, helperIndex: Map<string, number>, gradedNames: readonly string[]) {
  const entry = studentFiles.get(`${c.functionName}.ts`);
  if (entry === undefined || entry === BROKEN) return undefined;
  const specifiers: Record<string, number | string> = {};
  const pending = [entry];
  const modules = new Set<number>(pending);
  while (pending.length > 0) {
    const index = pending.pop()!;
    if (files[index].esmOnly) return undefined;
    for (const specifier of files[index].imports) {
      const target = resolveIn(c, specifier, studentFiles, helperIndex, gradedNames);
      if (target === undefined || target === BROKEN) return undefined;
      specifiers[specifier] = target;
      if (typeof target === "number" && target !== NP && !modules.has(target)) {
        modules.add(target);
        pending.push(target);
      }
    }
  }
  return { entry, modules, specifiers };
}
