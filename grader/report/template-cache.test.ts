import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { precompiledSpecs, specObject } from "./template-cache";

const sources = (text: string) => ({ templates: { "report.html": text }, partials: { badge: "<b>{{x}}</b>" } });

function counting() {
  const calls: string[] = [];
  return { calls, precompile: (source: string) => (calls.push(source), `{ "source": ${JSON.stringify(source)} }`) };
}

describe("precompiledSpecs", () => {
  it("compiles the templates once per change of their text, then reads them from the cache", () => {
    const cache = mkdtempSync(join(tmpdir(), "templates-"));
    const first = counting();
    const specs = precompiledSpecs(sources("a"), first.precompile, cache, "4.7.10");
    expect(first.calls).toHaveLength(2);
    const again = counting();
    expect(precompiledSpecs(sources("a"), again.precompile, cache, "4.7.10")).toEqual(specs);
    expect(again.calls).toHaveLength(0);
    const changed = counting();
    precompiledSpecs(sources("b"), changed.precompile, cache, "4.7.10");
    expect(changed.calls).toHaveLength(2);
    expect(readdirSync(cache)).toHaveLength(1); // the stale file is gone
  });

  it("compiles in memory when there is no cache folder or it cannot be written", () => {
    // A folder inside a file cannot be created, not even by root.
    const file = join(mkdtempSync(join(tmpdir(), "templates-")), "a-file");
    writeFileSync(file, "");
    for (const dir of [null, join(file, "cache")]) {
      const c = counting();
      expect(precompiledSpecs(sources("a"), c.precompile, dir, "4.7.10").templates["report.html"]).toContain('"source"');
      expect(c.calls).toHaveLength(2);
    }
  });

  it("rebuilds a damaged cache file", () => {
    const cache = mkdtempSync(join(tmpdir(), "templates-"));
    precompiledSpecs(sources("a"), counting().precompile, cache, "1");
    writeFileSync(join(cache, readdirSync(cache)[0]), "{ not json");
    const c = counting();
    precompiledSpecs(sources("a"), c.precompile, cache, "1");
    expect(c.calls).toHaveLength(2);
  });

  it("turns a spec back into an object", () => {
    expect(specObject('{ "compiler": [8, ">= 4.3.0"] }')).toEqual({ compiler: [8, ">= 4.3.0"] });
  });
});
