/**
 * Compiles the report's `.hbs` files once per change of their text, not once per grading: cold,
 * Handlebars' compiler takes ~100 ms of CPU for these templates, loading its precompiled output
 * ~10 ms, and students run `npm run grade` over and over. The precompiled specs are kept in
 * grader/.build/ (the launcher's build folder, never committed), named by a hash of the sources
 * and the compile options; without a writable folder, templates are simply compiled in memory.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { writeAtomically } from "../results/write";

export interface TemplateSources {
  /** Top-level templates and partials by name: "report.html", "badge", ... */
  templates: Record<string, string>;
  partials: Record<string, string>;
}

export function readTemplateSources(dir: string): TemplateSources {
  const read = (folder: string) =>
    Object.fromEntries(
      readdirSync(folder)
        .filter((f) => f.endsWith(".hbs"))
        .sort()
        .map((f) => [basename(f, ".hbs"), readFileSync(join(folder, f), "utf8")]),
    );
  return { templates: read(dir), partials: read(join(dir, "partials")) };
}

type Specs = { templates: Record<string, string>; partials: Record<string, string> };

/** Template specs (JavaScript source, as `Handlebars.precompile` gives them), from the cache when it holds them. */
export function precompiledSpecs(
  sources: TemplateSources,
  precompile: (source: string) => string,
  cacheDir: string | null,
  version: string,
): Specs {
  const key = createHash("sha256").update(JSON.stringify([version, sources])).digest("hex").slice(0, 16);
  const file = cacheDir === null ? null : join(cacheDir, `report-templates-${key}.json`);
  if (file && existsSync(file)) {
    try {
      return JSON.parse(readFileSync(file, "utf8")) as Specs;
    } catch {
      // A damaged cache file is rebuilt below.
    }
  }
  const compileAll = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).map(([name, source]) => [name, precompile(source)]));
  const specs = { templates: compileAll(sources.templates), partials: compileAll(sources.partials) };
  if (file && cacheDir) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      writeAtomically(file, JSON.stringify(specs));
      for (const old of readdirSync(cacheDir)) {
        if (/^report-templates-[0-9a-f]+\.json$/.test(old) && old !== basename(file)) rmSync(join(cacheDir, old), { force: true });
      }
    } catch {
      // A read-only install grades as well, compiling each time.
    }
  }
  return specs;
}

/** Turns a spec back into the object `env.template()` takes: the grader's own generated code, never student text. */
export function specObject(spec: string): object {
  return new Function(`return ${spec};`)() as object;
}
