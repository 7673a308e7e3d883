import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadExercises } from "../course/exercises";
import { paths } from "../paths";
import { buildStudentBundle } from "./bundle";
import { cacheKey, lookupBundle } from "./bundle-cache";

describe("the bundle cache", () => {
  it("serves an unchanged file's bundle and drops it once the file changes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bundle-cache-"));
    cpSync(join(paths.solutions, "linear_activation_forward.ts"), join(dir, "linear_activation_forward.ts"));
    cpSync(join(paths.solutions, "linear_forward.ts"), join(dir, "linear_forward.ts"));
    const request = { submissionDir: dir, functionName: "linear_activation_forward", gradedNames: loadExercises().map((e) => e.name), dependencies: "own" as const };
    const built = await buildStudentBundle(request, true);
    expect(built.ok).toBe(true);
    const key = cacheKey({ ...request, submissionDir: resolve(dir) });
    expect(lookupBundle(key)?.code).toBe(built.ok ? built.code : "");

    // The sibling it imports is one of the bundle's inputs too.
    const sibling = join(dir, "linear_forward.ts");
    writeFileSync(sibling, readFileSync(sibling, "utf8") + "\n// edited\n");
    expect(lookupBundle(key)).toBeUndefined();
  });
});
