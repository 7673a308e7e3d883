/**
 * Bundling renames a variable declared again in a block (`A` to `A2`); messages get the student's
 * name back from the source map. Built with esbuild as student code is.
 */
import { describe, expect, it } from "vitest";
import { runEsbuild } from "./bundle";
import { originalName, withOriginalNames } from "./names";

const source = `export function f(X: number[]) {
  let A = X;
  for (let l = 1; l < 3; l++) {
    const A_prev = A;
    const [A, cache] = [A_prev, l];
  }
  return A;
}
`;

async function bundled() {
  const built = await runEsbuild({ stdin: { contents: source, loader: "ts", sourcefile: "L_model_forward.ts", resolveDir: "/tmp" }, format: "cjs" }, "/tmp");
  if (!built.ok) throw new Error(built.problems[0].text);
  const code = built.outputs.get("/tmp/bundle.js")!;
  return { url: "grader-bundle:test", code, sourceMap: built.outputs.get("/tmp/bundle.js.map")! };
}

describe("the student's names in messages", () => {
  it("reads a renamed variable's original name from the source map", async () => {
    const bundle = await bundled();
    expect(bundle.code).toMatch(/\bA2\b/); // what V8 would name in its message
    expect(originalName("A2", bundle)).toBe("A");
    expect(originalName("A_prev", bundle)).toBeUndefined();
  });

  it("rewrites a message thrown from that bundle, and leaves others alone", async () => {
    const bundle = await bundled();
    const stack = `ReferenceError: x\n    at f (${bundle.url}:5:20)`;
    expect(withOriginalNames("Cannot access 'A2' before initialization", [bundle], stack)).toBe("Cannot access 'A' before initialization");
    expect(withOriginalNames("Cannot access 'A2' before initialization", [bundle], "at elsewhere:1:1")).toBe("Cannot access 'A2' before initialization");
    expect(withOriginalNames("W1 is not defined", [bundle], stack)).toBe("W1 is not defined");
  });
});
