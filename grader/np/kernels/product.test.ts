/**
 * The product kernels: the committed WebAssembly bytes are what the source emits, every path sums
 * in blocking.ts's order (the plain WebAssembly kernel and the JS one give the same bits, and both
 * equal a plain loop written from that order's definition), the FMA kernel stays within its
 * rounding bound, and where WebAssembly has no memory (an address-space cap, V8's trap handler on)
 * the JS path answers.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { buildSync } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { KC } from "./blocking";
import { jsProduct } from "./gemm-js";
import { chooseWasm, wasmProduct } from "./gemm-wasm";
import { bytesModuleText } from "./gemm-wasm-build";
import { product, RESIDENT_MIN } from "./product";
import { transpose2d } from "./transpose";

afterAll(() => chooseWasm(undefined));

/** A deterministic pseudo-random matrix with mixed signs (so sums cancel and rounding shows). */
function matrix(size: number, seed: number): Float64Array {
  const out = new Float64Array(size);
  let s = seed;
  for (let i = 0; i < size; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out[i] = (s / 2 ** 32 - 0.5) * (1 + (i % 7));
  }
  return out;
}

/** C = A·B by the definition in blocking.ts: per k-block a sum from zero, blocks added in order. */
function byDefinition(A: Float64Array, B: Float64Array, m: number, k: number, n: number): Float64Array {
  const C = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let c = 0;
      for (let pc = 0; pc < k; pc += KC) {
        let s = 0;
        for (let p = pc; p < Math.min(k, pc + KC); p++) s += A[i * k + p] * B[p * n + j];
        c = pc === 0 ? s : c + s;
      }
      C[i * n + j] = c;
    }
  }
  return C;
}

/**
 * Shapes crossing every edge: rows and columns left over by the plain kernel's 4 × 4 tile and the
 * FMA kernel's 3 × 6 (2- and 1-row panels, 4-, 2- and 1-column tiles), k and n across blocks, B
 * read in place (m < 64) and packed (m ≥ 64).
 */
const shapes: [number, number, number][] = [
  [1, 1, 1], [4, 4, 4], [3, 5, 7], [5, 300, 9], [9, 257, 3], [13, 1, 6], [7, 513, 11], [20, 600, 209], [8, 256, 2],
  [6, 260, 487], [64, 5, 7], [70, 300, 250], [65, 260, 11], [66, 3, 10],
];

function firstDifference(a: Float64Array, b: Float64Array): number {
  return a.findIndex((v, i) => !Object.is(v, b[i]));
}

describe("the product kernels", () => {
  it("commit the bytes the kernel source emits (npm run build:np-wasm)", () => {
    const committed = readFileSync(join(import.meta.dirname, "gemm-wasm-bytes.ts"), "utf8");
    expect(committed).toBe(bytesModuleText());
  });

  it("sum in blocking.ts's order: JS and plain WebAssembly give the definition's bits", () => {
    expect(chooseWasm("plain")).toBe("plain");
    for (const [m, k, n] of shapes) {
      const A = matrix(m * k, m + k);
      const B = matrix(k * n, n + 7);
      const want = byDefinition(A, B, m, k, n);
      const js = new Float64Array(m * n).fill(NaN);
      const wasm = new Float64Array(m * n).fill(NaN);
      jsProduct(A, 0, B, 0, js, 0, m, k, n);
      expect(wasmProduct(A, 0, B, 0, wasm, 0, m, k, n)).toBe(true);
      expect([m, k, n, firstDifference(js, want)]).toEqual([m, k, n, -1]);
      expect([m, k, n, firstDifference(wasm, want)]).toEqual([m, k, n, -1]);
    }
  });

  it("read and write at offsets, and pass big products in row blocks, without changing a bit", () => {
    expect(chooseWasm("plain")).toBe("plain");
    const [m, k, n] = [11, 300, 13];
    const A = matrix(5 + m * k, 3);
    const B = matrix(2 + k * n, 4);
    const C = new Float64Array(3 + m * n).fill(-1);
    expect(wasmProduct(A, 5, B, 2, C, 3, m, k, n, { maxRows: 3 })).toBe(true);
    expect(C.subarray(0, 3)).toEqual(new Float64Array(3).fill(-1));
    const want = byDefinition(A.subarray(5), B.subarray(2), m, k, n);
    expect(firstDifference(C.subarray(3), want)).toBe(-1);
  });

  it("give the same bits from an operand given by its transpose (a lazy .T), on every path", () => {
    for (const flavour of ["plain", "none"] as const) {
      chooseWasm(flavour);
      for (const [m, k, n] of shapes) {
        const A = matrix(m * k, m + k);
        const B = matrix(k * n, n + 7);
        const want = byDefinition(A, B, m, k, n);
        const [At, Bt] = [transpose2d(A, m, k), transpose2d(B, k, n)];
        for (const [a, b, options] of [[At, B, { transA: true }], [A, Bt, { transB: true }], [At, Bt, { transA: true, transB: true }]] as const) {
          const got = new Float64Array(m * n).fill(NaN);
          product(a, 0, b, 0, got, 0, m, k, n, options);
          expect([flavour, m, k, n, options, firstDifference(got, want)]).toEqual([flavour, m, k, n, options, -1]);
        }
      }
    }
    chooseWasm("plain");
    const [m, k, n] = [11, 300, 13];
    const At = transpose2d(matrix(m * k, 3), m, k);
    const got = new Float64Array(m * n);
    expect(wasmProduct(At, 0, matrix(k * n, 4), 0, got, 0, m, k, n, { transA: true, maxRows: 3 })).toBe(true);
    expect(firstDifference(got, byDefinition(matrix(m * k, 3), matrix(k * n, 4), m, k, n))).toBe(-1);
  });

  it("keep a big stable B in wasm memory between products, in each layout, and give the same bits", () => {
    chooseWasm("plain");
    const [k, n] = [1100, 1000]; // over RESIDENT_MIN elements
    expect(k * n).toBeGreaterThanOrEqual(RESIDENT_MIN);
    const B = matrix(k * n, 5);
    const Bt = transpose2d(B, k, n);
    for (const m of [3, 70, 5]) {
      const A = matrix(m * k, m);
      const want = byDefinition(A, B, m, k, n);
      for (let round = 0; round < 2; round++) {
        for (const [b, options] of [[B, { stableB: true }], [Bt, { stableB: true, transB: true }]] as const) {
          const got = new Float64Array(m * n);
          expect(wasmProduct(A, 0, b, 0, got, 0, m, k, n, options)).toBe(true);
          expect([m, round, options, firstDifference(got, want)]).toEqual([m, round, options, -1]);
        }
      }
    }
  });

  it("with relaxed SIMD's multiply-add, stay within the rounding bound of the unfused sum", () => {
    setFlagsFromString("--experimental-wasm-relaxed-simd"); // as the sandbox's Node runs
    expect(chooseWasm(undefined)).toBe("fma");
    let fused = 0;
    for (const [m, k, n] of shapes) {
      const A = matrix(m * k, m + k);
      const B = matrix(k * n, n + 7);
      const want = byDefinition(A, B, m, k, n);
      const got = new Float64Array(m * n);
      expect(wasmProduct(A, 0, B, 0, got, 0, m, k, n)).toBe(true);
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          let magnitude = 0; // Σ|a·b|: both sums' rounding errors are within k·ε of it
          for (let p = 0; p < k; p++) magnitude += Math.abs(A[i * k + p] * B[p * n + j]);
          expect(Math.abs(got[i * n + j] - want[i * n + j])).toBeLessThanOrEqual(2 * k * 2 ** -52 * magnitude);
        }
      }
      if (firstDifference(got, want) >= 0) fused++;
      // an operand given by its transpose is packed into the very layout of its 3 × 6 tiles: the
      // fused sums round the same way, to the bit
      const [At, Bt] = [transpose2d(A, m, k), transpose2d(B, k, n)];
      for (const [a, b, options] of [[At, B, { transA: true }], [A, Bt, { transB: true }], [At, Bt, { transA: true, transB: true }]] as const) {
        const fromTransposed = new Float64Array(m * n).fill(NaN);
        expect(wasmProduct(a, 0, b, 0, fromTransposed, 0, m, k, n, options)).toBe(true);
        expect([m, k, n, options, firstDifference(fromTransposed, got)]).toEqual([m, k, n, options, -1]);
      }
    }
    expect(fused).toBeGreaterThan(0); // the fused kernel really ran: some sums round differently
  });

  const prlimit = ["/usr/bin/prlimit", "/bin/prlimit"].find((p) => existsSync(p));
  const capped = "fall back to JS where an address-space cap leaves WebAssembly no memory (V8's trap handler on)";
  it.skipIf(!prlimit)(capped, () => {
    const entry = [
      'import { wasmInstance } from "./gemm-wasm";',
      'import { product } from "./product";',
      "const C = new Float64Array(4);",
      "product(Float64Array.of(1, 2, 3, 4), 0, Float64Array.of(5, 6, 7, 8), 0, C, 0, 2, 2, 2);",
      'console.log(JSON.stringify([wasmInstance()?.flavour ?? "none", [...C]]));',
    ].join("\n");
    // bundled, as the grader ships #np to its child (tsx's loader would itself need wasm memory)
    const stdin = { contents: entry, resolveDir: import.meta.dirname, loader: "ts" as const };
    const bundle = buildSync({ stdin, bundle: true, write: false, format: "cjs", platform: "node" });
    const node = [process.execPath, "-e", bundle.outputFiles[0].text];
    const out = spawnSync(prlimit as string, [`--as=${3 * 1024 ** 3}`, "--", ...node], { encoding: "utf8" });
    expect(out.stderr).toBe("");
    expect(JSON.parse(out.stdout)).toEqual(["none", [19, 22, 43, 50]]);
  });
});
