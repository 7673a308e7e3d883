/**
 * Which exercise files hold code: a course author who solved `exercises/` to try the grader must not
 * ship the answers in a handout by accident. A stub's region between YOUR CODE STARTS HERE and YOUR
 * CODE ENDS HERE holds only the throw of NotImplementedError (and comments); anything else is code.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Whether a file's text is still the stub: markers present, and nothing but comments and the throw between them. */
export function isStub(text: string): boolean {
  const start = text.indexOf("YOUR CODE STARTS HERE");
  const end = text.indexOf("YOUR CODE ENDS HERE");
  if (start < 0 || end < start) return false;
  const region = text.slice(text.indexOf("\n", start) + 1, text.lastIndexOf("\n", end));
  const code = region
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split("\n")
    .map((line) => line.replace(/\/\/.*$/, "").trim())
    .filter(Boolean);
  return code.length === 1 && /^throw new NotImplementedError\([^)]*\);?$/.test(code[0]);
}

/** The functions whose file in `dir` holds code; a missing file holds none. */
export function solvedExercises(dir: string, names: readonly string[]): string[] {
  return names.filter((name) => {
    const file = join(dir, `${name}.ts`);
    return existsSync(file) && !isStub(readFileSync(file, "utf8"));
  });
}
