/**
 * Each Python habit found on a line as a student types it, with the TypeScript form that works;
 * and none on the course's solutions and exercises, so that a habit named is a habit made.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { paths } from "../../paths";
import { readFailure } from "../thrown/failure";
import { findHabits, loadTypeScript, mayHaveHabits } from "./habits";
import { runtimeHabits, syntaxHabit } from "./runtime";

const ts = await loadTypeScript();
const habitsOf = (code: string) => findHabits(ts, code);

const cases: [string, string, string][] = [
  // [line as a student types it, habit id, a piece of the TypeScript form]
  ["const db = np.sum(dZ, axis=1, keepdims=True);", "python/keyword-argument", "np.sum(dZ, { axis: 1, keepdims: true })"],
  ["const W1 = np.random.randn((n_h, n_x));", "python/tuple-argument", "np.random.randn(n_h, n_x)"],
  ["const b1 = np.zeros((n_h, 1));", "python/tuple-argument", "np.zeros([n_h, 1])"],
  ["function f(A, cache) { return A, cache; }", "python/tuple-return", "return [A, cache]"],
  ["const W1 = np.random.randn([n_h, n_x]);", "python/shape-list-to-randn", "np.random.randn(n_h, n_x)"],
  ['parameters["W" + l] = params["W" + l] - learning_rate * grads["dW" + l];', "python/array-operator", 'np.subtract(params["W" + l], np.multiply(learning_rate, grads["dW" + l]))'],
  ["let A, cache; A, cache = f(X);", "python/tuple-unpack", "[A, cache] = f(X)"],
  ["const L = len(parameters);", "python/builtin-len", "Object.keys(parameters).length"],
  ["for (const l of range(1, L)) {}", "python/builtin-range", "for (let l = 1; l < L; l++)"],
  ["print(cost);", "python/builtin-print", "console.log(cost)"],
  ['const W = parameters["W" + str(l)];', "python/builtin-str", "`W${l}`"],
  ["const keep = True;", "python/constant", "true"],
  ["caches.append(cache);", "python/list-method", "caches.push(cache)"],
  ["const db = dZ.sum(1);", "python/array-method", "np.sum(dZ, { axis: 1, keepdims: true })"],
  ["const Z = W * A + b;", "python/array-operator", "np.add(np.multiply(W, A), b)"],
  ["const Z = np.dot(W, A) + b;", "python/array-operator", "np.add(np.dot(W, A), b)"],
  ["const x = np.log(1 - AL);", "python/array-operator", "np.subtract(1, AL)"],
  ["const dAL = -np.divide(Y, AL);", "python/array-operator", "np.negative(np.divide(Y, AL))"],
  ["if (W.shape == [2, 3]) {}", "python/shape-compare", "W.shape[0] === 2 && W.shape[1] === 3"],
  ["const last = caches[-1];", "python/negative-index", "caches[caches.length - 1]"],
  ["for (const l in layer_dims) {}", "python/for-in", "for (const l of layer_dims)"],
  ["const L = Object.keys(parameters).length // 2", "python/floor-division", "Math.floor(Object.keys(parameters).length / 2)"],
];

describe("Python habits on the source", () => {
  for (const [line, id, form] of cases) {
    it(`finds ${id} in \`${line}\``, () => {
      const found = habitsOf(line).find((h) => h.id === id);
      expect(found, JSON.stringify(habitsOf(line).map((h) => h.id))).toBeDefined();
      expect(found!.hint).toContain(form);
      expect(found!.line).toBe(1);
      expect(mayHaveHabits(line) || id === "python/floor-division", "the text look lets it through").toBe(true);
    });
  }

  it("finds none in the course's solutions and exercises", () => {
    for (const dir of [paths.solutions, paths.exercises]) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith(".ts") && !x.endsWith(".test.ts"))) {
        expect(habitsOf(readFileSync(join(dir, f), "utf8")).map((h) => `${h.id}@${h.line}`), f).toEqual([]);
      }
    }
  });

  it("does not load the parser for most of the course's solutions (the cheap look at the text)", () => {
    const files = ["linear_forward", "linear_backward", "compute_cost", "update_parameters", "initialize_parameters_deep"];
    const parsed = files.filter((f) => mayHaveHabits(readFileSync(join(paths.solutions, `${f}.ts`), "utf8")));
    expect(parsed.length, parsed.join(", ")).toBeLessThanOrEqual(2);
  });

  it("leaves a student's own len, numbers named like arrays in sizes, and real comments alone", () => {
    expect(habitsOf("function len(x: number[]) { return x.length; }\nconst n = len([1]);")).toEqual([]);
    expect(habitsOf("const m = A.shape[1] * 2;\nconst s = np.sum(x).item() / m;")).toEqual([]);
    expect(habitsOf("const L = layer_dims.length; // number of layers")).toEqual([]);
  });
});

describe("where a named habit links", () => {
  it("points at headings of exercises/hints/python-habits.md, which the report links and the handout ships", async () => {
    const { HABITS_DOC } = await import("../diagnose");
    const slug = (h: string) => h.trim().toLowerCase().replace(/[^a-z0-9 _-]/g, "").replace(/ /g, "-");
    const [file, anchor] = HABITS_DOC.split("#");
    const headings = readFileSync(join(paths.projectRoot, file), "utf8").split("\n").filter((l) => /^#{1,2} /.test(l)).map((l) => slug(l.replace(/^#+ /, "")));
    expect(headings).toEqual(expect.arrayContaining([anchor, "calls-that-do-not-exist"]));
  });
});

describe("Python habits the run shows", () => {
  it("names Python's scoping for a name declared only inside a block", () => {
    const source = "if (x) {\n  const A = 1;\n}\nreturn A;";
    expect(runtimeHabits(readFailure("ReferenceError", "A is not defined"), source, 4).map((h) => h.id)).toEqual(["python/block-scope"]);
    expect(runtimeHabits(readFailure("ReferenceError", "B is not defined"), source, 4)).toEqual([]);
  });

  it("names a variable declared again in a loop for a read before its initialization", () => {
    const source = "let A = X;\nfor (;;) {\n  const A_prev = A;\n  const [A, cache] = f(A_prev);\n}";
    expect(runtimeHabits(readFailure("ReferenceError", "Cannot access 'A' before initialization"), source, 3).map((h) => h.id)).toEqual(["python/redeclared-in-block"]);
  });

  it("names Python syntax on a line esbuild refused", () => {
    expect(syntaxHabit("for l in range(1, L):", 3)?.hint).toContain("for (let l = 1; l < L; l++)");
    expect(syntaxHabit("} elif (x) {", 3)?.name).toContain("elif");
    expect(syntaxHabit("const Z = W @ A;", 3)?.hint).toContain("np.dot(A, B)");
    expect(syntaxHabit("const Z = np.dot(W, A);", 3)).toBeUndefined();
  });
});
