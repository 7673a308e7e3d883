/**
 * Bundles code for the sandboxed child with esbuild. Student bundles resolve imports by one rule:
 * `#np` is the grader's runtime (shared with the harness through a global), `./dnn_utils` is always
 * the grader's helpers, a sibling exercise resolves to the student's own file or, when grading a
 * function in isolation, to the reference version of a function it calls: a stub that asks the
 * grader, which alone holds reference code (and only those functions: a reference version of
 * anything else would hand the student a finished answer, e.g. the reference
 * linear_activation_forward's cache holds the reference Z of linear_forward); anything else a
 * student imports is refused.
 */
import type * as esbuild from "esbuild";
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve, relative, isAbsolute } from "node:path";
import { paths } from "../paths";
import { CALLEE_GLOBAL } from "../run/protocol";
import { cacheKey, lookupBundle, storeBundle } from "./bundle-cache";
import * as np from "../np/index";
import { dependenciesOf, loadExercises } from "../course/exercises";

const { projectRoot, solutions: solutionsDir, helpers: helpersFile, appHelpers: appHelpersFile, harnessEntry } = paths;

/** The given helper modules a student imports by name; the grader's own copy is always used. */
export const givenHelpers: Record<string, string> = { dnn_utils: helpersFile, dnn_app_utils: appHelpersFile };

export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

export interface BuildProblem extends SourcePosition {
  text: string;
}

export type BuildResult =
  | { ok: true; code: string; sourceMap: string }
  | { ok: false; problems: BuildProblem[] };

/** How a student's imports of sibling exercises resolve: which graded function is the entry, and in which mode. */
export interface ResolutionContext {
  /** The graded function whose file is the entry. */
  functionName: string;
  /**
   * "reference": the graded functions `functionName` calls, directly or not, resolve to the solutions
   * and every other sibling to the student's file; "own": every sibling resolves to the student's file.
   */
  dependencies: "reference" | "own";
}

/** The name of a context, e.g. "L_model_forward:own". */
export function contextName(c: ResolutionContext): string {
  return `${c.functionName}:${c.dependencies}`;
}

/** The graded functions that resolve to their reference versions in context `c`. */
export function referencedIn(c: ResolutionContext): Set<string> {
  return new Set(c.dependencies === "reference" ? dependenciesOf(c.functionName, loadExercises()) : []);
}

export interface StudentBundleRequest extends ResolutionContext {
  submissionDir: string;
  /** Every graded function name, to recognise imports of sibling exercises. */
  gradedNames: readonly string[];
}

export const npShim = `const np = globalThis[Symbol.for("dnn-grader.np")];\nexport const { ${Object.keys(np).join(", ")} } = np;\n`;

/** The file a relative import names, tried as TypeScript the way the student's editor would. */
function resolveTsFile(base: string): string | undefined {
  const candidates = [base, `${base}.ts`, `${base.replace(/\.js$/, "")}.ts`, join(base, "index.ts")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/**
 * The reference version of a graded function: its solution, or in a student handout (which ships
 * no solutions) a replay of the solution's recorded calls on the course's cases (see grader/handout/).
 */
export function referenceFile(name: string): string {
  const solution = join(solutionsDir, `${name}.ts`);
  return existsSync(solution) ? solution : join(paths.referenceTapes, `${name}.ts`);
}

function isInside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

const sharedRuntime = new Set([join(projectRoot, "grader", "np", "index.ts"), join(projectRoot, "grader", "np", "ndarray.ts")]);

/** A graded function the grader answers in its reference version (run/sandbox.ts CalleeServer). */
function calleeStub(name: string): string {
  return `export const ${name} = (...args) => globalThis[Symbol.for(${JSON.stringify(CALLEE_GLOBAL)})](${JSON.stringify(name)}, args);\n`;
}

/**
 * `references`: "callee" for code that runs in the sandbox, where a reference version is a stub
 * that asks the grader (no reference code may be in the child); "inline" for trusted code that
 * runs in the grader itself (the catalogue's variants).
 */
function studentPlugin(request: StudentBundleRequest, references: "callee" | "inline" = "callee"): esbuild.Plugin {
  const submissionDir = resolve(request.submissionDir);
  const graded = new Set(request.gradedNames);
  const fromReference = referencedIn(request);
  return {
    name: "grader-resolution",
    setup(build) {
      build.onResolve({ filter: /^#np$/ }, () => ({ path: "np", namespace: "grader-np" }));
      build.onLoad({ filter: /.*/, namespace: "grader-np" }, () => ({ contents: npShim, loader: "js" }));
      build.onLoad({ filter: /.*/, namespace: "grader-callee" }, (args) => ({ contents: calleeStub(args.path), loader: "js" }));
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === "entry-point") return undefined;
        // Part 2's helpers import the student's L_model_forward (predict): resolved as the student's own imports.
        const fromStudent = isInside(submissionDir, args.importer) || args.importer === appHelpersFile;
        if (!fromStudent) {
          // Grader modules bundled beside student code (e.g. the handout's replay) must share the
          // harness's NDArray class, not bundle a second copy of it.
          const target = args.path.startsWith(".") ? resolveTsFile(resolve(dirname(args.importer), args.path)) : undefined;
          return target && sharedRuntime.has(target) ? { path: "np", namespace: "grader-np" } : undefined;
        }
        const bare = args.path.replace(/^\.\//, "").replace(/\.(ts|js)$/, "");
        if (args.path.startsWith("./") && Object.hasOwn(givenHelpers, bare)) return { path: givenHelpers[bare] };
        if (args.path.startsWith("./") && graded.has(bare)) {
          if (fromReference.has(bare)) return references === "callee" ? { path: bare, namespace: "grader-callee" } : { path: referenceFile(bare) };
          // A variant is the mistake alone: any other graded function it imports is the reference
          // (L_layer_model/part1-initialiser imports Part 1's initialize_parameters_deep).
          if (references === "inline") return { path: referenceFile(bare) };
          const own = join(submissionDir, `${bare}.ts`);
          return existsSync(own) ? { path: own } : { errors: [{ text: `imports ./${bare}, but ${bare}.ts is missing from the submission` }] };
        }
        if (args.path.startsWith(".")) {
          const target = resolveTsFile(resolve(dirname(args.importer), args.path));
          if (target && isInside(submissionDir, target)) return { path: target };
        }
        return {
          errors: [{ text: `imports "${args.path}", which graded code may not use: import only "#np", "./dnn_utils", "./dnn_app_utils" and your own exercise files` }],
        };
      });
    },
  };
}

function problemsOf(error: unknown, baseDir: string): BuildProblem[] {
  const messages = (error as { errors?: esbuild.Message[] }).errors;
  if (!messages) return [{ file: "", line: 0, column: 0, text: String(error) }];
  return messages.map((m) => ({
    file: m.location ? relative(baseDir, resolve(baseDir, m.location.file)) : "",
    line: m.location?.line ?? 0,
    column: (m.location?.column ?? 0) + 1,
    text: m.text,
  }));
}

let esbuildModule: Promise<typeof esbuild> | undefined;

/**
 * Loaded on first use: when every bundle comes from the cache, a grading never needs esbuild. Its
 * Go service collects garbage after every few small requests at Go's default (GOGC=100); bulk
 * grading makes thousands, and a higher target costs it a little memory for ~25% less CPU.
 */
function startEsbuild(): Promise<typeof esbuild> {
  process.env.GOGC ??= "400";
  return import("esbuild");
}

export type EsbuildOutcome = { ok: true; outputs: Map<string, string>; metafile?: esbuild.Metafile } | { ok: false; problems: BuildProblem[] };

/**
 * One esbuild run into memory, as every piece of code the grader runs is made: ESM (unless asked
 * otherwise) for Node 20, with external source maps. Outputs by absolute path.
 */
export async function runEsbuild(options: esbuild.BuildOptions, baseDir: string): Promise<EsbuildOutcome> {
  try {
    const { build } = await (esbuildModule ??= startEsbuild());
    const result = await build({
      bundle: true,
      format: "esm",
      ...(options.outdir ? {} : { outfile: join(baseDir, "bundle.js") }),
      ...options,
      write: false,
      platform: "neutral",
      target: "node20",
      sourcemap: "external",
      sourcesContent: false,
      absWorkingDir: baseDir,
      logLevel: "silent",
    });
    return { ok: true, outputs: new Map(result.outputFiles.map((f) => [f.path, f.text])), metafile: result.metafile };
  } catch (error) {
    return { ok: false, problems: problemsOf(error, baseDir) };
  }
}

async function bundle(options: esbuild.BuildOptions, baseDir: string, cache?: string): Promise<BuildResult> {
  const cached = cache ? lookupBundle(cache) : undefined;
  if (cached) return { ok: true, ...cached };
  const built = await runEsbuild({ metafile: cache !== undefined, ...options }, baseDir);
  if (!built.ok) return built;
  const { outputs, metafile } = built;
  const code = outputs.get(join(baseDir, "bundle.js"))!;
  const sourceMap = outputs.get(join(baseDir, "bundle.js.map"))!;
  if (cache && metafile) {
    // Virtual modules (the #np shim) are in no file: they are part of the grader's build.
    const files = Object.keys(metafile.inputs).filter((input) => !input.includes(":")).map((input) => resolve(baseDir, input));
    storeBundle(cache, files, { code, sourceMap });
  }
  return { ok: true, code, sourceMap };
}

/** `cache`: reuse this submission's unchanged bundles from the last run (see bundle-cache.ts). */
export function buildStudentBundle(request: StudentBundleRequest, cache = false): Promise<BuildResult> {
  const dir = resolve(request.submissionDir);
  const key = cache ? cacheKey({ ...request, submissionDir: dir }) : undefined;
  return bundle({ entryPoints: [join(dir, `${request.functionName}.ts`)], format: "cjs", plugins: [studentPlugin(request)] }, dir, key);
}

/**
 * Bundles a trusted file that stands in for `functionName`.ts of a submission graded against the
 * reference versions of what it calls: a catalogued mistake (grader/diagnose/catalogue), which
 * lives outside any submission folder and is named after the mistake, not the function.
 */
export function buildVariantBundle(file: string, functionName: string, gradedNames: readonly string[]): Promise<BuildResult> {
  const entry = resolve(file);
  const dir = dirname(entry);
  return bundle({ entryPoints: [entry], plugins: [studentPlugin({ submissionDir: dir, functionName, gradedNames, dependencies: "reference" }, "inline")] }, dir);
}

/**
 * Bundles trusted grader code given as module text (the reference versions, which run in the
 * grader): every import resolves normally from `resolveDir`, except that `#np` is a shim reading
 * the runtime from a global, so that the arrays it returns are of the importer's NDArray class.
 * With `cache`, the bundle is kept on disk until one of its files changes (bundle-cache.ts).
 */
export function buildGraderBundle(contents: string, resolveDir: string, cache = false): Promise<BuildResult> {
  const sharedNp: esbuild.Plugin = {
    name: "grader-shared-np",
    setup(build) {
      build.onResolve({ filter: /^#np$/ }, () => ({ path: "np", namespace: "grader-np" }));
      build.onResolve({ filter: /^\./ }, (args) => {
        const target = resolveTsFile(resolve(args.resolveDir, args.path));
        return target && sharedRuntime.has(target) ? { path: "np", namespace: "grader-np" } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: "grader-np" }, () => ({ contents: npShim, loader: "js" }));
    },
  };
  return bundle({ stdin: { contents, resolveDir, loader: "ts", sourcefile: "grader-module.ts" }, plugins: [sharedNp] }, projectRoot, cache ? cacheKey({ graderBundle: contents, resolveDir }) : undefined);
}

let harness: Promise<string> | undefined;

/** Node built-ins the harness imports (the child loads them itself; they are not bundled). Also in cli/launch.mjs. */
export const HARNESS_EXTERNALS = ["node:*"];

/**
 * The child's harness with the np runtime inside, built once per grader process. When the CLI runs
 * from its prebuilt bundle, the launcher has already built the harness beside it (and checked it is
 * fresher than the sources), so it is only read.
 */
export function harnessCode(): Promise<string> {
  const prebuilt = (globalThis as Record<symbol, unknown>)[Symbol.for("dnn-grader.prebuilt-harness")];
  if (typeof prebuilt === "string") return (harness ??= readFile(prebuilt, "utf8"));
  harness ??= bundle({ entryPoints: [harnessEntry], format: "cjs", external: HARNESS_EXTERNALS }, projectRoot).then((r) => {
    if (!r.ok) throw new Error(`cannot build the sandbox harness: ${r.problems.map((p) => `${p.file}:${p.line}: ${p.text}`).join("; ")}`);
    return r.code;
  });
  return harness;
}
