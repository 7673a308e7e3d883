/**
 * The catalogue of known mistakes (catalogue.json beside this file): for each graded function, the
 * wrong implementations students write, each a real submission file in catalogue/<function>/<slug>.ts.
 * The JSON is bundled into the grader, validated once with its schema, and checked for what a
 * schema cannot say (ids that match their function, names of graded functions).
 */
import { join } from "node:path";
import { paths } from "../../paths";
import { GraderError } from "../../errors";
import { loadExercises } from "../../course/exercises";
import { assertValid } from "../../validation/ajv";
import schema from "./catalogue.schema.json" with { type: "json" };
import catalogueJson from "./catalogue.json" with { type: "json" };

export interface Mistake {
  /** "<function>/<slug>", unique in the catalogue. */
  id: string;
  function: string;
  name: string;
  explanation: string;
  hint: string;
  /** The hint file and anchor, e.g. "exercises/hints/linear_forward.md#hint-2-...". */
  hint_file: string;
  /** true when it throws on the course's cases: named by what it throws (variants.ts matchingThrownMistakes). */
  throws?: boolean;
  /** false when the course's inputs cannot show the mistake; such entries are documented, never run. */
  observable: boolean;
  unobservable_because?: string;
}

interface CatalogueFile {
  format_version: 1;
  mistakes: (Omit<Mistake, "observable"> & { observable?: boolean })[];
}

export const catalogueDir = join(paths.projectRoot, "grader", "diagnose", "catalogue");
export const catalogueFile = join(catalogueDir, "catalogue.json");

/** The submission file that makes the mistake: catalogue/<function>/<slug>.ts. */
export function mistakeFile(mistake: Pick<Mistake, "id">): string {
  return join(catalogueDir, `${mistake.id}.ts`);
}

export function parseCatalogue(json: unknown, file: string, gradedNames: readonly string[]): Mistake[] {
  const parsed = assertValid<CatalogueFile>(schema, json, file, "config");
  const seen = new Set<string>();
  return parsed.mistakes.map((m, i) => {
    const at = (field: string) => `/mistakes/${i}/${field}`;
    if (!gradedNames.includes(m.function)) throw new GraderError("config", `names "${m.function}", which is not a graded function`, file, at("function"));
    if (!m.id.startsWith(`${m.function}/`)) throw new GraderError("config", `has the id "${m.id}", which must start with "${m.function}/"`, file, at("id"));
    if (seen.has(m.id)) throw new GraderError("config", `repeats the id "${m.id}"`, file, at("id"));
    seen.add(m.id);
    const observable = m.observable ?? true;
    if (observable === (m.unobservable_because !== undefined)) {
      throw new GraderError("config", `must say why exactly when "observable" is false`, file, at(observable ? "unobservable_because" : "observable"));
    }
    return { ...m, observable };
  });
}

let cached: Mistake[] | undefined;

export function loadCatalogue(): Mistake[] {
  cached ??= parseCatalogue(catalogueJson, catalogueFile, loadExercises().map((e) => e.name));
  return cached;
}
