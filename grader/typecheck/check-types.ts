/**
 * Type-checks a submission's files with TypeScript, the way the student's editor would: `#np` is
 * the grader's runtime and `./dnn_utils` the grader's helpers when the folder has none. Type errors
 * are warnings, never failures: the grader judges what the code returns, not how it is typed.
 */
import ts from "typescript";
import { existsSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { paths } from "../paths";

const options: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.Preserve,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2022.d.ts"],
  types: [],
  skipLibCheck: true,
  baseUrl: paths.projectRoot,
  paths: { "#np": ["grader/np/index.ts"] },
};

const studentGlobals = join(paths.projectRoot, "grader", "typecheck", "student-globals.d.ts");

export function checkTypes(dir: string, files: readonly string[]): string[] {
  const root = resolve(dir);
  const host = ts.createCompilerHost(options);
  const helpersInFolder = existsSync(join(root, "dnn_utils.ts"));
  host.resolveModuleNameLiterals = (literals, containingFile) =>
    literals.map((literal) => {
      const name = literal.text;
      if (!helpersInFolder && /^\.\/dnn_utils(\.ts)?$/.test(name) && resolve(containingFile, "..") === root) {
        return { resolvedModule: { resolvedFileName: paths.helpers, extension: ts.Extension.Ts } };
      }
      return ts.resolveModuleName(name, containingFile, options, host);
    });
  const rootNames = files.map((f) => join(root, f));
  const program = ts.createProgram({ rootNames: [...rootNames, studentGlobals], options, host });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && rootNames.includes(resolve(d.file.fileName)))
    .map((d) => {
      const { line, character } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
      const file = relative(root, d.file!.fileName) || basename(d.file!.fileName);
      return `${file}:${line + 1}:${character + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
}
