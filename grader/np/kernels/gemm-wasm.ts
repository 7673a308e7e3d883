/**
 * The WebAssembly product: C = A·B with the kernel of gemm-wasm-source.ts, from the bytes embedded
 * in gemm-wasm-bytes.ts (the sandboxed child can read no file). Operands are copied into the
 * module's memory (A packed on the way), the product runs there, C is copied out.
 *
 * Where WebAssembly cannot start (no WebAssembly, SIMD refused, or no memory: V8 reserves 10 GB
 * of address space per memory for its guard regions, which an address-space rlimit refuses; the
 * sandbox caps writable memory instead, see grader/run/limits.ts), `wasmProduct` answers false and
 * the caller computes in JS, which gives the plain kernel's bits.
 *
 * The memory is declared with a maximum of MAX_BYTES: where V8 runs without its trap handler it
 * reserves a memory's whole maximum up front, and with none declared it took all the address space
 * an address-space cap left (measured under a 3 GB cap: 2.3 GB, leaving 48 MB for the student's
 * arrays). Products bigger than that go through in row blocks of A and C, which changes no
 * element's summation order.
 */
import { KC, NC, PACK_B_MIN_ROWS, packA, packB } from "./blocking";
import { gemmWasm } from "./gemm-wasm-bytes";
import { type WasmMemory, webAssembly } from "./wasm-api";

interface Instance {
  memory: WasmMemory;
  /** The kernel's register tile: rows of A's packed panels, columns of B's. */
  mr: number;
  nr: number;
  gemm: (apk: number, b: number, c: number, m: number, k: number, n: number, kc: number, nc: number, packedB: number) => void;
}

const PAGE = 65536;
/** The memory's maximum: 256 MB holds the course's largest product (X: 12288 × 209) eight times over. */
const MAX_BYTES = 256 * 1024 * 1024;

let instance: (Instance & { flavour: WasmFlavour }) | null | undefined;

function decode(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Which kernel runs here: relaxed SIMD's multiply-add where V8 accepts it, else the plain one. */
export type WasmFlavour = "fma" | "plain";

/** Set by tests and benches to choose a kernel; undefined: the best this engine accepts. */
let wanted: WasmFlavour | "none" | undefined;

/**
 * Chooses the kernel for the next products ("none": the JS path), or the default again; returns
 * what runs now. For tests and the benches only.
 */
export function chooseWasm(choice: WasmFlavour | "none" | undefined): WasmFlavour | "none" {
  wanted = choice;
  instance = undefined;
  return wasmInstance()?.flavour ?? "none";
}

/** The instance, made on first use; null where WebAssembly is unavailable here. */
export function wasmInstance(): (Instance & { flavour: WasmFlavour }) | null {
  if (instance !== undefined) return instance;
  instance = null;
  const wasm = webAssembly();
  if (wanted === "none" || !wasm) return instance;
  for (const flavour of wanted ? [wanted] : (["fma", "plain"] as const)) {
    try {
      const { mr, nr, bytes: base64 } = gemmWasm[flavour];
      const bytes = decode(base64);
      // relaxed SIMD needs --experimental-wasm-relaxed-simd on Node 20: without it, validate says no
      if (!wasm.validate(bytes)) continue;
      const memory = new wasm.Memory({ initial: 16, maximum: MAX_BYTES / PAGE });
      const exports = new wasm.Instance(new wasm.Module(bytes), { env: { memory } }).exports;
      return (instance = { memory, mr, nr, gemm: exports.gemm as Instance["gemm"], flavour });
    } catch {
      // no memory (address-space cap with guard regions) or no SIMD: try the next, then JS
    }
  }
  return instance;
}

/** Grows the memory to `bytes`; false if it cannot (the caller falls back to JS). */
function reserve(memory: WasmMemory, bytes: number): boolean {
  const have = memory.buffer.byteLength;
  if (bytes <= have) return true;
  if (bytes > MAX_BYTES) return false;
  try {
    memory.grow(Math.ceil((bytes - have) / PAGE));
    return true;
  } catch {
    return false;
  }
}

/** C[cOff..] = A·B (m × k times k × n, row-major) in WebAssembly; false if it could not run. */
export function wasmProduct(
  A: Float64Array,
  aOff: number,
  B: Float64Array,
  bOff: number,
  C: Float64Array,
  cOff: number,
  m: number,
  k: number,
  n: number,
  maxRows = Infinity,
): boolean {
  const wasm = wasmInstance();
  if (!wasm) return false;
  // rows of A and C per pass: all of them if they fit beside B, else as many as fit (maxRows: tests)
  const rows = Math.min(m, maxRows, Math.floor((MAX_BYTES / 8 - k * n) / (k + n)));
  if (rows < 1) return false;
  const [bAt, aAt] = [0, k * n];
  const cAt = aAt + rows * k;
  if (!reserve(wasm.memory, (cAt + rows * n) * 8)) return false;
  const heap = new Float64Array(wasm.memory.buffer);
  const packedB = m >= PACK_B_MIN_ROWS ? 1 : 0;
  if (packedB) packB(B, bOff, k, n, wasm.nr, heap, bAt);
  else heap.set(B.subarray(bOff, bOff + k * n), bAt);
  for (let i = 0; i < m; i += rows) {
    const mb = Math.min(rows, m - i);
    packA(A, aOff + i * k, mb, k, wasm.mr, heap, aAt);
    wasm.gemm(aAt * 8, bAt * 8, cAt * 8, mb, k, n, KC, NC, packedB);
    C.set(heap.subarray(cAt, cAt + mb * n), cOff + i * n);
  }
  return true;
}
