/**
 * Records, for the student handout, every call the reference solutions make to the graded
 * functions they call, on the course's cases: the data that grader/handout/replay.ts replays.
 * Runs trusted reference code in this process (it is the course author's build step, not grading).
 */
import * as esbuild from "esbuild";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { loadCatalogue, mistakeFile } from "../diagnose/catalogue/catalogue";
import * as np from "../np/index";
import { loadExercises, type Exercise } from "../course/exercises";
import type { Fixture } from "../fixtures/load";
import { paths } from "../paths";
import { fromValue, toValue } from "../values/live";
import type { FixtureJson } from "../values/fixture-json";
import { toTapeJson, type TapeEntry } from "./replay";

const RECORDER = Symbol.for("dnn-grader.tape-recorder");

/** A bundle of `entryFile` (a caller's solution, a variant, a probe) whose direct imports of `calls` go through the recorder. */
async function recordingBundle(entryFile: string, calls: readonly string[]): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entryFile],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    logLevel: "silent",
    plugins: [
      {
        name: "record-callees",
        setup(build) {
          build.onResolve({ filter: /^#np$/ }, () => ({ path: "np", namespace: "np-shim" }));
          build.onLoad({ filter: /.*/, namespace: "np-shim" }, () => ({
            contents: `const np = globalThis[Symbol.for("dnn-grader.np")];\nexport const { ${Object.keys(np).join(", ")} } = np;`,
            loader: "js",
          }));
          build.onResolve({ filter: /^\.\// }, (args) => {
            const bare = args.path.slice(2).replace(/\.ts$/, "");
            if (args.importer === entryFile && calls.includes(bare)) return { path: bare, namespace: "recorded" };
            return undefined;
          });
          build.onLoad({ filter: /.*/, namespace: "recorded" }, (args) => ({
            contents:
              `import { ${args.path} as real } from ${JSON.stringify(join(paths.solutions, `${args.path}.ts`))};\n` +
              `export function ${args.path}(...args) { return globalThis[Symbol.for("dnn-grader.tape-recorder")](${JSON.stringify(args.path)}, args, real); }\n`,
            loader: "js",
            resolveDir: paths.solutions,
          }));
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}

/**
 * Wrong callers whose calls the tapes also record, so that a handout answers them as the solutions
 * would: the catalogue's variants, and probes of slips that make calls no right function makes (a
 * layer loop one too far). Without them, a handout could only say "called with arguments the
 * course's case never passes" where the repository names the mistake or numpy's error.
 */
export const probesDir = join(paths.projectRoot, "grader", "handout", "probes");

function wrongCallers(caller: string): string[] {
  const variants = loadCatalogue().filter((m) => m.function === caller).map(mistakeFile);
  const probes = existsSync(join(probesDir, caller)) ? readdirSync(join(probesDir, caller)).filter((f) => f.endsWith(".ts") && !loadExercises().some((e) => `${e.name}.ts` === f)).map((f) => join(probesDir, caller, f)) : [];
  return [...variants, ...probes].filter((f) => existsSync(f));
}

/** An error as the tape keeps it: what the grader sends back of a reference's throw (calleeServer). */
const thrown = (error: unknown) => (error instanceof Error ? { name: error.name, message: error.message } : { name: "Error", message: String(error) });

export async function recordTapes(exercises: readonly Exercise[], fixtures: Map<string, Fixture>): Promise<Map<string, TapeEntry[]>> {
  const tapes = new Map<string, TapeEntry[]>();
  const globals = globalThis as Record<symbol, unknown>;
  globals[Symbol.for("dnn-grader.np")] = np;
  globals[RECORDER] = (name: string, args: unknown[], real: (...a: unknown[]) => unknown) => {
    let recorded: FixtureJson[];
    try {
      recorded = args.map((a) => toTapeJson(toValue(a)));
    } catch {
      return real(...args); // an argument no tape can hold (a function, a Promise): not recorded
    }
    let entry: TapeEntry;
    let result: unknown;
    try {
      result = real(...args);
      entry = { args: recorded, result: toTapeJson(toValue(result)) };
    } catch (error) {
      entry = { args: recorded, threw: thrown(error) };
      remember(tapes, name, entry);
      throw error;
    }
    remember(tapes, name, entry);
    return result;
  };
  try {
    for (const caller of exercises.filter((e) => e.calls.length > 0)) {
      const sources = [join(paths.solutions, `${caller.name}.ts`), ...wrongCallers(caller.name)];
      for (const source of sources) {
        const code = await recordingBundle(source, caller.calls);
        const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)) as Record<string, (...a: unknown[]) => unknown>;
        for (const c of fixtures.get(caller.name)!.cases) {
          try {
            module[caller.name](...c.args.map(fromValue));
          } catch (error) {
            // A wrong caller may throw, in a callee (recorded) or in its own code; a solution never does.
            if (source.startsWith(paths.solutions)) throw error;
          }
        }
      }
    }
  } finally {
    delete globals[RECORDER];
  }
  return tapes;
}

/** Adds an entry to its callee's tape unless an entry with the same arguments is there (same arguments, same answer). */
function remember(tapes: Map<string, TapeEntry[]>, name: string, entry: TapeEntry): void {
  const tape = tapes.get(name) ?? [];
  const key = JSON.stringify(entry.args);
  if (!tape.some((t) => JSON.stringify(t.args) === key)) tape.push(entry);
  tapes.set(name, tape);
}

/** The TypeScript module that replaces `name`'s solution in the handout. */
export function tapeModule(name: string, tape: readonly TapeEntry[]): string {
  return (
    `// Generated by \`npm run handout\`: the calls the reference ${name} made on the course's cases.\n` +
    `// The handout ships no solutions; grading a function "with the reference ${name}" replays these.\n` +
    `import { replay, type TapeEntry } from "../handout/replay";\n\n` +
    `const tape: TapeEntry[] = ${JSON.stringify(tape)};\n\n` +
    `export function ${name}(...args: unknown[]): any {\n  return replay(${JSON.stringify(name)}, tape, args);\n}\n`
  );
}
