/**
 * The catalogue without its code, for the student handout: each mistake's output on each public
 * case, computed when the handout is built. The variants are near-solutions (one bug away from the
 * answer), so their code stays with the teacher; their outputs on the public inputs give nothing
 * away (the public fixtures hold the expected values anyway) and still let the handout name a mistake.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadExercises } from "../../course/exercises";
import type { Fixture } from "../../fixtures/load";
import { importTrusted } from "../../reference/references";
import { buildVariantBundle } from "../../build/bundle";
import { fromValue, toValue } from "../../values/live";
import { decodeWire, encodeWire, type WireValue } from "../../values/wire";
import type { Value } from "../../values/value";
import { catalogueDir, type Mistake } from "./catalogue";

/** What a variant threw: its error's name and message (a variant that throws is named by them). */
export interface CompiledThrown {
  threw: { name: string; message: string };
}

/** mistake id -> case name -> the variant's output, or what it threw (null when it threw something else than an Error). */
export type CompiledOutputs = Record<string, Record<string, WireValue | CompiledThrown | null>>;

const isThrown = (x: unknown): x is CompiledThrown => typeof x === "object" && x !== null && "threw" in x;

export const compiledOutputsFile = join(catalogueDir, "compiled-outputs.json");

let loaded: CompiledOutputs | undefined;

/** The compiled outputs, present only in a handout. */
export function compiledOutput(mistakeId: string, caseName: string): Value | null | undefined {
  if (!loaded) {
    if (!existsSync(compiledOutputsFile)) return undefined;
    loaded = JSON.parse(readFileSync(compiledOutputsFile, "utf8")) as CompiledOutputs;
  }
  const output = loaded[mistakeId]?.[caseName];
  return output === undefined ? undefined : output === null || isThrown(output) ? null : decodeWire(output);
}

/** What a mistake threw on a public case, in a handout. */
export function compiledThrown(mistakeId: string, caseName: string): { name: string; message: string } | undefined {
  if (compiledOutput(mistakeId, caseName) === undefined && !loaded) return undefined;
  const output = loaded?.[mistakeId]?.[caseName];
  return isThrown(output) ? output.threw : undefined;
}

/** Runs every observable variant on its function's public cases, in this process (trusted code). */
export async function compileOutputs(mistakes: readonly Mistake[], fixtures: Map<string, Fixture>): Promise<CompiledOutputs> {
  const names = loadExercises().map((e) => e.name);
  const compiled: CompiledOutputs = {};
  for (const mistake of mistakes.filter((m) => m.observable)) {
    const build = await buildVariantBundle(join(catalogueDir, `${mistake.id}.ts`), mistake.function, names);
    if (!build.ok) throw new Error(`${mistake.id} does not bundle: ${build.problems[0]?.text}`);
    const module = (await importTrusted(build.code)) as Record<string, (...a: unknown[]) => unknown>;
    compiled[mistake.id] = {};
    for (const c of fixtures.get(mistake.function)!.cases) {
      try {
        // JSON numbers (no binary arrays): the handout's file stays readable text.
        compiled[mistake.id][c.name] = encodeWire(toValue(module[mistake.function](...c.args.map(fromValue))), Infinity);
      } catch (error) {
        compiled[mistake.id][c.name] = error instanceof Error ? { threw: { name: error.name, message: error.message } } : null;
      }
    }
  }
  return compiled;
}
