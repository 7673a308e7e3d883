/**
 * `npm run bench:np -- --kernel`: how close the shipped FMA kernel comes to what 128-bit
 * WebAssembly can do on this machine, step by step from the bare arithmetic to `np.dot`:
 *
 * 1. the peak: f64x2 multiply-adds on registers only (no loads), with as many independent
 *    accumulators as a tile holds: below ~10 the multiply-add's latency, not the two FMA ports,
 *    sets the pace;
 * 2. the tile's own loop on panels already in cache (one tile, k = 1024 steps per call);
 * 3. the kernel's `gemm` on a 512³ product already packed in wasm memory (blocking, edges,
 *    C written per k-block; no copies);
 * 4. the whole route (wasmProduct: packing A and B, copying C out into an existing array);
 * 5. `np.dot` (a fresh result array besides).
 *
 * GFLOPS count 2mnk. Each line is the median of several timed runs (CPU time).
 */
import * as np from "#np";
import { packA, packB, KC, NC } from "../../grader/np/kernels/blocking";
import { chooseWasm, wasmProduct } from "../../grader/np/kernels/gemm-wasm";
import { gemmModule, shippedTiles, type TileShape } from "../../grader/np/kernels/gemm-wasm-source";
import { Body, emitModule, i32, v128 } from "../../grader/np/kernels/wasm-emit";
import { type WasmMemory, webAssembly } from "../../grader/np/kernels/wasm-api";
import { time } from "./timing";

type Exports = Record<string, (...args: number[]) => void>;

function instantiate(bytes: Uint8Array, pages: number): { memory: WasmMemory; exports: Exports } | undefined {
  const wasm = webAssembly();
  if (!wasm?.validate(bytes)) return undefined; // no relaxed SIMD: the FMA lines cannot run
  const memory = new wasm.Memory({ initial: pages });
  const exports = new wasm.Instance(new wasm.Module(bytes), { env: { memory } }).exports as Exports;
  return { memory, exports };
}

/** peak(n): n passes of 8 multiply-adds into each of `count` accumulators, stored at the end. */
function peakModule(count: number): Uint8Array {
  const f = new Body(1);
  const acc = Array.from({ length: count }, () => f.local(v128));
  const [x, y] = [f.local(v128), f.local(v128)];
  f.i32const(0).v128load64splat(0).set(x);
  f.i32const(0).v128load64splat(8).set(y);
  f.loop(() => {
    for (let r = 0; r < 8; r++) for (const a of acc) f.get(x).get(y).get(a).f64x2relaxedMadd().set(a);
    f.get(0).i32const(1).i32sub().tee(0).brIf(0);
  });
  acc.forEach((a, i) => f.i32const(64 + 16 * i).get(a).v128store());
  return emitModule([{ name: "peak", params: [i32], body: f }]);
}

const gflops = (flops: number, ms: number) => (flops / ms / 1e6).toFixed(1).padStart(5);

function line(label: string, flops: number, ms: number): void {
  console.log(`  ${label.padEnd(58)} ${ms.toFixed(2).padStart(7)} ms ${gflops(flops, ms)} GFLOPS`);
}

function random(size: number): Float64Array {
  return Float64Array.from({ length: size }, () => Math.random() * 2 - 1);
}

export function benchKernel(runs: number): void {
  const shape: TileShape = shippedTiles.fma;
  console.log(`\nthe FMA kernel's ceiling (${shape.mr} × ${shape.nr} tile; median of ${runs} runs, CPU time)`);
  for (const count of [8, 9, 12]) {
    const peak = instantiate(peakModule(count), 1);
    if (!peak) return console.log("  relaxed SIMD is off here: nothing to measure");
    new Float64Array(peak.memory.buffer).set([1 + 2 ** -20, 2 ** -30]);
    const passes = 1_000_000;
    const t = time(() => peak.exports.peak(passes), runs);
    line(`multiply-adds on registers, ${count} accumulators`, passes * 8 * count * 4, t.cpu.median);
  }

  const kernel = instantiate(gemmModule(shape), 256);
  if (!kernel) return;
  const heap = new Float64Array(kernel.memory.buffer);
  heap.fill(0.5, 0, 1 << 17);
  // panels at 0 (A) and 512 KB (B), the tile at 1 MB: all in L1 and L2 after the first call
  const kb = 1024;
  const calls = 2000;
  const tileName = `tile_${shape.mr}x${shape.nr}`;
  const t = time(() => {
    for (let c = 0; c < calls; c++) kernel.exports[tileName](0, 1 << 19, 1 << 20, kb, shape.nr * 8, 4096, 1);
  }, runs);
  line(`the tile's loop, panels in cache (k = ${kb})`, 2 * shape.mr * shape.nr * kb * calls, t.cpu.median);

  const [m, k, n] = [512, 512, 512];
  const flops = 2 * m * k * n;
  const [A, B] = [random(m * k), random(k * n)];
  const [bAt, aAt, cAt] = [0, k * n, k * n + m * k];
  packA(A, 0, m, k, shape.mr, heap, aAt);
  packB(B, 0, k, n, shape.nr, heap, bAt);
  const gemm = time(() => kernel.exports.gemm(aAt * 8, bAt * 8, cAt * 8, m, k, n, KC, NC, 1), runs);
  line("gemm on a packed 512³ product (no copies)", flops, gemm.cpu.median);

  chooseWasm("fma");
  const C = new Float64Array(m * n);
  const route = time(() => wasmProduct(A, 0, B, 0, C, 0, m, k, n), runs);
  line("wasmProduct 512³ (packing A and B, C copied out)", flops, route.cpu.median);
  const [a, b] = [np.random.randn(m, k), np.random.randn(k, n)];
  const dot = time(() => np.dot(a, b), runs);
  line("np.dot 512³ (a fresh result array besides)", flops, dot.cpu.median);
  chooseWasm(undefined);
}
