/**
 * `npm run bench:np -- --routes`: each route to a faster product, timed end to end (copies and
 * packing included) on the products that dominate the course: a 512 × 512 square, and the first
 * layer's three on the 209 images (forward W1·X, backward dZ1·Xᵀ and W1ᵀ·dZ1). The WebAssembly
 * variants are emitted here from the kernel source with other options; only the shipped ones are
 * committed as bytes.
 */
import { KC, NC, packA, packB } from "../../grader/np/kernels/blocking";
import { jsProduct } from "../../grader/np/kernels/gemm-js";
import { gemmModule, type TileShape } from "../../grader/np/kernels/gemm-wasm-source";
import { type WasmMemory, webAssembly } from "../../grader/np/kernels/wasm-api";
import { gemm as ikjGemm } from "./ikj-gemm";
import { ms, time } from "./timing";

type Product = (A: Float64Array, B: Float64Array, C: Float64Array, m: number, k: number, n: number) => void;

interface Route {
  name: string;
  product: Product;
}

const shapes: [string, number, number, number][] = [
  ["512 × 512 · 512 × 512", 512, 512, 512],
  ["W1·X  (20×12288)·(12288×209)", 20, 12288, 209],
  ["dZ1·Xᵀ (20×209)·(209×12288)", 20, 209, 12288],
  ["W1ᵀ·dZ1 (12288×20)·(20×209)", 12288, 20, 209],
];

/**
 * A route through a kernel emitted with `shape`; `blocked: false` sums each k in one block and
 * takes B's columns in one block.
 */
function wasmRoute(
  name: string,
  shape: TileShape & { packB?: boolean },
  blocked = true,
  columnBlocks = true,
): Route | undefined {
  const wasm = webAssembly();
  const bytes = gemmModule(shape);
  if (!wasm?.validate(bytes)) return undefined; // FMA without relaxed SIMD
  const memory: WasmMemory = new wasm.Memory({ initial: 16, maximum: 4096 });
  const gemm = new wasm.Instance(new wasm.Module(bytes), { env: { memory } }).exports.gemm as (...a: number[]) => void;
  return {
    name,
    product: (A, B, C, m, k, n) => {
      const [aAt, bAt, cAt] = [0, m * k, m * k + k * n];
      const need = (cAt + m * n) * 8 - memory.buffer.byteLength;
      if (need > 0) memory.grow(Math.ceil(need / 65536));
      const heap = new Float64Array(memory.buffer);
      packA(A, 0, m, k, shape.mr, heap, aAt, blocked ? KC : k);
      if (shape.packB) packB(B, 0, k, n, shape.nr, heap, bAt);
      else heap.set(B, bAt);
      gemm(aAt * 8, bAt * 8, cAt * 8, m, k, n, blocked ? KC : k, blocked && columnBlocks ? NC : n, shape.packB ? 1 : 0);
      C.set(heap.subarray(cAt, cAt + m * n));
    },
  };
}

function routes(): Route[] {
  const plain = { mr: 4, nr: 4 };
  const fma = { mr: 3, nr: 6, fma: true };
  const list: (Route | undefined)[] = [
    { name: "JS i-k-j, 4 rows × 4 k unrolled (before)", product: (A, B, C, m, k, n) => (C.fill(0), ikjGemm(A, 0, B, 0, C, 0, m, k, n)) },
    { name: "JS 4×4 register tile, k-blocks (JS path)", product: (A, B, C, m, k, n) => jsProduct(A, 0, B, 0, C, 0, m, k, n) },
    wasmRoute("wasm f64x2 4×4, no blocking", plain, false),
    wasmRoute("wasm f64x2 4×4, k-blocks, no column blocks", plain, true, false),
    wasmRoute("wasm f64x2 4×4, k-blocks (shipped, plain)", plain),
    wasmRoute("wasm f64x2 4×4, k-blocks, B packed too", { ...plain, packB: true }),
    wasmRoute("wasm f64x2 3×6 tile", { mr: 3, nr: 6 }),
    wasmRoute("wasm f64x2 2×8 tile", { mr: 2, nr: 8 }),
    wasmRoute("wasm f64x2 FMA 4×4", { ...plain, fma: true }),
    wasmRoute("wasm f64x2 FMA 4×4, B packed too", { ...plain, fma: true, packB: true }),
    wasmRoute("wasm f64x2 FMA 3×6 (shipped, sandbox)", fma),
    wasmRoute("wasm f64x2 FMA 3×6, B packed too", { ...fma, packB: true }),
    wasmRoute("wasm f64x2 FMA 4×6 tile", { mr: 4, nr: 6, fma: true }),
    wasmRoute("wasm f64x2 FMA 6×4 tile", { mr: 6, nr: 4, fma: true }),
  ];
  return list.filter((r): r is Route => r !== undefined);
}

function random(size: number): Float64Array {
  return Float64Array.from({ length: size }, () => Math.random() * 2 - 1);
}

export function benchRoutes(runs: number): void {
  const all = routes();
  for (const [label, m, k, n] of shapes) {
    console.log(`\n${label}   (median, min of ${runs} runs: CPU, then wall)`);
    const [A, B, C, want] = [random(m * k), random(k * n), new Float64Array(m * n), new Float64Array(m * n)];
    jsProduct(A, 0, B, 0, want, 0, m, k, n);
    for (const r of all) {
      const t = time(() => r.product(A, B, C, m, k, n), runs);
      const wrong = C.some((v, i) => !(Math.abs(v - want[i]) <= 1e-12 * (1 + Math.abs(want[i]))));
      const figures = `${ms(t.cpu.median)} ${ms(t.cpu.min)}   ${ms(t.wall.median)} ${ms(t.wall.min)}`;
      console.log(`  ${r.name.padEnd(46)} ${figures}${wrong ? "   WRONG RESULT" : ""}`);
    }
  }
}
