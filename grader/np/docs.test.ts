/**
 * Every function of `#np` has documentation an editor shows on hover: what it does, the numpy
 * call it mirrors, and an example. Checked with TypeScript's language service, as an editor asks it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as np from "./index";
import { paths } from "../paths";

const names = [
  ...Object.keys(np).filter((k) => typeof (np as Record<string, unknown>)[k] === "function" && /^[a-z]/.test(k)).map((k) => `np.${k}`),
  ...Object.keys(np.random).filter((k) => typeof (np.random as Record<string, unknown>)[k] === "function").map((k) => `np.random.${k}`),
];

/** A student file that calls each function, and the language service an editor would run on it. */
function hoverAll(): Map<string, string> {
  const file = join(paths.exercises, "__hover__.ts");
  const text = `import * as np from "#np";\n${names.map((n) => `${n};`).join("\n")}\n`;
  const options: ts.CompilerOptions = { module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, types: [] };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (f) => ts.ScriptSnapshot.fromString(f === file ? text : (ts.sys.readFile(f) ?? "")),
    getCurrentDirectory: () => paths.projectRoot,
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (f) => f === file || ts.sys.fileExists(f),
    readFile: (f) => (f === file ? text : ts.sys.readFile(f)),
    readDirectory: ts.sys.readDirectory,
  };
  const service = ts.createLanguageService(host);
  const hovers = new Map<string, string>();
  for (const name of names) {
    const at = text.indexOf(`\n${name};`) + 1 + name.length - 1;
    const info = service.getQuickInfoAtPosition(file, at);
    const doc = ts.displayPartsToString(info?.documentation);
    const tags = (info?.tags ?? []).map((t) => `@${t.name} ${ts.displayPartsToString(t.text)}`).join("\n");
    hovers.set(name, `${doc}\n${tags}`);
  }
  return hovers;
}

describe("#np's documentation on hover", () => {
  const hovers = hoverAll();
  it("covers the functions a student calls", () => {
    expect(names).toEqual(expect.arrayContaining(["np.dot", "np.sum", "np.zeros", "np.random.randn", "np.squeeze"]));
    expect(readFileSync(join(paths.projectRoot, "package.json"), "utf8")).toContain('"#np"');
  });
  for (const name of names) {
    it(`documents ${name}: what it does, its numpy twin, an example`, () => {
      const hover = hovers.get(name)!;
      expect(hover, name).toMatch(/\S{3,}/);
      expect(hover, name).toMatch(/numpy: `[^`]+`/);
      expect(hover, name).toMatch(/@example \S/);
    });
  }
});
